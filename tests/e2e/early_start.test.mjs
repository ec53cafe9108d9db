// The start page the loader draws before the WebAssembly is ready: it reads
// exactly like the checker's own, and a click on it is not lost.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';

import { useBrowser, collectErrors, holdRequests, holdWasm } from './harness.mjs';
import { text, widget, ready } from './person.mjs';
import { catalogFor } from './screens.mjs';

const ES = catalogFor('es');
const env = useBrowser();

/** A page whose wasm download waits until `release()` is called. */
async function heldPage() {
  const page = await env.browser.newPage({ locale: 'en-US' });
  const errors = collectErrors(page);
  const release = await holdWasm(page);
  await page.goto(env.server.url);
  await widget(page).locator('.kt-early h1').waitFor();
  return { page, errors, release };
}

/** The start page's text and its top-level layout, up to the start button. */
function outline(page, selector) {
  return widget(page).locator(selector).evaluate((root) => {
    const children = [...root.querySelector('.kt-page').children];
    const upToButton = children.slice(0, children.findIndex((c) => c.matches('.kt-button--start')) + 1);
    return {
      banner: root.querySelector('.kt-banner').innerText,
      layout: upToButton.map((c) => `${c.tagName.toLowerCase()}.${c.className}`),
      text: upToButton.map((c) => c.innerText.trim()),
      lang: root.getAttribute('lang'),
    };
  });
}

test('the start page shows before the checker is ready and reads the same as the checker', async () => {
  const { page, errors, release } = await heldPage();
  const early = await outline(page, '.kt-early');
  assert.ok(early.banner.includes('911'), 'the emergency number is shown at once');
  assert.ok(early.text.join('\n').includes(text('question.emergency.choice.chest_pain')));
  release();
  await ready(widget(page));
  const live = await outline(page, '.kt-widget:not(.kt-early)');
  assert.deepEqual(early, live);
  assert.equal(await widget(page).locator('.kt-early').count(), 0, 'the early page is gone');
  assert.deepEqual(errors, []);
  await page.close();
});

/** The page's text and layout inside `scope`: tags, classes and each element's own text, in order. */
function shape(page, selector) {
  return widget(page).locator(selector).evaluate((root) => {
    const walk = (el) => [
      `${el.tagName.toLowerCase()}.${[...el.classList].filter((c) => c !== 'kt-early').join('.')}`,
      [...el.attributes].filter((a) => !['class', 'style'].includes(a.name)).map((a) => `${a.name}=${a.value}`).sort().join(' '),
      [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''),
      [...el.children].filter((c) => !c.matches('.kt-start-status')).map(walk),
    ];
    return walk(root.querySelector('.kt-page'));
  });
}

