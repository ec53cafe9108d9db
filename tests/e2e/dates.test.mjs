// One date format per locale (issue 14): for en-US, en-GB and es, every
// date on the diary and on the result (its printout) is a <time>, all the
// dates of one kind read alike, and the US writes the month first while
// the UK and Spain write the day first, in the diary's date boxes too.
// Also: the chart's scale and today mark, the quiet 14/30-day switch, and
// no word broken in the episode table on a phone or a desktop.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';

import { useBrowser, collectErrors, hostPage } from './harness.mjs';
import { EN, answerAll, text, widget, vignette } from './person.mjs';
import { catalogFor } from './screens.mjs';

const ES = catalogFor('es');

// The page's clock is held still, so the dates are known: 23 November 2026
// at 15:47. Every day of the month used is above 12 and no hour or minute
// equals one, so the day's place in a text is unmistakable.
const NOW = '2026-11-23T15:47:00';
const EPISODES = [
  { day: 14, month: 11, year: 2026, time: '09:05' },
  { day: 20, month: 11, year: 2026, time: '21:30' },
  { day: 23, month: 11, year: 2026, time: '07:40' },
  { day: 23, month: 11, year: 2026, time: '13:10' },
];

const LOCALES = [
  // The region from the lang attribute.
  { name: 'en-US', tag: '<knee-triage lang="en-US"></knee-triage>', browser: 'en-US', cat: EN, monthFirst: true },
  // The region from the browser's languages.
  { name: 'en-GB', tag: '<knee-triage></knee-triage>', browser: 'en-GB', cat: EN, monthFirst: false },
  { name: 'es', tag: '<knee-triage lang="es"></knee-triage>', browser: 'es', cat: ES, monthFirst: false },
];

const env = useBrowser({
  pages: Object.fromEntries(LOCALES.map((l) => [`${l.name}.html`, hostPage(l.tag)])),
});

async function open(locale, viewport = { width: 390, height: 844 }) {
  const context = await env.browser.newContext({ locale: locale.browser, timezoneId: 'UTC', viewport });
  await context.clock.setFixedTime(new Date(`${NOW}Z`));
  const p = await context.newPage();
  const errors = collectErrors(p);
  await p.goto(`${env.server.url}${locale.name}.html`);
  return { context, p, errors, w: widget(p) };
}

async function logEpisodes(w, cat) {
  for (const e of EPISODES) {
    await w.getByLabel(text('ui.diary.day', cat), { exact: true }).fill(String(e.day));
    await w.getByLabel(text('ui.diary.month', cat), { exact: true }).fill(String(e.month));
    await w.getByLabel(text('ui.diary.year', cat), { exact: true }).fill(String(e.year));
    await w.getByLabel(text('ui.diary.time', cat), { exact: true }).fill(e.time);
    await w.getByLabel(text('ui.diary.minutes', cat)).fill('2');
    await w.getByLabel(text('ui.diary.strength.3', cat)).check();
    await w.getByLabel(text('ui.diary.side.left', cat), { exact: true }).check();
    await w.getByRole('button', { name: text('ui.diary.add', cat) }).click();
    await w.locator('.kt-diary-added').getByText(text('ui.diary.added', cat)).waitFor();
  }
}

/** Every <time> in the widget: its kind, ISO value and text. */
const times = (w) =>
  w.locator('time').evaluateAll((all) => all.map((t) => ({ kind: t.dataset.kind, iso: t.dateTime, text: t.textContent })));

/** A text's format: numbers as 9, words as a, any spaces as one. */
const shape = (s) => s.replace(/[\s\u00a0\u202f]+/gu, ' ').replace(/\d+/g, '9').replace(/\p{L}+/gu, 'a');

/**
 * Fails if two dates of one kind read differently, or a date is not
 * written for the locale: the month (a word) before the day in the US,
 * after it elsewhere, and never the ISO form.
 */
function checkScreen(screen, found, locale) {
  assert.ok(found.length > 0, `${screen}: no dates`);
  const kinds = new Map();
  for (const t of found) {
    assert.ok(t.kind, `${screen}: a <time> without its kind: ${t.text}`);
    assert.ok(!t.text.includes(t.iso.slice(0, 10)), `${screen}: an ISO date shown: ${t.text}`);
    if (!kinds.has(t.kind)) kinds.set(t.kind, new Map());
    kinds.get(t.kind).set(shape(t.text), t.text);
    const day = String(Number(t.iso.slice(8, 10)));
    const dayAt = t.text.search(new RegExp(`(?<!\\d)${day}(?!\\d)`));
    const monthAt = t.text.search(/\p{L}{3,}/u);
    assert.ok(dayAt >= 0 && monthAt >= 0, `${screen}: ${t.text} has no day ${day} or month name`);
    assert.equal(monthAt < dayAt, locale.monthFirst, `${screen}, ${locale.name}: ${t.text} (${t.iso})`);
    if (t.kind === 'date-time') assert.ok(t.text.includes(t.iso.slice(0, 4)), `${screen}: no year in ${t.text}`);
  }
  for (const [kind, shapes] of kinds) {
    assert.equal(shapes.size, 1, `${screen}: the ${kind} dates use ${shapes.size} formats: ${[...shapes.values()].join(' | ')}`);
  }
}

