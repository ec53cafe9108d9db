// The result as a person with a warning sign reads it: what the sign means
// first, rare causes apart and unnumbered, everyday triggers last, and
// self-care that never works against the sign.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';

import { useBrowser, collectErrors } from './harness.mjs';
import { answerAll, text, widget, ready, vignette } from './person.mjs';

const env = useBrowser();

async function resultOf(id) {
  const page = await env.browser.newPage({ locale: 'en-US', viewport: { width: 390, height: 844 } });
  const errors = collectErrors(page);
  await page.goto(env.server.url);
  await ready(widget(page));
  await answerAll(page, vignette(id));
  await widget(page).locator('.kt-care-card').waitFor();
  return { page, errors, w: widget(page) };
}

/** Each cause heading of a list, with what CSS puts before it ("" when nothing). */
function headings(list) {
  return list.locator('.kt-cause > h3').evaluateAll((hs) =>
    hs.map((h) => {
      const before = getComputedStyle(h, '::before').content;
      return { text: h.textContent, number: before === 'none' || before === 'normal' ? '' : before };
    }),
  );
}

test('a weak, thinner leg with spreading twitching: rare causes unnumbered and apart, stress last', async () => {
  const { page, errors, w } = await resultOf('P14');
  assert.ok(await w.locator('.kt-care-card--urgent').count());
  const rare = await headings(w.locator('.kt-list--rare'));
  assert.ok(rare.some((h) => h.text === text('cause.C12.name')), JSON.stringify(rare));
  assert.deepEqual(rare.filter((h) => h.number), [], 'rare causes carry no number');
  const also = await headings(w.locator('.kt-list--also'));
  assert.ok(also.some((h) => h.text === text('cause.C3.name')), 'stress is shown, apart');
  assert.deepEqual(also.filter((h) => h.number), [], 'everyday triggers carry no number');
  const main = await headings(w.locator('.kt-list--causes'));
  for (const everyday of ['C1', 'C2', 'C3', 'C4', 'C5']) {
    assert.ok(!main.some((h) => h.text === text(`cause.${everyday}.name`)), `${everyday} is not a main cause`);
  }
  // The reasons come before the causes on the page.
  const order = await w.locator('#kt-why-title, #kt-causes-title').evaluateAll((hs) => hs.map((h) => h.id));
  assert.deepEqual(order, ['kt-why-title', 'kt-causes-title']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a twisted, swollen knee gets rest and a cold pack, never exercise, heat or massage', async () => {
  const { page, errors, w } = await resultOf('P12');
  const remedies = await w.locator('.kt-remedy > h3').allInnerTexts();
  assert.ok(remedies.includes(text('remedy.H4-rest-cold.title')), JSON.stringify(remedies));
  for (const id of ['H3', 'H4', 'H6']) {
    assert.ok(!remedies.includes(text(`remedy.${id}.title`)), `${id} shown: ${JSON.stringify(remedies)}`);
  }
  // The main list still counts its causes (CSS gives the number).
  const numbered = await headings(w.locator('.kt-list--causes'));
  assert.match(numbered[0]?.number ?? '', /counter\(kt-cause\)/, JSON.stringify(numbered));
  assert.deepEqual(errors, []);
  await page.close();
});
