// Keeping a record: download and load answers, FHIR export, remembering on
// this device only after opting in, erasing, and damaged or full storage.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { useBrowser, collectErrors, hostPage } from './harness.mjs';
import { answerAll, text, widget, ready, vignette } from './person.mjs';

const page = (tag) => hostPage(tag);
const KEY = 'knee-triage:v1';
const dir = mkdtempSync(join(tmpdir(), 'knee-triage-'));

const env = useBrowser({
  pages: { 'local.html': page('<knee-triage storage="local"></knee-triage>'), 'plain.html': page('<knee-triage></knee-triage>') },
});

async function open(path, init, arg) {
  const context = await env.browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const p = await context.newPage();
  if (init) await p.addInitScript(init, arg);
  const errors = collectErrors(p);
  await p.goto(env.server.url + path);
  await ready(widget(p));
  return { p, errors };
}

/** Waits until the status line shows the catalog text of `key`. */
const notice = (w, key) => w.locator('.kt-notice').getByText(text(key)).waitFor();

/** Presses "Erase everything" and waits for the notice that it is done. */
async function erase(w) {
  await w.getByRole('button', { name: text('ui.records.erase') }).click();
  await notice(w, 'ui.notice.erased');
}

async function download(p, label) {
  const [file] = await Promise.all([p.waitForEvent('download'), widget(p).getByRole('button', { name: label }).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

// As a person does it: the button in the checker's language opens the
// browser's file chooser.
async function loadFile(p, path) {
  const [chooser] = await Promise.all([p.waitForEvent('filechooser'), widget(p).getByRole('button', { name: text('ui.import.label') }).click()]);
  await chooser.setFiles(path);
}

test('downloaded answers load back to the same result; FHIR export is a QuestionnaireResponse', async () => {
  const first = await open('plain.html');
  await answerAll(first.p, vignette('V09'));
  const level = await widget(first.p).locator('.kt-care-card').getAttribute('class');
  const saved = await download(first.p, text('ui.records.download_answers'));
  assert.deepEqual(JSON.parse(readFileSync(saved, 'utf8')).answers, vignette('V09'));
  const fhir = JSON.parse(readFileSync(await download(first.p, text('ui.records.download_fhir')), 'utf8'));
  assert.equal(fhir.resourceType, 'QuestionnaireResponse');
  assert.equal(fhir.status, 'completed');
  await first.p.context().close();

  const second = await open('plain.html');
  await loadFile(second.p, saved);
  const w = widget(second.p);
  await w.locator('h1').getByText(text('ui.check.title')).waitFor();
  assert.ok((await w.locator('.kt-notice').innerText()).includes(text('ui.notice.imported')));
  await w.getByRole('button', { name: text('ui.check.submit') }).click();
  assert.equal(await w.locator('.kt-care-card').getAttribute('class'), level);
  assert.deepEqual(second.errors, []);
  await second.p.context().close();
});

test('bad files are refused with a clear message and change nothing', async () => {
  const files = {
    'not-json.json': ['not json at all', 'ui.import.error.not_json'],
    'big.json': [`{"x":"${'a'.repeat(110 * 1024)}"}`, 'ui.import.error.too_big'],
    'other.json': ['{"format":"something-else","version":1,"answers":{}}', 'ui.import.error.other_format'],
    'v3.json': ['{"format":"knee-triage-answers","version":3,"answers":{}}', 'ui.import.error.other_version'],
    // Version 1's "None of these" meant less than today's: refused, not misread.
    'v1.json': ['{"format":"knee-triage-answers","version":1,"answers":{"emergency":["none"]}}', 'ui.import.error.older_version'],
    'unknown.json': ['{"format":"knee-triage-answers","version":2,"answers":{"mood":"happy"}}', 'ui.import.error.unknown_id'],
    // One value must not silently win over another ("chest pain", then "none").
    'twice.json': ['{"format":"knee-triage-answers","version":2,"answers":{"emergency":["chest_pain"],"emergency":["none"]}}', 'ui.import.error.repeated_key'],
  };
  const { p } = await open('plain.html');
  const w = widget(p);
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  await w.getByLabel(text('question.emergency.choice.none'), { exact: true }).check();
  await w.getByRole('button', { name: text('ui.continue') }).click();
  await w.getByRole('button', { name: text('ui.back') }).click();
  await w.getByRole('button', { name: text('ui.back') }).click();
  for (const [name, [content, key]] of Object.entries(files)) {
    const path = join(dir, name);
    writeFileSync(path, content);
    await loadFile(p, path);
    const expected = text(key).split('{field}')[0];
    await w.locator('.kt-notice').getByText(expected, { exact: false }).waitFor();
    assert.equal(await w.locator('h1').innerText(), text('ui.start.title'), `${name} moved the page`);
  }
  // The answer given before is still there.
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  assert.ok(await w.getByLabel(text('question.emergency.choice.none'), { exact: true }).isChecked());
  await p.context().close();
});

test('nothing is stored before opting in; opting in remembers across a reload; erase removes it all', async () => {
  const { p } = await open('local.html');
  await answerAll(p, vignette('V12'));
  assert.equal(await p.evaluate(() => localStorage.length), 0, 'nothing written before opting in');
  await widget(p).getByLabel(text('ui.records.remember')).check();
  const stored = JSON.parse(await p.evaluate((k) => localStorage.getItem(k), KEY));
  assert.equal(stored.format, 'knee-triage-device');
  await p.reload();
  const w = widget(p);
  await notice(w, 'ui.notice.restored');
  await erase(w);
  assert.equal(await p.evaluate(() => localStorage.length), 0);
  await p.context().close();
});

test('unticking "Remember" removes what was kept; the next visit neither restores it nor saves', async () => {
  const { p } = await open('local.html');
  await answerAll(p, vignette('V12'));
  const w = widget(p);
  await w.getByLabel(text('ui.records.remember')).check();
  assert.ok(await p.evaluate((k) => localStorage.getItem(k), KEY), 'kept once opted in');
  await w.getByLabel(text('ui.records.remember')).uncheck();
  await notice(w, 'ui.notice.forgotten');
  assert.equal(await p.evaluate(() => localStorage.length), 0, 'what was kept is removed');
  await p.reload();
  await ready(widget(p));
  assert.equal(await widget(p).locator('.kt-notice').innerText(), '', 'nothing restored');
  await answerAll(p, vignette('V01'));
  assert.equal(await p.evaluate(() => localStorage.length), 0, 'nothing saved without opting in again');
  await p.context().close();
});

test('loaded answers with an emergency sign open the advice at once and say so', async () => {
  const path = join(dir, 'emergency.json');
  writeFileSync(path, JSON.stringify({ format: 'knee-triage-answers', version: 2, answers: { emergency: ['chest_pain'] } }));
  const { p } = await open('plain.html');
  await loadFile(p, path);
  const w = widget(p);
  await w.locator('h1').getByText(text('ui.result.title')).waitFor();
  assert.equal(await w.locator('.kt-notice').innerText(), text('ui.notice.imported_emergency'));
  await p.context().close();
});

test('a file that leaves questions out opens at the first of them, so each is asked before any result', async () => {
  const path = join(dir, 'partial.json');
  const given = { ...vignette('V13') };
  delete given.frequency;
  delete given.nerve_muscle_signs;
  writeFileSync(path, JSON.stringify({ format: 'knee-triage-answers', version: 2, answers: given }));
  const { p, errors } = await open('plain.html');
  await loadFile(p, path);
  const w = widget(p);
  await w.locator('h1').getByText(text('question.frequency.title')).waitFor();
  // The person answers what the file left out; what it gives is shown filled in.
  const fill = {
    [text('question.frequency.title')]: 'question.frequency.choice.now_and_then',
    [text('question.nerve_muscle_signs.title')]: 'question.nerve_muscle_signs.choice.none',
  };
  const asked = [];
  for (let step = 0; step < 25; step++) {
    const title = await w.locator('h1').innerText();
    if (title === text('ui.check.title')) break;
    if (fill[title]) {
      asked.push(title);
      await w.getByLabel(text(fill[title]), { exact: true }).check();
    }
    await w.getByRole('button', { name: text('ui.continue') }).click();
    await w.locator('h1').filter({ hasNotText: title }).waitFor();
  }
  assert.deepEqual(asked, Object.keys(fill), 'both questions the file left out were asked');
  await w.getByRole('button', { name: text('ui.check.submit') }).click();
  await w.locator('.kt-care-card--self_care').waitFor();
  assert.deepEqual(errors, []);
  await p.context().close();
});

test('a saved record from the earlier answers format keeps its diary and asks the questions again', async () => {
  const old = JSON.stringify({
    format: 'knee-triage-device',
    version: 1,
    answers: { format: 'knee-triage-answers', version: 1, answers: { emergency: ['none'] } },
    diary: [{ at: '2026-11-20T21:30', minutes: 2, strength: 3, side: 'left', notes: '', triggers: [] }],
  });
  const { p, errors } = await open('local.html', plantOnce, { 'knee-triage:v1': old });
  const w = widget(p);
  await notice(w, 'ui.notice.restored_outdated');
  const kept = await p.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'knee-triage:v1').map((k) => localStorage.getItem(k)));
  assert.ok(kept.includes(old), 'the old answers are kept aside on the device');
  await w.getByRole('button', { name: text('ui.diary.open') }).click();
  await w.locator('h1').getByText(text('ui.diary.title')).waitFor();
  assert.equal(await w.locator('.kt-table tbody tr').count(), 1, 'the diary is still there');
  assert.deepEqual(errors, []);
  await p.context().close();
});

/** An init script: puts these entries in storage before the first load only, so a reload shows what the checker made of them. */
function plantOnce(entries) {
  if (sessionStorage.getItem('planted')) return;
  sessionStorage.setItem('planted', '1');
  for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
}

test('something kept but set aside can be erased from the start page', async () => {
  const { p } = await open('local.html', plantOnce, { 'knee-triage:v1': '{broken' });
  const w = widget(p);
  await notice(w, 'ui.notice.set_aside');
  await erase(w);
  assert.equal(await p.evaluate(() => localStorage.length), 0);
  await p.context().close();
});

test('a damaged saved entry is set aside with a notice and the checker starts fresh', async () => {
  const { p, errors } = await open('local.html', () => localStorage.setItem('knee-triage:v1', '{"format":"knee-triage-device","version":1,"answers":{broken'));
  const w = widget(p);
  await notice(w, 'ui.notice.set_aside');
  assert.equal(await p.evaluate(() => localStorage.getItem('knee-triage:v1')), null);
  assert.ok(await p.evaluate(() => localStorage.getItem('knee-triage:v1:set-aside')));
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  assert.equal(await w.locator('h1').innerText(), text('question.emergency.title'));
  assert.deepEqual(errors, []);
  await p.context().close();
});

test('a second damaged entry is set aside beside the first, and erasing removes every copy but nothing else', async () => {
  const { p } = await open('local.html', plantOnce, { 'knee-triage:v1': '{first broken', 'host-page-setting': 'keep me' });
  await notice(widget(p), 'ui.notice.set_aside');
  await p.evaluate(() => localStorage.setItem('knee-triage:v1', '{second broken'));
  await p.reload();
  const w = widget(p);
  await notice(w, 'ui.notice.set_aside');
  const kept = await p.evaluate(() => [localStorage.getItem('knee-triage:v1:set-aside'), localStorage.getItem('knee-triage:v1:set-aside:2')]);
  assert.deepEqual(kept, ['{first broken', '{second broken']);
  await erase(w);
  assert.deepEqual(await p.evaluate(() => Object.keys(localStorage)), ['host-page-setting']);
  await p.context().close();
});

test('full storage is reported and the checker keeps working without saving', async () => {
  const { p } = await open('local.html', () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await answerAll(p, vignette('V01'));
  const w = widget(p);
  // The box unticks itself again when saving fails, so click rather than check.
  await w.getByLabel(text('ui.records.remember')).click();
  await notice(w, 'ui.notice.storage_full');
  assert.equal(await w.getByLabel(text('ui.records.remember')).isChecked(), false);
  await w.getByRole('button', { name: text('ui.result.start_again') }).click();
  assert.equal(await w.locator('h1').innerText(), text('ui.start.title'));
  await p.context().close();
});

test('without storage="local" there is no way to store anything', async () => {
  const { p } = await open('plain.html');
  await answerAll(p, vignette('V01'));
  assert.equal(await widget(p).getByLabel(text('ui.records.remember')).count(), 0);
  assert.equal(await p.evaluate(() => localStorage.length), 0);
  await p.context().close();
});
