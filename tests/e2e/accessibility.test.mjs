// WCAG 2.2 AA in the browser: axe-core on every screen (inside the shadow
// root), in every language and both colour schemes, with a screenshot of
// each at 1280 and 390 px; keyboard-only use; reflow at 320 px; screenshots
// in forced colours and reduced motion.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync, readdirSync } from 'node:fs';

import { useBrowser } from './harness.mjs';
import { text, widget, ready, vignette } from './person.mjs';
import { axe, visitEveryScreen, catalogFor, demoPages } from './screens.mjs';

const OUT = new URL('../../test-results/', import.meta.url).pathname;
const SCREENS = `${OUT}screens/`;
// The languages, not the regional overlays (en-GB.txt ...), which hold only a few keys.
const LANGS = readdirSync(new URL('../../crates/knee-triage-core/src/knowledge/locales/', import.meta.url)).filter((f) => /^[a-z]{2,3}\.txt$/.test(f)).map((f) => f.replace('.txt', ''));

const env = useBrowser(() => {
  mkdirSync(SCREENS, { recursive: true });
  return { pages: demoPages(LANGS) };
});

for (const lang of LANGS) {
  for (const scheme of ['light', 'dark']) {
    test(`axe finds no WCAG 2.2 AA violation on any screen (${lang}, ${scheme})`, async () => {
      const cat = catalogFor(lang);
      const page = await env.browser.newPage({ locale: lang === 'es' ? 'es-ES' : 'en-US', colorScheme: scheme, viewport: { width: 1280, height: 720 } });
      const report = {};
      await visitEveryScreen(page, `${env.server.url}${lang}.html`, cat, async (name) => {
        report[name] = await axe(page);
        // Every screen as a reviewer would look at it, on a desktop and on
        // a phone, without running a browser: test-results/screens/.
        const file = name.replace(/[^a-z0-9]+/gi, '-');
        await page.screenshot({ path: `${SCREENS}${lang}-${scheme}-1280-${file}.png`, fullPage: true });
        await page.setViewportSize({ width: 390, height: 844 });
        await page.screenshot({ path: `${SCREENS}${lang}-${scheme}-390-${file}.png`, fullPage: true });
        await page.setViewportSize({ width: 1280, height: 720 });
      });
      writeFileSync(`${OUT}axe-${lang}-${scheme}.json`, JSON.stringify(report, null, 2));
      const failures = Object.entries(report).filter(([, r]) => r.violations.length);
      assert.ok(Object.keys(report).length >= 20, `only ${Object.keys(report).length} screens visited`);
      assert.deepEqual(failures, []);
      await page.close();
    });
  }
}

test('a keyboard-only person completes V05 and focus lands on each new heading', async () => {
  const page = await env.browser.newPage({ locale: 'en-US' });
  await page.goto(env.server.url);
  const w = widget(page);
  const answers = vignette('V05');
  const focused = () =>
    page.evaluate(() => {
      const a = document.querySelector('knee-triage').shadowRoot.activeElement;
      return a ? { tag: a.tagName, text: a.innerText.trim(), id: a.id, type: a.type, value: a.value } : null;
    });
  const tabTo = async (match, limit = 40) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (f && match(f)) return f;
    }
    throw new Error('could not reach the control by Tab');
  };
  await ready(w);
  await tabTo((f) => f.tag === 'BUTTON' && f.text.startsWith(text('ui.start.button')));
  await page.keyboard.press('Enter');
  for (let step = 0; step < 30; step++) {
    const f = await focused();
    assert.equal(f?.tag, 'H1', `after step ${step} focus is on ${JSON.stringify(f)}`);
    if (f.text === text('ui.check.title')) {
      await tabTo((x) => x.tag === 'BUTTON' && x.text === text('ui.check.submit'));
      await page.keyboard.press('Enter');
      continue;
    }
    if (f.text === text('ui.result.title')) break;
    const q = [...(await import('./person.mjs')).EN.entries()].find(([k, v]) => /^question\.[a-z_]+\.title$/.test(k) && v === f.text)[0].split('.')[1];
    const answer = answers[q];
    if (typeof answer === 'number') {
      await tabTo((x) => x.tag === 'INPUT' && x.type === 'text');
      await page.keyboard.type(String(answer));
    } else if (Array.isArray(answer)) {
      for (const c of answer) {
        await tabTo((x) => x.tag === 'INPUT' && x.value === c);
        await page.keyboard.press('Space');
      }
    } else {
      // A radio group is one Tab stop; arrow keys move and select within it.
      await tabTo((x) => x.tag === 'INPUT' && x.type === 'radio');
      for (let i = 0; i < 10 && (await focused()).value !== answer; i++) await page.keyboard.press('ArrowDown');
      assert.equal((await focused()).value, answer);
      // Tabbing into a group focuses its first radio without selecting it.
      await page.keyboard.press('Space');
    }
    await page.keyboard.press('Enter');
  }
  const card = w.locator('.kt-care-card--urgent');
  assert.equal(await card.count(), 1, 'V05 ends urgent');
  // Shift+Tab goes back through the page without trapping focus.
  await page.keyboard.press('Shift+Tab');
  assert.ok(await focused());
  await page.close();
});

