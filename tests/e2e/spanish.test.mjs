// The checker in Spanish: chosen by attribute, by the browser, or by the
// visible switch; the emergency number follows the locale.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';

import { useBrowser, collectErrors, hostPage } from './harness.mjs';
import { answerAll, text, widget, vignette } from './person.mjs';
import { catalogFor } from './screens.mjs';

const ES = catalogFor('es');
const page = (tag) => hostPage(tag, { lang: 'es', title: 'prueba' });

const env = useBrowser({ pages: { 'es.html': page('<knee-triage lang="es"></knee-triage>'), 'plain.html': page('<knee-triage></knee-triage>') } });

for (const [id, level] of [['V01', 'self_care'], ['V07', 'emergency']]) {
  test(`a Spanish run of ${id} reaches ${level} with Spanish text`, async () => {
    const p = await env.browser.newPage({ locale: 'es-ES' });
    const errors = collectErrors(p);
    await p.goto(env.server.url + 'es.html');
    await answerAll(p, vignette(id), { cat: ES });
    const card = widget(p).locator(`.kt-care-card--${level}`);
    await card.waitFor();
    const shown = await card.innerText();
    assert.ok(shown.includes(text(`level.${level}.title`, ES).replace('{emergency_number}', '112')), shown);
    assert.equal(await widget(p).locator('.kt-widget').getAttribute('lang'), 'es');
    const all = await widget(p).locator('.kt-widget').innerText();
    assert.ok(all.includes(text('ui.result.title', ES)));
    assert.ok(!all.includes(text('ui.result.title')), 'no English heading left');
    assert.deepEqual(errors, []);
    await p.close();
  });
}

test('without an attribute the browser language decides, and the switch changes it', async () => {
  const p = await env.browser.newPage({ locale: 'es-MX' });
  await p.goto(env.server.url + 'plain.html');
  const w = widget(p);
  await w.locator('h1').getByText(text('ui.start.title', ES)).waitFor();
  assert.ok((await w.locator('.kt-banner').innerText()).includes('911'), 'Mexico uses 911');
  await w.getByRole('button', { name: text('ui.language.name') }).click();
  await w.locator('h1').getByText(text('ui.start.title')).waitFor();
  assert.equal(await w.locator('.kt-widget').getAttribute('lang'), 'en');
  await p.close();
});

test('an English browser with no attribute gets English', async () => {
  const p = await env.browser.newPage({ locale: 'en-GB' });
  await p.goto(env.server.url + 'plain.html');
  await widget(p).locator('h1').getByText(text('ui.start.title')).waitFor();
  assert.ok((await widget(p).locator('.kt-banner').innerText()).includes('999'));
  await p.close();
});
