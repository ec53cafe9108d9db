// The published Questionnaire in LHC-Forms (the National Library of
// Medicine's FHIR form renderer, npm lforms 40.1.3, its prebuilt files) in
// headless Chromium: filled with the answers of every vignette and of 1,000
// random answer sets, the level LHC-Forms computes is the engine's on every
// one; and a response exported by the widget opens in it with its result.
//
//     node --test tests/fhir/lforms.test.mjs     (scripts/setup.sh ensure_lforms first)

import { test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { launch, serve } from '../e2e/harness.mjs';
import { RANDOM, ROOT, allItems, cases, countBy, questionnaire } from './cases.mjs';
import { FORM_PAGE, LFORMS, installHelpers, selector } from './lforms_page.mjs';

const SHOTS = join(ROOT, 'test-results', 'lforms');

const env = {};
before(async () => {
  assert.ok(existsSync(join(LFORMS, 'webcomponent', 'main.js')),
    `LHC-Forms is not unpacked in ${LFORMS}; run: source scripts/setup.sh && ensure_lforms`);
  mkdirSync(SHOTS, { recursive: true });
  env.server = await serve({ root: LFORMS, pages: { 'form.html': FORM_PAGE } });
  env.browser = await launch();
  env.q = questionnaire();
  env.cases = cases();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

/** A fresh page with LHC-Forms loaded and the questionnaire on it. */
async function formPage() {
  const p = await env.browser.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  p.on('request', (r) => {
    if (!r.url().startsWith(env.server.url)) errors.push(`request to another origin: ${r.url()}`);
  });
  await p.goto(env.server.url + 'form.html');
  await p.waitForFunction(() => window.LForms?.Util?.addFormToPage && window.LForms.FHIR);
  await p.evaluate(installHelpers);
  return { p, errors };
}


/** Two vignettes of each level: few enough to click through one by one. */
function byHand(vignettes) {
  return ['self_care', 'routine', 'urgent', 'emergency'].flatMap((level) => vignettes.filter((c) => c.level === level).slice(0, 2));
}

test('a person clicking through LHC-Forms gets the engine level (two vignettes of each level)', async () => {
  const { p, errors } = await formPage();
  const chosen = byHand(env.cases.filter((c) => !c.name.startsWith('random-')));
  const disagreements = [];
  for (const c of chosen) {
    await p.evaluate((q) => window.kt.load(q), env.q);
    for (const item of allItems(c.answersOnly.item)) {
      for (const a of item.answer ?? []) {
        const control = p.locator(selector(item.linkId, a));
        if ('valueInteger' in a) await control.fill(String(a.valueInteger));
        else await control.click();
      }
    }
    // Leave the number field, as a person moves on, so it is taken.
    await p.keyboard.press('Tab');
    await p.evaluate(() => window.kt.settle());
    const level = await p.evaluate(() => window.kt.level());
    if (level !== c.level) disagreements.push(`${c.name}: engine ${c.level}, LHC-Forms ${level}`);
    await p.screenshot({ path: join(SHOTS, `${c.name}.png`), fullPage: true });
  }
  console.log(`lforms (clicked by hand): ${chosen.length - disagreements.length} of ${chosen.length} agree: ${chosen.map((c) => c.name).join(' ')}`);
  assert.equal(chosen.length, 8);
  assert.deepEqual(disagreements, []);
  assert.deepEqual(errors, []);
  await p.close();
});

test('LHC-Forms computes the engine level on every vignette and on 1,000 random answer sets', async () => {
  const all = env.cases;
  const random = all.filter((c) => c.name.startsWith('random-')).length;
  assert.equal(random, RANDOM, `${random} random answer sets`);
  const started = Date.now();
  // Two pages at once, one per core; each takes every other batch of 25,
  // so that one evaluate call never carries megabytes of answers.
  const batches = [];
  for (let i = 0; i < all.length; i += 25) batches.push(all.slice(i, i + 25).map((c) => ({ name: c.name, level: c.level, answers: c.answersOnly })));
  const worker = async (part) => {
    const { p, errors } = await formPage();
    const wrong = [];
    for (let b = part; b < batches.length; b += 2) {
      wrong.push(...await p.evaluate(async ({ q, batch }) => {
        const out = [];
        for (const c of batch) {
          await window.kt.load(window.kt.prefilled(q, c.answers));
          const level = window.kt.level();
          if (level !== c.level) out.push(`${c.name}: engine ${c.level}, LHC-Forms ${level}`);
        }
        return out;
      }, { q: env.q, batch: batches[b] }));
    }
    await p.close();
    return { wrong, errors };
  };
  const results = await Promise.all([worker(0), worker(1)]);
  const disagreements = results.flatMap((r) => r.wrong);
  console.log(`lforms: ${all.length - disagreements.length} of ${all.length} agree (${all.length - random} vignettes, ${random} random) ` +
    `in ${Math.round((Date.now() - started) / 1000)} s; engine levels ${JSON.stringify(countBy(all, (c) => c.level))}`);
  assert.deepEqual(disagreements.slice(0, 20), []);
  assert.deepEqual(results.flatMap((r) => r.errors), []);
});

test('a response the widget exported opens in LHC-Forms with its answers and its result', async () => {
  const { p, errors } = await formPage();
  for (const name of ['V05', 'V01', 'V07']) {
    const c = env.cases.find((x) => x.name === name);
    await p.evaluate(({ q, r }) => window.kt.load(q, r), { q: env.q, r: c.response });
    const back = await p.evaluate(() => window.kt.response());
    const codes = (r, link) => allItems(r.item).filter((i) => i.linkId === link).flatMap((i) => i.answer ?? []).map((a) => a.valueCoding?.code);
    for (const link of ['level', 'reason-rule', 'reason-level', 'reason-article', 'cause', 'cause-rare', 'cause-also', 'emergency', 'duration']) {
      assert.deepEqual(codes(back, link), codes(c.response, link), `${name}: ${link}`);
    }
    // What a clinician sees on the screen: the level's own words.
    const display = allItems(c.response.item).find((i) => i.linkId === 'level').answer[0].valueCoding.display;
    assert.equal(await p.locator('input[id^="level/"]').inputValue(), display, name);
    await p.screenshot({ path: join(SHOTS, `${name}-response.png`), fullPage: true });
  }
  assert.deepEqual(errors, []);
  await p.close();
});
