// The symptom diary: log episodes in a few taps, see the chart and its text
// summary, export CSV, and the diary raising the triage level.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { useBrowser, collectErrors, hostPage } from './harness.mjs';
import { answerAll, text, widget, vignette } from './person.mjs';

const page = (tag) => hostPage(tag);

const env = useBrowser({
  pages: { 'local.html': page('<knee-triage storage="local"></knee-triage>'), 'plain.html': page('<knee-triage></knee-triage>') },
});

/** Types a moment `daysAgo` days back into the day, month, year and time boxes. */
async function fillWhen(w, daysAgo) {
  const d = new Date(Date.now() - daysAgo * 86400000);
  const p = (n) => String(n).padStart(2, '0');
  await w.getByLabel(text('ui.diary.day'), { exact: true }).fill(String(d.getDate()));
  await w.getByLabel(text('ui.diary.month'), { exact: true }).fill(String(d.getMonth() + 1));
  await w.getByLabel(text('ui.diary.year'), { exact: true }).fill(String(d.getFullYear()));
  await w.getByLabel(text('ui.diary.time'), { exact: true }).fill(`${p(d.getHours())}:${p(d.getMinutes())}`);
}

async function logEpisode(w, { daysAgo = 0, minutes = '2', strength = 3, side = 'left', trigger, notes } = {}) {
  await fillWhen(w, daysAgo);
  await w.getByLabel(text('ui.diary.minutes')).fill(minutes);
  await w.getByLabel(text(`ui.diary.strength.${strength}`)).check();
  await w.getByLabel(text(`ui.diary.side.${side}`), { exact: true }).check();
  if (trigger) await w.getByLabel(text(`ui.diary.trigger.${trigger}`)).check();
  if (notes) await w.getByLabel(text('ui.diary.notes')).fill(notes);
  await w.getByRole('button', { name: text('ui.diary.add') }).click();
  await w.locator('.kt-diary-added').getByText(text('ui.diary.added')).waitFor();
}

test('episodes are logged, summarised, charted and exported as CSV', async () => {
  const context = await env.browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const p = await context.newPage();
  const errors = collectErrors(p);
  await p.goto(env.server.url + 'local.html');
  const w = widget(p);
  await w.getByRole('button', { name: text('ui.diary.open') }).click();
  assert.equal(await w.locator('h1').innerText(), text('ui.diary.title'));
  // A missing field shows the error summary and nothing is added.
  await w.getByRole('button', { name: text('ui.diary.add') }).click();
  await w.locator('.kt-error-summary').getByText(text('ui.diary.error.strength')).waitFor();
  const active = () => p.evaluate(() => document.querySelector('knee-triage').shadowRoot.activeElement?.className || document.querySelector('knee-triage').shadowRoot.activeElement?.id);
  assert.equal(await active(), 'kt-error-summary', 'the summary takes focus');
  // Its links move focus to the field, inside the shadow root, without
  // touching the host page's address.
  await w.locator('.kt-error-summary').getByText(text('ui.diary.error.strength')).click();
  assert.equal(await p.evaluate(() => document.querySelector('knee-triage').shadowRoot.activeElement?.id), 'kt-episode-strength-1');
  assert.equal(new URL(p.url()).hash, '');
  for (const daysAgo of [9, 8, 2, 1, 1, 0, 0]) await logEpisode(w, { daysAgo, trigger: 'caffeine', notes: '=after coffee, "strong"' });
  const summary = await w.locator('#kt-diary-summary').innerText();
  assert.equal(summary, '7 episodes in the last 14 days, happening more often.');
  assert.equal(await w.locator('svg[role="img"]').getAttribute('aria-label'), summary);
  assert.equal(await w.locator('.kt-chart__bar').count(), 5, 'one bar per day with episodes');
  // Drawn to scale, so its numbers and dates are not stretched on a wide page.
  const shape = await w.locator('svg[role="img"]').evaluate((svg) => {
    const box = svg.viewBox.baseVal;
    const { width, height } = svg.getBoundingClientRect();
    return { drawn: box.width / box.height, shown: width / height };
  });
  assert.ok(Math.abs(shape.shown / shape.drawn - 1) < 0.02, `chart shown at ${shape.shown.toFixed(2)}:1, drawn at ${shape.drawn.toFixed(2)}:1`);
  assert.equal(await w.locator('.kt-table tbody tr').count(), 7);
  const [download] = await Promise.all([p.waitForEvent('download'), w.getByRole('button', { name: text('ui.diary.download_csv') }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'kt-')), 'diary.csv');
  await download.saveAs(path);
  const csv = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(csv[0], 'date,time,minutes,strength,side,triggers,notes');
  assert.equal(csv.filter((l) => l).length, 8);
  assert.ok(csv[1].endsWith(`"'=after coffee, ""strong"""`), csv[1]);
  // Removing an episode updates the list.
  await w.getByRole('button', { name: new RegExp(`^${text('ui.diary.remove')}`) }).first().click();
  assert.equal(await w.locator('.kt-table tbody tr').count(), 6);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a rising diary raises a self-care result to routine, with the reason shown', async () => {
  const p = await env.browser.newPage({ locale: 'en-US' });
  await p.goto(env.server.url + 'local.html');
  const w = widget(p);
  await w.getByRole('button', { name: text('ui.diary.open') }).click();
  for (const daysAgo of [1, 1, 0, 0, 0]) await logEpisode(w, { daysAgo });
  await w.getByRole('button', { name: text('ui.back') }).click();
  const answers = vignette('V13');
  await answerAll(p, answers);
  await w.locator('.kt-care-card--routine').waitFor();
  const why = await w.locator('.kt-list--reasons').innerText();
  assert.ok(why.includes(text('rule.R2-diary-rising.why')), why);
  await p.close();
});

test('the diary page says whether the diary is kept, and it is only kept when it says so', async () => {
  const p = await env.browser.newPage({ locale: 'en-US' });
  const intro = async () => (await widget(p).locator('.kt-page').innerText());
  // Without storage the page warns that a reload loses the diary, as it does.
  await p.goto(env.server.url + 'plain.html');
  await widget(p).getByRole('button', { name: text('ui.diary.open') }).click();
  assert.ok((await intro()).includes(text('ui.diary.not_kept')));
  await logEpisode(widget(p));
  await p.reload();
  await widget(p).getByRole('button', { name: text('ui.diary.open') }).click();
  assert.equal(await widget(p).locator('.kt-table tbody tr').count(), 0, 'lost on reload, as the page said');
  // With storage allowed and the person opted in, it says it is kept, and is.
  await p.goto(env.server.url + 'local.html');
  await answerAll(p, vignette('V01'));
  await widget(p).getByLabel(text('ui.records.remember')).check();
  await widget(p).getByRole('button', { name: text('ui.diary.open') }).click();
  assert.ok((await intro()).includes(text('ui.diary.kept')));
  assert.ok(!(await intro()).includes(text('ui.diary.not_kept')));
  await logEpisode(widget(p));
  await p.reload();
  await widget(p).getByRole('button', { name: text('ui.diary.open') }).click();
  assert.equal(await widget(p).locator('.kt-table tbody tr').count(), 1, 'kept across a reload');
  await p.close();
});
