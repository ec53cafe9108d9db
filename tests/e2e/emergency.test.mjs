// The emergency check as a person meets it on a phone: signs that came and
// went earlier today count, and every emergency number shown can be tapped
// (a tel: link), in English and Spanish, and in the guidance shown when the
// WebAssembly cannot run.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';

import { useBrowser, collectErrors, hostPage } from './harness.mjs';
import { answerAll, earlyToGuidance, text, widget, ready, vignette } from './person.mjs';
import { catalogFor } from './screens.mjs';

const ES = catalogFor('es');
const PHONE = { width: 390, height: 844 };
const page = (tag) => hostPage(tag);

const env = useBrowser({
  pages: {
    'us.html': page('<knee-triage lang="en-US"></knee-triage>'),
    'mx.html': page('<knee-triage lang="es-MX"></knee-triage>'),
  },
});

/** Every emergency number shown in `scope`, and whether each is a tel: link. */
async function numbers(scope, number) {
  return scope.evaluate((root, n) => {
    const found = [];
    const walker = document.createTreeWalker(root.shadowRoot || root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.includes(n) || node.parentElement.closest('.kt-print-only')) continue;
      const link = node.parentElement.closest('a');
      found.push(link ? link.getAttribute('href') : `not a link: ${node.parentElement.outerHTML.slice(0, 120)}`);
    }
    return found;
  }, number);
}

for (const [file, cat, number] of [['us.html', undefined, '911'], ['mx.html', ES, '911']]) {
  const lang = cat ? 'Spanish' : 'English';
  test(`${lang}: stroke signs from earlier today end the questionnaire, and the number can be tapped`, async () => {
    const p = await env.browser.newPage({ viewport: PHONE, locale: cat ? 'es-MX' : 'en-US', hasTouch: true, isMobile: true });
    const errors = collectErrors(p);
    await p.goto(env.server.url + file);
    const w = widget(p);
    await ready(w);
    const visited = await answerAll(p, vignette('P01'), cat ? { cat } : {});
    assert.deepEqual(visited, ['emergency']);
    const card = w.locator('.kt-care-card--emergency');
    await card.waitFor();
    const links = await card.locator('a.kt-tel').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    assert.ok(links.length >= 2, `the card's heading and its text each give the number: ${JSON.stringify(links)}`);
    for (const [href, shown] of links) {
      assert.equal(href, `tel:${number}`);
      assert.equal(shown, number);
    }
    const all = await numbers(w, number);
    assert.ok(all.length >= 3, JSON.stringify(all));
    assert.deepEqual(all.filter((h) => h !== `tel:${number}`), [], 'every number shown is a tel: link');
    // A whole-width call button for a thumb, beside the inline numbers.
    const call = card.locator('a.kt-call-button');
    assert.equal(await call.getAttribute('href'), `tel:${number}`);
    assert.equal((await call.innerText()).trim(), text('ui.result.call', cat).replace('{emergency_number}', number));
    const box = await call.boundingBox();
    assert.ok(box.height >= 43.5 && box.width >= 300, JSON.stringify(box));
    assert.deepEqual(errors, []);
    await p.close();
  });
}

test('the start page and the guidance without WebAssembly give the number as a tel: link', async () => {
  for (const [file, number] of [['us.html', '911'], ['mx.html', '911']]) {
    const p = await env.browser.newPage({ viewport: PHONE });
    await p.route('**/*.wasm', (route) => route.abort());
    await p.goto(env.server.url + file);
    const w = widget(p);
    const cat = file === 'mx.html' ? ES : undefined;
    await w.locator('.kt-early .kt-notice').getByText(text('ui.early.failed', cat)).waitFor();
    const early = await numbers(w, number);
    assert.ok(early.length >= 3, JSON.stringify(early));
    assert.deepEqual(early.filter((h) => h !== `tel:${number}`), [], `${file}: ${JSON.stringify(early)}`);
    await earlyToGuidance(w, cat);
    const all = await numbers(w, number);
    assert.ok(all.length >= 1, JSON.stringify(all));
    assert.deepEqual(all.filter((h) => h !== `tel:${number}`), [], `${file}: ${JSON.stringify(all)}`);
    await p.close();
  }
  const p = await env.browser.newPage({ viewport: PHONE, locale: 'en-US' });
  await p.goto(env.server.url + 'us.html');
  await ready(widget(p));
  const start = await numbers(widget(p), '911');
  assert.ok(start.length >= 3, JSON.stringify(start));
  assert.deepEqual(start.filter((h) => h !== 'tel:911'), [], JSON.stringify(start));
  await p.close();
});

test('the emergency question asks about earlier today and the overdose choice needs no symptoms', async () => {
  for (const [file, cat] of [['us.html', undefined], ['mx.html', ES]]) {
    const p = await env.browser.newPage({ viewport: PHONE });
    await p.goto(env.server.url + file);
    const w = widget(p);
    await ready(w);
    await w.getByRole('button', { name: text('ui.start.button', cat) }).click();
    await w.locator('h1').getByText(text('question.emergency.title', cat)).waitFor();
    await w.getByLabel(text('question.emergency.choice.stimulant_overdose', cat), { exact: true }).check();
    await w.getByRole('button', { name: text('ui.continue', cat) }).click();
    await w.locator('.kt-care-card--emergency').waitFor();
    await p.close();
  }
});
