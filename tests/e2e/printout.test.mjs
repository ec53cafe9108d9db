// The printed summary as a doctor is handed it: Chromium prints the result
// page to an A4 PDF, poppler's pdftoppm turns each page into an image in
// test-results/print/ and pdftotext reads back what is on the paper. It
// must stand alone: one page, two at most; the emergency number; the level
// and why; the signs to get help sooner; the self-care given; every answer;
// and no code (S2, R4-weakness) that the page does not explain.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

import { useBrowser } from './harness.mjs';
import { demoPages, resultPage } from './screens.mjs';

const OUT = new URL('../../test-results/print/', import.meta.url).pathname;

const env = useBrowser(() => {
  mkdirSync(OUT, { recursive: true });
  return { pages: demoPages(['en', 'es']) };
});

/** Text as pdftotext gives it, with line breaks and hyphenation folded. */
const flat = (s) => s.replace(/\s+/g, ' ').trim();

for (const lang of ['en', 'es']) {
  for (const [id, level] of [['V01', 'self_care'], ['V03', 'routine'], ['V05', 'urgent'], ['V07', 'emergency']]) {
    test(`the ${level} printout (${id}, ${lang}) stands on its own on one or two A4 pages`, async () => {
      const { page, cat, w } = await resultPage(env.browser, env.server.url, lang, id, { width: 1280, height: 900 });
      const number = (await w.locator('.kt-banner .kt-tel').first().innerText()).trim();
      // What the screen says to watch for, to be found again on paper.
      const signs = await w.locator('.kt-watch-for li').allInnerTexts();
      const selfCare = await w.locator('.kt-remedy > h3').allTextContents();
      await page.emulateMedia({ media: 'print' });
      const base = `${OUT}${id}-${lang}`;
      writeFileSync(`${base}.pdf`, await page.pdf({ format: 'A4' }));
      const pages = Number(execFileSync('pdfinfo', [`${base}.pdf`], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1]);
      execFileSync('pdftoppm', ['-r', '70', '-png', `${base}.pdf`, base]);
      const paper = flat(execFileSync('pdftotext', [`${base}.pdf`, '-'], { encoding: 'utf8' }));
      await page.close();

      assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
      assert.ok(paper.includes(flat(cat.get('ui.print.emergency').replace('{emergency_number}', number))), `no emergency number ${number} on paper`);
      assert.ok(paper.includes(flat(cat.get(`level.${level}.title`).replace('{emergency_number}', number))), 'no level on paper');
      assert.ok(paper.includes(flat(cat.get('ui.result.why_title'))), 'no reasons on paper');
      // An emergency result has nothing more urgent to watch for.
      assert.ok(signs.length > 0 || level === 'emergency', 'the screen lists signs to get help sooner');
      for (const sign of signs) assert.ok(paper.includes(flat(sign)), `the sign "${sign}" is not on paper`);
      for (const title of selfCare) assert.ok(paper.includes(flat(title)), `the self-care "${title}" is not on paper`);
      assert.ok(paper.includes(flat(cat.get('ui.print.answers_title'))) && paper.includes(flat(cat.get('question.emergency.short'))), 'the answers are not on paper');
      // Every article code is explained by a line of the sources list, and
      // no rule, cause or remedy id reaches the paper.
      const codes = new Set(paper.match(/\b(S\d|T0)\b/g) || []);
      for (const code of codes) assert.ok(new RegExp(`${code}: \\S`).test(paper), `${code} is cited but not explained`);
      assert.deepEqual(paper.match(/\b(R\d+-[a-z-]+|C\d{1,2}|H\d{1,2}(-[a-z-]+)?|U\d)\b/g) || [], [], 'internal ids on paper');
    });
  }
}