for (const locale of LOCALES) {
  test(`${locale.name}: one date format on each screen, in the locale's order`, async () => {
    const { context, p, errors, w } = await open(locale);
    const cat = locale.cat;
    await w.getByRole('button', { name: text('ui.diary.open', cat) }).click();
    // The date boxes come in the locale's order and start at now.
    const ids = await w.locator('.kt-date-input input').evaluateAll((all) => all.map((i) => i.id.replace('kt-episode-', '')));
    assert.deepEqual(ids, locale.monthFirst ? ['month', 'day', 'year', 'time'] : ['day', 'month', 'year', 'time']);
    const values = await w.locator('.kt-date-input input').evaluateAll((all) => all.map((i) => i.value));
    assert.deepEqual(values.slice(0, 3), locale.monthFirst ? ['11', '23', '2026'] : ['23', '11', '2026']);
    assert.equal(values[3].replace(/[\s\u202f]/g, ' '), locale.name === 'en-US' ? '3:47 PM' : '15:47');
    await logEpisodes(w, cat);
    const diary = await times(w);
    assert.equal(diary.filter((t) => t.kind === 'date-time').length, EPISODES.length, 'each episode has its date and time');
    assert.ok(diary.some((t) => t.kind === 'day' && t.iso === '2026-11-23'), 'the chart names today');
    checkScreen('diary', diary, locale);
    // The chart's scale (0 and the most in a day, 2) and its today mark.
    assert.deepEqual(await w.locator('.kt-chart__scale').allTextContents(), ['2', '0']);
    assert.equal(await w.locator('.kt-chart__today').count(), 1);
    assert.equal(await w.locator('.kt-chart__today-label').textContent(), text('ui.diary.today', cat));
    const caption = await w.locator('.kt-chart figcaption').textContent();
    assert.ok(caption.includes('2'), caption);
    // The result, with its printout: the date it was done and the diary.
    await w.getByRole('button', { name: text('ui.back', cat) }).click();
    await answerAll(p, vignette('V01'), { cat });
    const result = await times(w);
    assert.equal(result.filter((t) => t.kind === 'date-time').length, EPISODES.length + 1, 'the printout dates itself and each episode');
    assert.ok(result.some((t) => t.iso === NOW.slice(0, 16)), 'the printout is dated now');
    checkScreen('result', result, locale);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the date boxes say what is missing or wrong, box by box', async () => {
  const { context, errors, w } = await open(LOCALES[0]);
  await w.getByRole('button', { name: text('ui.diary.open') }).click();
  const summary = w.locator('.kt-error-summary');
  await w.getByLabel(text('ui.diary.day'), { exact: true }).fill('');
  await w.getByLabel(text('ui.diary.time'), { exact: true }).fill('25:00');
  await w.getByRole('button', { name: text('ui.diary.add') }).click();
  await summary.getByText(text('ui.diary.error.date_missing.day')).waitFor();
  assert.ok((await summary.innerText()).includes(text('ui.diary.error.time').replace('{example}', '')), await summary.innerText());
  assert.deepEqual(await w.locator('.kt-input--error').evaluateAll((all) => all.map((i) => i.id)), ['kt-episode-day', 'kt-episode-time']);
  await summary.getByText(text('ui.diary.error.date_missing.day')).click();
  assert.equal(await w.evaluate((host) => host.shadowRoot.activeElement?.id), 'kt-episode-day');
  // A real date, but tomorrow.
  await w.getByLabel(text('ui.diary.day'), { exact: true }).fill('24');
  await w.getByLabel(text('ui.diary.time'), { exact: true }).fill('9:00 am');
  await w.getByRole('button', { name: text('ui.diary.add') }).click();
  await summary.getByText(text('ui.diary.error.at_future')).waitFor();
  await w.getByLabel(text('ui.diary.month'), { exact: true }).fill('2');
  await w.getByLabel(text('ui.diary.day'), { exact: true }).fill('30');
  await w.getByRole('button', { name: text('ui.diary.add') }).click();
  await summary.getByText(text('ui.diary.error.date_real')).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the 14/30-day switch is quieter than the main button', async () => {
  const { context, w } = await open(LOCALES[1]);
  await w.getByRole('button', { name: text('ui.diary.open') }).click();
  const last30 = w.getByRole('button', { name: text('ui.diary.window').replace('{days}', '30') });
  await last30.click();
  assert.equal(await last30.getAttribute('aria-pressed'), 'true');
  const look = (l) => l.evaluate((b) => getComputedStyle(b).backgroundColor);
  const main = await look(w.getByRole('button', { name: text('ui.diary.add') }));
  assert.notEqual(await look(last30), main, 'the chosen option is not painted like the main button');
  assert.ok((await last30.boundingBox()).width < 390 / 2, 'the switch is not a full-width button');
  await context.close();
});

for (const width of [390, 1280]) {
  test(`no word in the episode list is broken at ${width} px`, async () => {
    const { context, w } = await open(LOCALES[1], { width, height: 900 });
    await w.getByRole('button', { name: text('ui.diary.open') }).click();
    await logEpisodes(w, EN);
    // A word laid out on more than one line box has been broken.
    const broken = await w.evaluate((host) => {
      const found = [];
      const walker = document.createTreeWalker(host.shadowRoot.querySelector('.kt-table'), NodeFilter.SHOW_TEXT);
      // Text kept for screen readers only is clipped to a pixel: not laid out to read.
      const unseen = (el) => el.closest('.kt-visually-hidden') || getComputedStyle(el.closest('thead') ?? el).position === 'absolute';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (unseen(node.parentElement)) continue;
        for (const m of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) found.push(m[0]);
        }
      }
      return found;
    });
    assert.deepEqual(broken, []);
    await context.close();
  });
}