test('at 320 px wide no screen scrolls sideways', async () => {
  const page = await env.browser.newPage({ locale: 'en-US', viewport: { width: 320, height: 640 } });
  const wide = [];
  await visitEveryScreen(page, env.server.url, catalogFor('en'), async (name) => {
    const sizes = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (sizes.scroll > sizes.client) wide.push(`${name}: ${sizes.scroll} > ${sizes.client}`);
  });
  assert.deepEqual(wide, []);
  await page.close();
});

test('forced colours and reduced motion: screenshots for review', async () => {
  for (const [name, media] of [['forced-colors', { forcedColors: 'active' }], ['reduced-motion', { reducedMotion: 'reduce' }]]) {
    const page = await env.browser.newPage({ locale: 'en-US', viewport: { width: 800, height: 1000 } });
    await page.emulateMedia(media);
    await visitEveryScreen(page, env.server.url, catalogFor('en'), async (screen) => {
      if (['start', 'error', 'check-answers', 'result urgent', 'result emergency', 'question emergency'].includes(screen)) {
        await page.screenshot({ path: `${OUT}${name}-${screen.replace(/ /g, '-')}.png`, fullPage: true });
      }
    });
    if (media.reducedMotion) {
      const moving = await page.evaluate(() => {
        const root = document.querySelector('knee-triage').shadowRoot;
        return [...root.querySelectorAll('*')].filter((e) => {
          const s = getComputedStyle(e);
          return parseFloat(s.transitionDuration) > 0 || s.animationName !== 'none';
        }).length;
      });
      assert.equal(moving, 0, 'nothing moves when reduced motion is asked for');
    }
    await page.close();
  }
});

test('axe looks inside the shadow root (a planted fault is found)', async () => {
  const page = await env.browser.newPage({ locale: 'en-US' });
  await page.goto(env.server.url);
  await ready(widget(page));
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('knee-triage').shadowRoot.querySelector('.kt-page').append(img);
  });
  const result = await axe(page);
  assert.ok(result.violations.some((v) => v.startsWith('image-alt')), result.violations.join('\n'));
  await page.close();
});

test('the result prints as a clinician summary: level in words, answers, nothing to click', async () => {
  const page = await env.browser.newPage({ locale: 'en-US', viewport: { width: 800, height: 1000 } });
  await page.goto(env.server.url);
  const answers = vignette('V05');
  const { answerAll } = await import('./person.mjs');
  await answerAll(page, answers);
  await page.emulateMedia({ media: 'print' });
  const w = widget(page);
  for (const selector of ['button', '.kt-back-link']) {
    const shown = await w.locator(selector).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
    assert.equal(shown, 0, `${selector} is hidden in print`);
  }
  const summary = w.locator('.kt-print-summary');
  assert.ok(await summary.isVisible(), 'the summary prints');
  assert.ok(!(await w.locator('.kt-care-card').isVisible()), 'the screen version does not');
  const printed = await summary.innerText();
  for (const expected of [text('level.urgent.prefix'), text('level.urgent.title'), text('ui.print.answers_title'), text('rule.R4-weakness.why'), text('question.duration.short')]) {
    assert.ok(printed.includes(expected), `the summary lacks ${expected}`);
  }
  // Rare causes print apart, under the same calm note as on screen, and an
  // urgent result is not told that twitching goes away on its own.
  const rare = printed.indexOf(text('cause.C12.name'));
  const note = printed.indexOf(text('ui.result.rare_intro'));
  assert.ok(note >= 0 && rare > note && printed.includes(text('ui.result.rare_title')), printed);
  assert.ok(!printed.includes(text('ui.result.no_causes')), 'reassurance in an urgent summary');
  await page.screenshot({ path: `${OUT}print-result-urgent.png`, fullPage: true });
  await page.close();
});

/** A result page where storage is allowed: it has the erase button. */
async function resultWithStorage(options) {
  const page = await env.browser.newPage({ locale: 'en-US', ...options });
  await page.goto(`${env.server.url}storage.html`);
  const { answerAll } = await import('./person.mjs');
  await answerAll(page, vignette('V01'));
  await widget(page).locator('.kt-button--warning').waitFor();
  return page;
}

