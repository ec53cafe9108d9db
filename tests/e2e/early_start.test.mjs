// The start page the loader draws before the WebAssembly is ready: it reads
// exactly like the checker's own, and a click on it is not lost.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';

import { useBrowser, collectErrors, holdWasm } from './harness.mjs';
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

test('"Start now" pressed before the checker is ready is carried out once it is', async () => {
  const { page, errors, release } = await heldPage();
  const w = widget(page);
  // The status line is rendered (not display:none) while still empty, so
  // screen readers know the live region before its message arrives.
  assert.notEqual(await w.locator('.kt-early .kt-start-status').evaluate((el) => getComputedStyle(el).display), 'none');
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  await w.getByRole('status').getByText(text('ui.start.starting')).waitFor();
  release();
  const heading = w.locator('h1', { hasText: text('question.emergency.title') });
  await heading.waitFor();
  const focused = await page.evaluate(() => document.querySelector('knee-triage').shadowRoot.activeElement?.textContent);
  assert.equal(focused, text('question.emergency.title'), 'focus moves to the first question');
  assert.deepEqual(errors, []);
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

test('a keyboard user on "Start now" keeps their place when the checker takes over', async () => {
  const { page, release } = await heldPage();
  await page.evaluate(() => document.querySelector('knee-triage').shadowRoot.querySelector('.kt-button--start').focus());
  release();
  await ready(widget(page));
  const focused = await page.evaluate(() => {
    const active = document.querySelector('knee-triage').shadowRoot.activeElement;
    return active && active.matches('.kt-widget:not(.kt-early) .kt-button--start');
  });
  assert.ok(focused, 'focus is on the checker\'s own start button');
  await page.close();
});
