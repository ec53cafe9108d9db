// The clinic example's staff section: the FHIR file a patient downloads,
// opened as the clinic's record system would show it, the result first.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { useBrowser, collectErrors, recordRequests } from './harness.mjs';
import { answerAll, text, widget, vignette } from './person.mjs';

const env = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'knee-triage-record-'));

async function clinic() {
  const context = await env.browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const p = await context.newPage();
  const errors = collectErrors(p);
  const requests = recordRequests(p);
  await p.goto(`${env.server.url}examples/clinic.html`);
  return { p, errors, requests };
}

async function downloadFhir(p) {
  const [file] = await Promise.all([p.waitForEvent('download'), widget(p).getByRole('button', { name: text('ui.records.download_fhir') }).click()]);
  const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

test('the FHIR file of an urgent case opens in the staff section with the level, why and the causes', async () => {
  const { p, errors, requests } = await clinic();
  await answerAll(p, vignette('V05'));
  const path = await downloadFhir(p);
  const before = requests.length;
  await p.locator('#record-file').setInputFiles(path);
  const view = p.locator('#record-view');
  await view.waitFor();
  assert.match(await view.locator('.record-level').innerText(), /Urgent advice: See a doctor today or tomorrow/);
  assert.equal(await view.locator('.record-level').getAttribute('class'), 'record-level record-level--urgent');
  const why = await view.locator('ul').first().innerText();
  assert.match(why, /Rule R4-weakness · Urgent advice · articles S0, S1, S2, S4/);
  assert.match(why, /Rule R5-balance · Urgent advice/);
  // As on the result page: no clear cause, and the rare one apart, never as the likely one.
  const text = await view.innerText();
  assert.doesNotMatch(text, /Likely causes/);
  assert.match(text, /Less common causes a doctor may want to rule out \(rare\)\nA rare nerve disease[^\n]*\(C12\)/);
  assert.match(await view.locator('dl').innerText(), /How long has your knee been twitching\?\n4 to 7 days/);
  // Focus moves to what was opened, for a keyboard or screen-reader user,
  // with the top of the record (its name and the level) in view.
  assert.equal(await p.evaluate(() => document.activeElement?.id), 'record-view-title');
  assert.match(await p.locator('#record-view-title').innerText(), /^Opened: .*\.fhir\.json$/);
  const top = await view.locator('.record-level').boundingBox();
  assert.ok(top.y >= 0 && top.y < (p.viewportSize()?.height ?? 720), `level card at ${top.y}`);
  // Reading the file fetched nothing.
  assert.deepEqual(requests.slice(before).map((r) => r.url), []);
  assert.deepEqual(errors, []);
  await p.context().close();
});

test('a file that is not the checker\'s FHIR file gets a clear message and keeps what was shown', async () => {
  const { p, errors } = await clinic();
  // A self-care case's file, as the command line writes it (docs/fhir.md).
  const good = join(dir, 'V01.fhir.json');
  writeFileSync(good, execFileSync('cargo', ['run', '-q', '--example', 'fhir', '--', 'response', 'tests/vignettes/V01.json'], { encoding: 'utf8' }));
  await p.locator('#record-file').setInputFiles(good);
  await p.locator('#record-view .record-level--self_care').waitFor();
  const notJson = join(dir, 'notes.json');
  writeFileSync(notJson, 'this is not json');
  const other = join(dir, 'other.json');
  writeFileSync(other, JSON.stringify({ resourceType: 'QuestionnaireResponse', questionnaire: 'http://example.org/other', status: 'completed' }));
  const says = (message) => p.waitForFunction((m) => {
    const problem = document.getElementById('record-problem');
    return !problem.hidden && problem.textContent === m;
  }, message);
  await p.locator('#record-file').setInputFiles(notJson);
  await says('notes.json: This file is not JSON, so it is not a FHIR file from the checker. The record below is still the one from V01.fhir.json.');
  assert.equal(await p.evaluate(() => document.activeElement?.id), 'record-problem');
  await p.locator('#record-file').setInputFiles(other);
  await says('other.json: This response is not from the knee twitching checker. The record below is still the one from V01.fhir.json.');
  // The file opened before is still shown, under the message.
  assert.match(await p.locator('#record-view .record-level').innerText(), /Self-care advice: Look after yourself at home/);
  assert.deepEqual(errors, []);
  await p.context().close();
});

test('an incomplete response says so, and a Bundle holding the response opens it', async () => {
  const { p, errors } = await clinic();
  const response = JSON.parse(execFileSync('cargo', ['run', '-q', '--example', 'fhir', '--', 'response', 'tests/vignettes/P16.json'], { encoding: 'utf8' }));
  assert.equal(response.status, 'in-progress', 'P16 leaves a warning-sign question out');
  const bundle = join(dir, 'bundle.json');
  writeFileSync(bundle, JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: response }] }));
  await p.locator('#record-file').setInputFiles(bundle);
  await p.locator('#record-view .record-incomplete').waitFor();
  assert.match(await p.locator('#record-view').innerText(), /Some questions about warning signs were not answered/);
  assert.deepEqual(errors, []);
  await p.context().close();
});
