// Issue 16: the same person in three engines. One walk, written once, run
// in the engine named by ENGINE (chromium, firefox or webkit), or in all
// three one after the other without it (run.mjs runs one process per
// engine and prints the counts): the demo page served on loopback and the standalone
// file from file://, start to result for a self-care, an urgent and an
// emergency vignette, in English and Spanish, with no console error, no
// failed request, the care level right and a screenshot of each result in
// test-results/engines/. Then the embed cases that matter most: a strict
// CSP with no violation, the wasm blocked (the early emergency check, then
// the guidance), two instances on one page, keyboard-only completion.

import { describe, test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';

import { start, ENGINES } from './drivers.mjs';
import { serve, standaloneCopies } from './pages.mjs';
import { answerAll, careLevel, click, ready, textOf, until } from './person.mjs';
import { text, vignette, EN } from '../e2e/person.mjs';
import { catalogFor } from '../e2e/screens.mjs';

const CHOSEN = process.env.ENGINE ? process.env.ENGINE.split(',') : ENGINES;
for (const e of CHOSEN) assert.ok(ENGINES.includes(e), `ENGINE must name some of ${ENGINES.join(', ')}, not ${e}`);

const OUT = new URL('../../test-results/engines/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });

const CATALOGS = { en: EN, es: catalogFor('es') };
/** One vignette per level, as the e2e tests pick them (tests/vignettes/cases.md and the shared vignettes). */
const VIGNETTES = [
  ['V01', 'self_care'],
  ['V05', 'urgent'],
  ['V07', 'emergency'],
];

for (const ENGINE of CHOSEN) {
  describe(ENGINE, () => {
    let d;
    let server;
    let files;
    before(async () => {
      server = await serve();
      files = standaloneCopies();
      d = await start(ENGINE);
    });
    after(async () => {
      await d?.close();
      await server?.close();
    });

    /** What went wrong on the page since `from` in the server log: the hook's errors, the engine's own reports, failed requests. */
    async function problems(from) {
      const hooked = (await d.evaluate(() => window.__errors)) ?? ['the page hook did not run'];
      return [...hooked, ...d.native(), ...server.failures(from)];
    }

    const pageUrl = (page, lang) => (page === 'demo' ? `${server.url}demo-${lang}.html` : files[lang]);

    for (const page of ['demo', 'standalone']) {
      for (const lang of ['en', 'es']) {
        for (const [id, level] of VIGNETTES) {
          test(`${ENGINE}: ${page} (${lang}) ${id} from start to a ${level} result`, async () => {
            const cat = CATALOGS[lang];
            const from = server.log.length;
            await d.open(pageUrl(page, lang));
            await ready(d);
            assert.equal(await textOf(d, 'h1'), text('ui.start.title', cat));
            await answerAll(d, vignette(id), { cat });
            assert.equal(await careLevel(d), level);
            assert.equal(await textOf(d, 'h1'), text('ui.result.title', cat));
            assert.equal(await d.evaluate(() => document.querySelector('knee-triage').shadowRoot.querySelector('.kt-widget').getAttribute('lang')), lang);
            await d.screenshot(`${OUT}${ENGINE}-${page}-${lang}-${id}.png`);
            assert.deepEqual(await problems(from), []);
          });
        }
      }
    }

    test(`${ENGINE}: under the strict Content-Security-Policy a run completes with no violation`, async () => {
      const from = server.log.length;
      await d.open(`${server.url}csp/demo-en.html`);
      await ready(d);
      await answerAll(d, vignette('V05'));
      assert.equal(await careLevel(d), 'urgent');
      await d.screenshot(`${OUT}${ENGINE}-csp-en-V05.png`);
      assert.deepEqual(await d.evaluate(() => window.__violations), []);
      assert.deepEqual(await problems(from), []);
      // The header was really sent with the page and every file it loaded.
      assert.ok(server.log.slice(from).every((r) => r.path.startsWith('/csp/')), JSON.stringify(server.log.slice(from)));
    });

    test(`${ENGINE}: with the wasm blocked the emergency check is asked, then the guidance shows`, async () => {
      const from = server.log.length;
      await d.open(`${server.url}nowasm/demo-en.html`);
      await until(d, 'the notice that the checker could not start', (t) => {
        const n = document.querySelector('knee-triage')?.shadowRoot?.querySelector('.kt-early .kt-notice');
        return n && n.innerText.includes(t);
      }, [text('ui.early.failed')]);
      await click(d, 'button', text('ui.start.button'));
      await until(d, 'the emergency question', (t) => document.querySelector('knee-triage').shadowRoot.querySelector('h1')?.innerText.trim() === t, [text('question.emergency.title')]);
      await click(d, 'label', text('question.emergency.choice.none'));
      await click(d, 'button', text('ui.continue'));
      const guidance = await until(d, 'the guidance', () => document.querySelector('knee-triage').shadowRoot.querySelector('.kt-fallback')?.innerText);
      assert.ok(guidance.includes(text('fallback.failed')), guidance);
      await d.evaluate(() => document.querySelector('knee-triage').shadowRoot.querySelector('.kt-fallback').scrollIntoView({ block: 'start' }));
      await d.screenshot(`${OUT}${ENGINE}-nowasm-en-guidance.png`);
      // The only failure is the blocked download, and the only errors its reports.
      assert.deepEqual(server.failures(from).filter((f) => !/\.wasm$/.test(f)), []);
      assert.ok(server.failures(from).length >= 1, 'the wasm was asked for and refused');
      const rest = (await problems(from)).filter((e) => !/\.wasm|could not start|WebAssembly|wasm|Failed to load resource|HTTP 404/i.test(e));
      assert.deepEqual(rest, []);
    });

    test(`${ENGINE}: two instances on one page do not share answers`, async () => {
      const from = server.log.length;
      await d.open(`${server.url}two.html`);
      await ready(d, 0);
      await ready(d, 1);
      await click(d, 'button', text('ui.start.button'), 0);
      await click(d, 'label', text('question.emergency.choice.none'), 0);
      await click(d, 'button', text('ui.continue'), 0);
      await until(d, 'the second question in the first widget', (t) => document.querySelectorAll('knee-triage')[0].shadowRoot.querySelector('h1')?.innerText.trim() === t, [text('question.duration.title')]);
      assert.equal(await textOf(d, 'h1', 1), text('ui.start.title'));
      await click(d, 'button', text('ui.start.button'), 1);
      await until(d, 'the emergency question in the second widget', (t) => document.querySelectorAll('knee-triage')[1].shadowRoot.querySelector('h1')?.innerText.trim() === t, [text('question.emergency.title')]);
      const ticked = await d.evaluate(() => [...document.querySelectorAll('knee-triage')[1].shadowRoot.querySelectorAll('input')].filter((i) => i.checked).length);
      assert.equal(ticked, 0, 'the second widget starts with nothing ticked');
      assert.equal(await textOf(d, 'h1', 0), text('question.duration.title'), 'the first widget stays where it was');
      assert.deepEqual(await problems(from), []);
    });

    test(`${ENGINE}: a keyboard-only person completes V05`, async () => {
      const from = server.log.length;
      await d.open(`${server.url}demo-en.html`);
      await ready(d);
      const answers = vignette('V05');
      const focused = () =>
        d.evaluate(() => {
          const a = document.querySelector('knee-triage').shadowRoot.activeElement;
          return a ? { tag: a.tagName, text: a.innerText.replace(/\s+/g, ' ').trim(), type: a.type, value: a.value, checked: a.checked } : null;
        });
      const tabTo = async (match, what, limit = 60) => {
        for (let i = 0; i < limit; i++) {
          await d.press('Tab');
          const f = await focused();
          if (f && match(f)) return f;
        }
        assert.fail(`${ENGINE}: could not reach ${what} by Tab`);
      };
      await tabTo((f) => f.tag === 'BUTTON' && f.text === text('ui.start.button'), 'the start button');
      await d.press('Enter');
      let heading = text('ui.start.title');
      for (let step = 0; step < 30; step++) {
        const f = await until(d, 'focus on a new heading', (before) => {
          const a = document.querySelector('knee-triage').shadowRoot.activeElement;
          const t = a && a.tagName === 'H1' && a.innerText.replace(/\s+/g, ' ').trim();
          return t && t !== before ? { text: t } : null;
        }, [heading]);
        heading = f.text;
        if (heading === text('ui.check.title')) {
          await tabTo((x) => x.tag === 'BUTTON' && x.text === text('ui.check.submit'), 'the submit button');
          await d.press('Enter');
          continue;
        }
        if (heading === text('ui.result.title')) break;
        const q = [...EN.entries()].find(([k, v]) => /^question\.[a-z_]+\.title$/.test(k) && v === heading)[0].split('.')[1];
        const answer = answers[q];
        if (typeof answer === 'number') {
          await tabTo((x) => x.tag === 'INPUT' && x.type === 'text', 'the text box');
          await d.type(String(answer));
        } else if (Array.isArray(answer)) {
          for (const c of answer) {
            await tabTo((x) => x.tag === 'INPUT' && x.value === c, `the box ${c}`);
            await d.press('Space');
          }
        } else {
          // A radio group is one Tab stop; arrow keys move and select within it.
          await tabTo((x) => x.tag === 'INPUT' && x.type === 'radio', 'the radio group');
          for (let i = 0; i < 12 && (await focused()).value !== answer; i++) await d.press('ArrowDown');
          assert.equal((await focused()).value, answer);
          if (!(await focused()).checked) await d.press('Space');
        }
        await d.press('Enter');
      }
      assert.equal(heading, text('ui.result.title'));
      assert.equal(await careLevel(d), 'urgent');
      await d.screenshot(`${OUT}${ENGINE}-keyboard-en-V05.png`);
      assert.deepEqual(await problems(from), []);
    });
  });
}
