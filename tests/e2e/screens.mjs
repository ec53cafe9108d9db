// Walks the checker to each of its screens, for checks that must hold on
// every one (accessibility, reflow). Each visit yields a name and the page.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { text, widget, catalog, ready, vignette, answerQuestion, answerAll, earlyToGuidance } from './person.mjs';
import { holdWasm } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 AA rules on the page, inside shadow roots too: the count of passes and each violation. */
export async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    };
  }, TAGS);
}

/**
 * The demo page once per language, named `<lang>.html`, its element's lang
 * attribute set, for `serve({ pages })`; `storage.html` allows storage, so
 * the result page has the erase button.
 */
export function demoPages(langs) {
  const demo = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const pages = Object.fromEntries(
    langs.map((lang) => [`${lang}.html`, demo.replace('<html lang="en">', `<html lang="${lang}">`).replace('<knee-triage manage-title>', `<knee-triage manage-title lang="${lang}">`)]),
  );
  pages['storage.html'] = demo.replace('<knee-triage manage-title>', '<knee-triage manage-title storage="local">');
  return pages;
}

/**
 * A new page at `viewport` with the result of vignette `id` on screen, in
 * `lang`, answered as a person would on that language's demo page.
 */
export async function resultPage(browser, serverUrl, lang, id, viewport) {
  const cat = catalogFor(lang);
  const page = await browser.newPage({ locale: lang === 'es' ? 'es-ES' : 'en-US', viewport });
  await page.goto(`${serverUrl}${lang}.html`);
  await ready(widget(page));
  await answerAll(page, vignette(id), { cat });
  await widget(page).locator('.kt-care-card').waitFor();
  return { page, cat, w: widget(page) };
}

/** The catalog of a language, read the same way as the English one. */
export function catalogFor(lang) {
  return catalog(new URL(`../../crates/knee-triage-core/src/knowledge/locales/${lang}.txt`, import.meta.url));
}

/**
 * Visits start, every question of two full runs (V03 asks the conditional
 * questions), the error state, check answers, one result per level, and
 * one result where storage is allowed (erase button, then its notice).
 * `visit(name)` is awaited on each screen.
 */
export async function visitEveryScreen(page, url, cat, visit) {
  const w = widget(page);
  const seen = new Set();
  const results = [['V01', 'self_care'], ['V03', 'routine'], ['V05', 'urgent'], ['V07', 'emergency']];
  for (const [id, level] of results) {
    await page.goto(url);
    await ready(w);
    if (!seen.has('start')) {
      seen.add('start');
      await visit('start');
      // The symptom diary, empty, with an error, and with an episode.
      await w.getByRole('button', { name: text('ui.diary.open', cat) }).click();
      await visit('diary');
      await w.getByRole('button', { name: text('ui.diary.add', cat) }).click();
      await w.locator('.kt-error-summary').waitFor();
      await visit('diary error');
      await w.getByLabel(text('ui.diary.minutes', cat)).fill('2');
      await w.getByLabel(text('ui.diary.strength.3', cat)).check();
      await w.getByLabel(text('ui.diary.side.left', cat), { exact: true }).check();
      await w.getByRole('button', { name: text('ui.diary.add', cat) }).click();
      await w.locator('.kt-table').waitFor();
      await visit('diary with an episode');
      await w.getByRole('button', { name: text('ui.back', cat) }).click();
    }
    await w.getByRole('button', { name: text('ui.start.button', cat) }).click();
    const answers = vignette(id);
    for (let step = 0; step < 40; step++) {
      const title = (await w.locator('h1').innerText()).trim();
      if (title === text('ui.check.title', cat)) {
        if (!seen.has('check-answers')) {
          seen.add('check-answers');
          await visit('check-answers');
        }
        await w.getByRole('button', { name: text('ui.check.submit', cat) }).click();
        continue;
      }
      if (title === text('ui.result.title', cat)) break;
      const key = [...cat.entries()].find(([k, v]) => /^question\.[a-z_]+\.title$/.test(k) && v === title)?.[0];
      if (!key) throw new Error(`unknown heading ${title}`);
      const q = key.split('.')[1];
      if (!seen.has(`question ${q}`)) {
        seen.add(`question ${q}`);
        await visit(`question ${q}`);
      }
      if (!seen.has('error')) {
        seen.add('error');
        await w.getByRole('button', { name: text('ui.continue', cat) }).click();
        await w.locator('.kt-error-summary').waitFor();
        await visit('error');
      }
      await answerQuestion(w, q, answers[q], cat);
    }
    await w.locator(`.kt-care-card--${level}`).waitFor();
    await visit(`result ${level}`);
    if (level === 'routine') {
      // Where the clinic allows storage: the remember box and the erase
      // button, then the message a click on it puts in the status region.
      await page.evaluate(() => document.querySelector('knee-triage').setAttribute('storage', 'local'));
      await w.locator('.kt-button--warning').waitFor();
      await visit('result with storage');
      await w.locator('.kt-button--warning').click();
      await w.locator('.kt-notice').getByText(text('ui.notice.erased', cat)).waitFor();
      await visit('notice');
    }
  }
  // The start page the loader draws while the checker is still loading.
  const release = await holdWasm(page);
  await page.goto(url);
  await w.locator('.kt-early h1').waitFor();
  await visit('early start');
  // The early emergency check, its error, its emergency result and the question after it.
  const early = (name) => w.locator('.kt-early h1').getByText(text(name, cat)).waitFor();
  await w.getByRole('button', { name: text('ui.start.button', cat) }).click();
  await early('question.emergency.title');
  await visit('early emergency check');
  await w.getByRole('button', { name: text('ui.continue', cat) }).click();
  await w.locator('.kt-early .kt-error-summary').waitFor();
  await visit('early error');
  await w.getByLabel(text('question.emergency.choice.chest_pain', cat), { exact: true }).check();
  await w.getByRole('button', { name: text('ui.continue', cat) }).click();
  await early('ui.result.title');
  await visit('early emergency result');
  await w.getByRole('button', { name: text('ui.back', cat) }).click();
  await w.getByLabel(text('question.emergency.choice.none', cat), { exact: true }).check();
  await w.getByRole('button', { name: text('ui.continue', cat) }).click();
  await early('question.duration.title');
  await visit('early second question');
  release();
  await w.locator('.kt-widget:not(.kt-early) h1').getByText(text('question.duration.title', cat)).waitFor();
  await page.unroute('**/*.wasm');
  // The guidance shown when the checker cannot start.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(url);
  await w.locator('.kt-early .kt-notice').getByText(text('ui.early.failed', cat)).waitFor();
  await visit('early start, checker failed');
  await earlyToGuidance(w, cat);
  await visit('fallback');
  await page.unroute('**/*.wasm');
}