/**
 * The contrast of an element's text with what is drawn behind it: its
 * background colour, under any flat shade in background-image (the hover
 * shade), over its ancestors' backgrounds where it is see-through.
 */
function contrast(locator) {
  return locator.evaluate((el) => {
    const rgba = (c) => {
      const m = c.match(/rgba?\(([^)]*)\)/);
      if (!m) throw new Error(`unreadable colour ${c}`);
      const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const over = (top, bottom) => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    });
    const layers = (node) => {
      const s = getComputedStyle(node);
      const shades = s.backgroundImage === 'none' ? [] : s.backgroundImage.match(/rgba?\([^)]*\)/g) || [];
      if (s.backgroundImage !== 'none' && new Set(shades).size !== 1) throw new Error(`cannot judge ${s.backgroundImage}`);
      return [...shades.slice(0, 1).map(rgba), rgba(s.backgroundColor)];
    };
    const stack = [];
    for (let node = el; node; node = node.parentElement || node.getRootNode().host) stack.push(...layers(node));
    let background = { r: 255, g: 255, b: 255, a: 1 };
    for (const layer of stack.reverse()) background = over(layer, background);
    const text = over(rgba(getComputedStyle(el).color), background);
    const luminance = ({ r, g, b }) => {
      const lin = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const [hi, lo] = [luminance(text), luminance(background)].sort((a, b) => b - a);
    return (hi + 0.05) / (lo + 0.05);
  });
}

for (const [name, options, media] of [
  ['light', { colorScheme: 'light' }, {}],
  ['dark', { colorScheme: 'dark' }, {}],
  ['forced colours, light', { colorScheme: 'light' }, { forcedColors: 'active' }],
  ['forced colours, dark', { colorScheme: 'dark' }, { forcedColors: 'active' }],
]) {
  test(`the erase button's text has 4.5:1 contrast when still, hovered, focused and pressed (${name})`, async () => {
    const page = await resultWithStorage(options);
    await page.emulateMedia(media);
    const w = widget(page);
    const erase = w.locator('.kt-button--warning');
    const is = (state) => erase.evaluate((el, s) => el.matches(s), state);
    const ratios = {};
    await page.mouse.move(0, 0);
    ratios.still = await contrast(erase);
    if (media.forcedColors) {
      // The person's own colours, as on every other button.
      const colours = (button) => button.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
      assert.deepEqual(await colours(erase), await colours(w.locator('.kt-button--secondary').first()));
    }
    await erase.hover();
    assert.ok(await is(':hover'));
    ratios.hovered = await contrast(erase);
    await page.mouse.down();
    assert.ok(await is(':active'));
    ratios['pressed with a mouse'] = await contrast(erase);
    // Released away from the button, so nothing is erased.
    await page.mouse.move(0, 0);
    await page.mouse.up();
    await w.locator('#kt-remember').focus();
    await page.keyboard.press('Tab');
    assert.ok(await is(':focus-visible'));
    ratios.focused = await contrast(erase);
    await page.keyboard.down('Space');
    assert.ok(await is(':active'));
    ratios['pressed with the keyboard'] = await contrast(erase);
    await page.keyboard.up('Space');
    const low = Object.entries(ratios).filter(([, r]) => !(r >= 4.5)).map(([state, r]) => `${state}: ${r.toFixed(2)}:1`);
    assert.deepEqual(low, [], JSON.stringify(ratios));
    await page.close();
  });
}

test('the empty status region stays in the accessibility tree, takes no space, and gets its message in place', async () => {
  const page = await resultWithStorage({});
  const w = widget(page);
  const notice = w.locator('.kt-notice');
  const cdp = await page.context().newCDPSession(page);
  const statusRegions = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes.filter((n) => n.role?.value === 'status' && !n.ignored).length;
  assert.equal(await notice.count(), 1);
  assert.equal(await w.getByRole('status').count(), 1, 'the empty region is not hidden from assistive technology');
  assert.equal(await statusRegions(), 1, 'the accessibility tree has the status region');
  const box = await notice.evaluate((el) => {
    const s = getComputedStyle(el);
    el.dataset.testMark = 'same element';
    return { height: el.getBoundingClientRect().height, edges: [s.marginTop, s.marginBottom, s.paddingTop, s.paddingBottom, s.borderTopWidth, s.borderBottomWidth, s.borderLeftWidth] };
  });
  assert.deepEqual(box, { height: 0, edges: ['0px', '0px', '0px', '0px', '0px', '0px', '0px'] }, 'the empty region takes no space');
  await w.locator('.kt-button--warning').click();
  await notice.getByText(text('ui.notice.erased')).waitFor();
  assert.equal(await notice.getAttribute('data-test-mark'), 'same element', 'the message goes into the region that was already there');
  assert.ok((await notice.boundingBox()).height > 0);
  await page.close();
});