test('the emergency check and the question after it work before the checker is ready, and the checker carries on from there', async () => {
  const { page, errors, release } = await heldPage();
  const w = widget(page);
  const shadowFocus = () => page.evaluate(() => document.querySelector('knee-triage').shadowRoot.activeElement?.textContent);
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  await w.locator('.kt-early h1').getByText(text('question.emergency.title')).waitFor();
  assert.equal(await shadowFocus(), text('question.emergency.title'), 'focus moves to the question, as in the checker');
  // The demo page is the checker's own (manage-title): the tab names the step, as the checker does.
  const title = text('ui.title.question').replace('{number}', '1').replace('{question}', text('question.emergency.title'));
  assert.equal(await page.title(), `${title} – ${text('ui.app_name')}`);
  // Nothing chosen: the GOV.UK error summary, focused, linking to the first box.
  await w.getByRole('button', { name: text('ui.continue') }).click();
  const summary = w.locator('.kt-early .kt-error-summary');
  await summary.waitFor();
  assert.ok(await summary.evaluate((el) => el === el.getRootNode().activeElement), 'the error summary has focus');
  await summary.getByRole('link').click();
  assert.equal(await page.evaluate(() => document.querySelector('knee-triage').shadowRoot.activeElement?.id), 'kt-emergency-sudden_weakness_numbness_droop');
  assert.equal(await page.evaluate(() => location.hash), '', 'the host page\'s address is untouched');
  // "None of these" clears the other boxes, and the reverse.
  await w.getByLabel(text('question.emergency.choice.chest_pain'), { exact: true }).check();
  await w.getByLabel(text('question.emergency.choice.none'), { exact: true }).check();
  assert.equal(await w.getByLabel(text('question.emergency.choice.chest_pain'), { exact: true }).isChecked(), false);
  await w.getByRole('button', { name: text('ui.continue') }).click();
  await w.locator('.kt-early h1').getByText(text('question.duration.title')).waitFor();
  // Back keeps what was saved, as in the checker.
  await w.getByRole('button', { name: text('ui.back') }).click();
  assert.ok(await w.getByLabel(text('question.emergency.choice.none'), { exact: true }).isChecked());
  await w.getByRole('button', { name: text('ui.continue') }).click();
  await w.getByLabel(text('question.duration.choice.days_4_7'), { exact: true }).check();
  await w.getByRole('button', { name: text('ui.continue') }).click();
  await w.getByRole('status').getByText(text('ui.start.starting')).waitFor();
  // Back to the emergency check and on again with "None": the answer after
  // it is kept, as in the checker.
  await w.getByRole('button', { name: text('ui.back') }).click();
  await w.getByRole('button', { name: text('ui.continue') }).click();
  assert.ok(await w.getByLabel(text('question.duration.choice.days_4_7'), { exact: true }).isChecked());
  await w.getByRole('button', { name: text('ui.continue') }).click();
  await w.getByRole('status').getByText(text('ui.start.starting')).waitFor();
  release();
  // The checker asks the next question, with both answers kept.
  await w.locator('.kt-widget:not(.kt-early) h1').getByText(text('question.trend.title')).waitFor();
  assert.equal(await w.locator('.kt-early').count(), 0, 'the early screens are gone');
  await w.getByRole('button', { name: text('ui.back') }).click();
  assert.ok(await w.getByLabel(text('question.duration.choice.days_4_7'), { exact: true }).isChecked());
  await w.getByRole('button', { name: text('ui.back') }).click();
  assert.ok(await w.getByLabel(text('question.emergency.choice.none'), { exact: true }).isChecked());
  assert.deepEqual(errors, []);
  await page.close();
});

test('the early screens are the checker\'s own pages: the same elements, attributes and text', async () => {
  const { page, release } = await heldPage();
  const w = widget(page);
  const early = {};
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  early.emergency = await shape(page, '.kt-early');
  await w.getByRole('button', { name: text('ui.continue') }).click();
  await w.locator('.kt-early .kt-error-summary').waitFor();
  early.error = await shape(page, '.kt-early');
  await w.getByLabel(text('question.emergency.choice.none'), { exact: true }).check();
  await w.getByRole('button', { name: text('ui.continue') }).click();
  early.duration = await shape(page, '.kt-early');
  release();
  await ready(w).catch(() => {});
  const live = await env.browser.newPage({ locale: 'en-US' });
  await live.goto(env.server.url);
  const lw = widget(live);
  await ready(lw);
  await lw.getByRole('button', { name: text('ui.start.button') }).click();
  await lw.locator('h1').getByText(text('question.emergency.title')).waitFor();
  assert.deepEqual(await shape(live, '.kt-widget'), early.emergency);
  await lw.getByRole('button', { name: text('ui.continue') }).click();
  await lw.locator('.kt-error-summary').waitFor();
  assert.deepEqual(await shape(live, '.kt-widget'), early.error);
  await lw.getByLabel(text('question.emergency.choice.none'), { exact: true }).check();
  await lw.getByRole('button', { name: text('ui.continue') }).click();
  await lw.locator('h1').getByText(text('question.duration.title')).waitFor();
  assert.deepEqual(await shape(live, '.kt-widget'), early.duration);
  await live.close();
  await page.close();
});

