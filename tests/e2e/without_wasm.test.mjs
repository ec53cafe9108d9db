// With the WebAssembly blocked (an old browser, a filter, a failed
// download), the loader still asks the emergency check: an emergency answer
// shows what to do at once, and any other answer leads to the static
// guidance, which says the checker could not start.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';

import { useBrowser, collectErrors, holdRequests, hostPage } from './harness.mjs';
import { earlyToGuidance, text, widget } from './person.mjs';
import { catalogFor } from './screens.mjs';

const ES = catalogFor('es');
const env = useBrowser({
  pages: {
    'gb.html': hostPage('<knee-triage lang="en-GB"></knee-triage>'),
    'mx.html': hostPage('<knee-triage lang="es-MX"></knee-triage>', { lang: 'es' }),
  },
});

/** A page whose wasm request fails; the one console error is the loader's own report of it. */
async function blocked(file) {
  const page = await env.browser.newPage();
  const errors = collectErrors(page);
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(env.server.url + file);
  return { page, errors };
}

for (const [file, cat, number, place] of [
  ['gb.html', undefined, '999', 'A&E'],
  ['mx.html', ES, '911', null],
]) {
  test(`${file}: an emergency answer shows what to do at once, with the number to tap`, async () => {
    const { page, errors } = await blocked(file);
    const w = widget(page);
    await w.locator('.kt-early .kt-notice').getByText(text('ui.early.failed', cat)).waitFor();
    await w.getByRole('button', { name: text('ui.start.button', cat) }).click();
    await w.getByLabel(text('question.emergency.choice.sudden_speech_swallow', cat), { exact: true }).check();
    await w.getByRole('button', { name: text('ui.continue', cat) }).click();
    const card = w.locator('.kt-early .kt-care-card--emergency');
    await card.waitFor();
    const heading = await w.locator('h1').evaluate((h) => h === h.getRootNode().activeElement);
    assert.ok(heading, 'focus moves to the result heading');
    assert.equal(await card.locator('a.kt-call-button').getAttribute('href'), `tel:${number}`);
    const words = await card.innerText();
    assert.ok(words.includes(number), words);
    if (place) assert.ok(words.includes(place), `the region's own wording: ${words}`);
    // Back to the question, the answer kept; "None of these" then leads to the guidance.
    await w.getByRole('button', { name: text('ui.back', cat) }).click();
    assert.ok(await w.getByLabel(text('question.emergency.choice.sudden_speech_swallow', cat), { exact: true }).isChecked());
    await w.getByLabel(text('question.emergency.choice.none', cat), { exact: true }).check();
    await w.getByRole('button', { name: text('ui.continue', cat) }).click();
    const guidance = w.locator('.kt-fallback');
    await guidance.getByText(text('fallback.failed', cat)).waitFor();
    assert.ok((await guidance.innerText()).includes(text('rule.R5-balance.watch', cat)));
    // The only errors are the failed download and the loader's report of it.
    assert.deepEqual(errors.filter((e) => !/could not start|Failed to load resource/.test(e)), []);
    await page.close();
  });
}

test('the checker failing while a person is on the second question leads them to the guidance', async () => {
  const page = await env.browser.newPage();
  // The wasm download hangs, then fails.
  const fail = await holdRequests(page, '**/*.wasm', (route) => route.abort());
  await page.goto(env.server.url + 'gb.html');
  const w = widget(page);
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  await w.getByLabel(text('question.emergency.choice.none'), { exact: true }).check();
  await w.getByRole('button', { name: text('ui.continue') }).click();
  await w.getByLabel(text('question.duration.choice.days_0_3'), { exact: true }).check();
  await w.getByRole('button', { name: text('ui.continue') }).click();
  await w.getByRole('status').getByText(text('ui.start.starting')).waitFor();
  fail();
  await w.locator('.kt-fallback').getByText(text('fallback.failed')).waitFor();
  await page.close();
});

test('the guidance after the emergency check is the whole static guidance', async () => {
  const { page } = await blocked('gb.html');
  const guidance = await earlyToGuidance(widget(page));
  for (const key of ['rule.R5-balance.watch', 'fallback.title']) {
    assert.ok((await guidance.innerText()).includes(text(key)), key);
  }
  await page.close();
});
