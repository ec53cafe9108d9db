// The result page as a worried person reads it on a phone (390 x 844): what
// to do, why and when to get help sooner come first, within two screens,
// and every "below" points at something that really is below.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';

import { useBrowser } from './harness.mjs';
import { widget, EN, earlyToGuidance } from './person.mjs';
import { demoPages, resultPage } from './screens.mjs';

const PHONE = { width: 390, height: 844 };
const CASES = [['V01', 'self_care'], ['V03', 'routine'], ['V05', 'urgent'], ['V07', 'emergency']];

// Each catalog text that says "below", and what must follow it where it is
// shown. A new text with "below" fails the first test until it is listed.
const BELOW = {
  'level.self_care.action': ['.kt-self-care', '.kt-watch-for'],
  'ui.result.rare_intro': ['.kt-list--rare'],
  'fallback.failed': ['.kt-fallback ul'],
  'fallback.crashed': ['.kt-fallback ul'],
};

const env = useBrowser(() => ({ pages: demoPages(['en', 'es']) }));

const resultOn = (lang, id) => resultPage(env.browser, env.server.url, lang, id, PHONE);

/** Where an element starts, in pixels from the top of the page. */
const top = (locator) => locator.first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

test('every text that says "below" is listed with what must follow it', () => {
  const saying = [...EN.entries()].filter(([, v]) => /\bbelow\b/i.test(v)).map(([k]) => k).sort();
  assert.deepEqual(saying, Object.keys(BELOW).sort());
});

for (const lang of ['en', 'es']) {
  for (const [id, level] of CASES) {
    test(`on a phone, a ${level} result (${id}, ${lang}) shows what to do, why and when to get help sooner in its first two screens`, async () => {
      const { page, w } = await resultOn(lang, id);
      await page.evaluate(() => window.scrollTo(0, 0));
      const care = await top(w.locator(`.kt-care-card--${level}`));
      const why = await top(w.locator('#kt-why-title'));
      const limit = 2 * PHONE.height;
      assert.ok(care < why && why < limit, `care card at ${care} px, why at ${why} px (two screens: ${limit})`);
      if (level === 'emergency') {
        // Nothing is more urgent than calling now, so there is no list.
        assert.equal(await w.locator('#kt-watch-title').count(), 0);
        await page.close();
        return;
      }
      const sooner = await top(w.locator('#kt-watch-title'));
      assert.ok(why < sooner, `order: why ${why}, get help sooner ${sooner}`);
      assert.ok(sooner < limit, `"get help sooner" starts at ${sooner} px, past ${limit}`);
      const causes = await top(w.locator('#kt-causes-title'));
      assert.ok(sooner < causes, 'the causes come after "get help sooner"');
      await page.close();
    });

    test(`every "below" on a ${level} result (${id}, ${lang}), on screen and in print, names something that is below it`, async () => {
      const { page, cat, w } = await resultOn(lang, id);
      for (const media of ['screen', 'print']) {
        await page.emulateMedia({ media });
        const scope = media === 'print' ? w.locator('.kt-print-summary') : w.locator('.kt-page');
        for (const [key, targets] of Object.entries(BELOW)) {
          const words = cat.get(key).split('{emergency_number}')[0].trim();
          const holders = scope.locator('p', { hasText: words });
          for (let i = 0; i < (await holders.count()); i++) {
            if (!(await holders.nth(i).isVisible())) continue;
            for (const target of targets) {
              // In print the self-care prints as a list of titles and the
              // signs as lists under their own heading, after the text.
              const selector = media === 'print' ? { '.kt-self-care': '.kt-print-summary__self-care', '.kt-watch-for': '.kt-print-summary__watch' }[target] || target : target;
              const below = await holders.nth(i).evaluate((el, sel) => {
                const root = el.getRootNode();
                return [...root.querySelectorAll(sel)].some((t) => el.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
              }, selector);
              assert.ok(below, `${media}: "${words}" (${key}) has no ${selector} below it`);
            }
          }
        }
      }
      await page.close();
    });
  }
}

test('the guidance shown when the checker cannot start has its advice below its notice', async () => {
  const page = await env.browser.newPage({ locale: 'en-US', viewport: PHONE });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(env.server.url);
  await earlyToGuidance(widget(page));
  const notice = widget(page).locator('.kt-fallback__notice');
  const below = await notice.evaluate((el) => [...el.getRootNode().querySelectorAll('.kt-fallback ul')].some((t) => el.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING));
  assert.ok(below, 'the advice follows the notice');
  await page.close();
});