test('a language picked before the checker is ready is kept', async () => {
  const { page, errors, release } = await heldPage();
  const w = widget(page);
  await w.getByRole('button', { name: 'Español' }).click();
  await w.locator('.kt-early h1').getByText(text('ui.start.title', ES)).waitFor();
  assert.equal(await w.locator('.kt-early').getAttribute('lang'), 'es');
  await w.getByRole('button', { name: text('ui.start.button', ES) }).click();
  release();
  await w.locator('h1', { hasText: text('question.emergency.title', ES) }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('a keyboard user keeps their place when the checker takes over', async () => {
  const { page, release } = await heldPage();
  const w = widget(page);
  await w.getByRole('button', { name: text('ui.start.button') }).focus();
  await page.keyboard.press('Enter');
  await w.locator('.kt-early h1').getByText(text('question.emergency.title')).waitFor();
  // Tab to the third box and tick it with the space bar, as a keyboard user would.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  const id = 'kt-emergency-chest_pain';
  assert.equal(await page.evaluate(() => document.querySelector('knee-triage').shadowRoot.activeElement?.id), id);
  release();
  await w.locator('.kt-widget:not(.kt-early)').waitFor();
  await page.waitForFunction((id) => {
    const active = document.querySelector('knee-triage').shadowRoot.activeElement;
    return active && active.id === id && !active.closest('.kt-early') && active.checked;
  }, id);
  await page.close();
});

test('an emergency answered before the checker is ready shows what to do at once, and the checker then gives the whole result', async () => {
  const { page, errors, release } = await heldPage();
  const w = widget(page);
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  await w.getByLabel(text('question.emergency.choice.breathing'), { exact: true }).check();
  await w.getByRole('button', { name: text('ui.continue') }).click();
  await w.locator('.kt-early .kt-care-card--emergency').waitFor();
  release();
  // The same top of the page, now with why: the sign the person chose.
  const live = w.locator('.kt-widget:not(.kt-early)');
  await live.locator('.kt-care-card--emergency').waitFor();
  assert.ok((await live.innerText()).includes(text('question.emergency.choice.breathing')), 'the reasons name the sign');
  assert.equal(await w.locator('.kt-early').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the styles come inside the loader: no request for them, and the first screen is styled when it shows', async () => {
  const page = await env.browser.newPage({ locale: 'en-US' });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const release = await holdWasm(page);
  await page.goto(env.server.url);
  const start = widget(page).locator('.kt-early .kt-button--start');
  await start.waitFor();
  // The GOV.UK start button's green, from the widget's own stylesheet.
  assert.equal(await start.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(0, 112, 60)');
  assert.deepEqual(requests.filter((url) => url.endsWith('.css') && url.includes('knee-triage')), []);
  release();
  await ready(widget(page));
  await page.close();
});

test('where a shadow root cannot adopt a stylesheet, the linked one is waited for, with the page\'s own guidance shown meanwhile', async () => {
  const page = await env.browser.newPage({ locale: 'en-US' });
  // As in Safari before 16.4.
  await page.addInitScript(() => {
    delete ShadowRoot.prototype.adoptedStyleSheets;
  });
  const release = await holdRequests(page, '**/knee-triage.css');
  // The page's load event waits for the stylesheet too.
  await page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
  const w = widget(page);
  // The early screen, or the checker if it was ready first: neither shows unstyled.
  await w.locator('.kt-widget').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  assert.equal(await w.locator('.kt-widget').first().isVisible(), false, 'nothing shows before its styles');
  assert.ok(await page.locator('knee-triage > .knee-triage-static').isVisible(), 'the page\'s guidance stays visible');
  release();
  await w.locator('.kt-button--start').waitFor();
  assert.equal(await page.locator('knee-triage > .knee-triage-static').isVisible(), false, 'the guidance gives way to the styled checker');
  await page.close();
});
