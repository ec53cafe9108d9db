// English and Spanish for where the visitor is: the region in lang picks
// the words for where to get care (GP surgery and A&E in the UK, doctor's
// office and emergency room in the US, centro de salud in Spain), in the
// checker's result, in the loader's guidance when the WebAssembly cannot
// run, and in the guidance written into pages for browsers without
// JavaScript; a page that sets a number not of the region gets the words
// that work anywhere.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';

import { useBrowser, collectErrors, hostPage } from './harness.mjs';
import { answerAll, text, widget, vignette, earlyToGuidance } from './person.mjs';
import { catalogFor } from './screens.mjs';
import { withGuidance } from '../../scripts/static-guidance.mjs';

const EN = catalogFor('en');
const ES = catalogFor('es');
const GB = catalogFor('en-GB');
const US = catalogFor('en-US');
const SPAIN = catalogFor('es-ES');

const tag = (attributes) => hostPage(`<knee-triage ${attributes}></knee-triage>`);
const env = useBrowser({
  pages: {
    'gb.html': tag('lang="en-GB"'),
    'us.html': tag('lang="en-US"'),
    'gb-911.html': tag('lang="en-GB" emergency-number="911"'),
    'es-es.html': tag('lang="es-ES"'),
    'es-mx.html': tag('lang="es-MX"'),
  },
});

/** The care card's text after answering vignette `id` on `file`, in a browser set to `locale`. */
async function careCard(file, id, level, { cat = EN, locale = 'en-US' } = {}) {
  const p = await env.browser.newPage({ locale });
  const errors = collectErrors(p);
  await p.goto(env.server.url + file);
  await answerAll(p, vignette(id), { cat });
  const card = widget(p).locator(`.kt-care-card--${level}`);
  await card.waitFor();
  const shown = await card.innerText();
  assert.deepEqual(errors, []);
  await p.close();
  return shown;
}

for (const [id, level] of [['V03', 'routine'], ['V05', 'urgent']]) {
  test(`the ${level} result says where to go as the visitor's country says it`, async () => {
    const key = `level.${level}.action`;
    // A browser set to en-US: the region in lang comes first.
    const gb = await careCard('gb.html', id, level);
    assert.ok(gb.includes(text(key, GB)), gb);
    assert.doesNotMatch(gb, /doctor's office|urgent care clinic/);
    const us = await careCard('us.html', id, level, { locale: 'en-GB' });
    assert.ok(us.includes(text(key, US)), us);
    assert.doesNotMatch(us, /GP|surgery|A&E/);
    assert.notEqual(text(key, GB), text(key, US));
    // 911 set on a British page: the words that work anywhere, never GP beside 911.
    const mixed = await careCard('gb-911.html', id, level);
    assert.ok(mixed.includes(text(key, EN)), mixed);
    assert.doesNotMatch(mixed, /GP|surgery|A&E/);
  });
}

test('Spanish in Spain says centro de salud; Spanish in Mexico says what works anywhere', async () => {
  const key = 'level.routine.action';
  const spain = await careCard('es-es.html', 'V03', 'routine', { cat: ES, locale: 'es-ES' });
  assert.ok(spain.includes(text(key, SPAIN)), spain);
  const mexico = await careCard('es-mx.html', 'V03', 'routine', { cat: ES, locale: 'es-ES' });
  assert.ok(mexico.includes(text(key, ES)), mexico);
  assert.ok(!mexico.includes('médico de familia'), mexico);
});

test('the guidance shown without WebAssembly uses the same regional words and number', async () => {
  const heading = (cat, number) => text('level.emergency.watch', cat).replace('{emergency_number}', number);
  for (const [file, expected, wrong] of [
    ['gb.html', heading(GB, '999'), /emergency room/],
    ['us.html', heading(US, '911'), /A&E|GP/],
    ['gb-911.html', heading(EN, '911'), /A&E|GP/],
  ]) {
    const p = await env.browser.newPage({ locale: 'en-US' });
    await p.route('**/*.wasm', (route) => route.abort());
    await p.goto(env.server.url + file);
    const fallback = await earlyToGuidance(widget(p));
    const shown = await fallback.innerText();
    assert.ok(shown.includes(expected), `${file}: ${shown}`);
    assert.doesNotMatch(shown, wrong, file);
    await p.close();
  }
  assert.notEqual(heading(GB, '999'), heading(US, '999'));
});

test('the guidance written into pages for browsers without JavaScript follows the region in lang', () => {
  const guidance = (attributes) =>
    withGuidance(`<knee-triage ${attributes}><!-- knee-triage:fallback --><!-- /knee-triage:fallback --></knee-triage>`)
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&');
  const heading = (cat, number) => text('level.emergency.watch', cat).replace('{emergency_number}', number);
  assert.ok(guidance('lang="en-GB"').includes(heading(GB, '999')));
  assert.ok(guidance('lang="en-US"').includes(heading(US, '911')));
  assert.ok(guidance('lang="en"').includes(heading(EN, '112')));
  assert.ok(guidance('lang="en-AU"').includes(heading(EN, '000')), 'Australia reads the words that work anywhere');
  const mixed = guidance('lang="en-GB" emergency-number="911"');
  assert.ok(mixed.includes(heading(EN, '911')), mixed);
  assert.doesNotMatch(mixed, /A&E/);
  assert.ok(guidance('lang="es-ES"').includes(heading(SPAIN, '112')));
  assert.ok(guidance('lang="es-MX"').includes(heading(ES, '911')));
});
