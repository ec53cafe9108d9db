// Embedding: the clinic example, a strict CSP, a sub-path, two instances,
// hostile attributes and styles, the standalone file and the fallbacks.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';

import { useBrowser, serve, recordRequests, collectErrors, holdWasm, DIST, hostPage, STRICT_CSP } from './harness.mjs';
import { answerAll, catalog, earlyToGuidance, text, widget, ready, vignette } from './person.mjs';

const page = (body, head = '') => hostPage(body, { head });

const env = useBrowser({ server: false });

async function newPage(options = {}) {
  const context = await env.browser.newContext({ locale: 'en-US', ...options });
  const p = await context.newPage();
  await p.addInitScript(() => {
    window.__events = [];
    window.__violations = [];
    document.addEventListener('knee-triage-result', (e) => window.__events.push(e.detail));
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return p;
}

/**
 * A new page (`newPage`'s options) opened at `path` on a server of its own
 * (`serve`'s options); `close()` closes both.
 */
async function openOn(serveOptions, path, pageOptions) {
  const server = await serve(serveOptions);
  const p = await newPage(pageOptions);
  await p.goto(server.url + path);
  return {
    p,
    close: async () => {
      await p.context().close();
      await server.close();
    },
  };
}

const TWO = { pages: { 'two.html': page('<knee-triage></knee-triage><knee-triage></knee-triage>') } };

async function careLevel(p, index = 0) {
  const card = widget(p, index).locator('.kt-care-card');
  await card.waitFor();
  return (await card.getAttribute('class')).match(/kt-care-card--(\w+)/)[1];
}

async function clinicRun(server, path, id, expected) {
  const p = await newPage();
  const errors = collectErrors(p);
  await p.goto(server.url + path);
  await answerAll(p, vignette(id));
  assert.equal(await careLevel(p), expected);
  return { p, errors };
}

test('the clinic page completes a run and hears the result level only', async () => {
  const server = await serve();
  const { p, errors } = await clinicRun(server, 'examples/clinic.html', 'V12', 'routine');
  assert.deepEqual(await p.evaluate(() => window.__events), [{ level: 'routine' }]);
  assert.ok(await p.locator('#clinic-booking').isVisible(), "the clinic's own booking button appears");
  const card = await widget(p).locator('.kt-clinic').innerText();
  assert.ok(card.includes('Riverside Family Clinic') && card.includes('+1 555 0100'), card);
  assert.deepEqual(errors, []);
  await p.context().close();
  await server.close();
});

test('under a strict Content-Security-Policy it works with no violation', async () => {
  const server = await serve({ headers: { 'content-security-policy': STRICT_CSP } });
  const { p, errors } = await clinicRun(server, 'examples/clinic.html', 'V05', 'urgent');
  assert.deepEqual(await p.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await p.context().close();
  await server.close();
});

test('served under a sub-path it finds its files next to the loader', async () => {
  const server = await serve({ prefix: '/some/dir/' });
  const { p, errors } = await clinicRun(server, 'examples/clinic.html', 'V01', 'self_care');
  assert.deepEqual(errors, []);
  await p.context().close();
  await server.close();
});

test('two instances on one page do not share answers', async () => {
  const { p, close } = await openOn(TWO, 'two.html');
  const [first, second] = [widget(p, 0), widget(p, 1)];
  await first.getByRole('button', { name: text('ui.start.button') }).click();
  await first.getByLabel(text('question.emergency.choice.none'), { exact: true }).check();
  await first.getByRole('button', { name: text('ui.continue') }).click();
  assert.equal(await first.locator('h1').innerText(), text('question.duration.title'));
  assert.equal(await second.locator('h1').innerText(), text('ui.start.title'));
  await second.getByRole('button', { name: text('ui.start.button') }).click();
  assert.equal(await second.locator('h1').innerText(), text('question.emergency.title'));
  assert.equal(await second.getByLabel(text('question.emergency.choice.none'), { exact: true }).isChecked(), false);
  await close();
});

test('the standalone file works from file:// with no network at all', async () => {
  const p = await newPage({ locale: 'en-GB' });
  const requests = recordRequests(p);
  const errors = collectErrors(p);
  const url = `file://${DIST}/knee-triage-standalone.html`;
  await p.goto(url);
  await answerAll(p, vignette('V01'));
  assert.equal(await careLevel(p), 'self_care');
  assert.ok((await widget(p).locator('.kt-banner').innerText()).includes('999'), 'en-GB gets 999');
  assert.deepEqual(requests.map((r) => r.url), [url]);
  assert.deepEqual(errors, []);
  await p.context().close();
});

test('with JavaScript off the static guidance is visible', async () => {
  const { p, close } = await openOn({}, 'examples/clinic.html', { javaScriptEnabled: false });
  const shown = await p.locator('knee-triage').innerText();
  assert.ok(shown.includes(text('fallback.title')), shown);
  assert.ok(shown.includes('Call 911'), 'the clinic number is in the guidance');
  assert.ok(shown.includes(text('rule.R4-weakness.watch')));
  await close();
});

test('after a crash every widget shows the guidance and an apology', async () => {
  const { p, close } = await openOn(TWO, 'two.html');
  await ready(widget(p, 1));
  await p.evaluate(() => window.dispatchEvent(new Event('knee-triage-crash')));
  for (const i of [0, 1]) {
    await widget(p, i).getByText(text('fallback.crashed')).waitFor();
    assert.equal(await widget(p, i).locator('.kt-widget').count(), 0);
  }
  // Taken off and put back later, an element does not try the broken checker again.
  await p.evaluate(() => {
    window.__removed = document.querySelector('knee-triage');
    window.__removed.remove();
  });
  await p.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  await p.evaluate(() => document.body.append(window.__removed));
  await widget(p, 1).getByText(text('fallback.crashed')).waitFor();
  await p.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  assert.equal(await widget(p, 1).locator('.kt-widget').count(), 0);
  await close();
});

test('attributes holding markup are shown as plain text, never run', async () => {
  const evil = '&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;';
  const body = `<knee-triage clinic-name="${evil}" clinic-phone="${evil}" booking-url="javascript:window.__pwned=2" lang="${evil}" emergency-number="${evil}"></knee-triage>`;
  const server = await serve({ pages: { 'evil.html': page(body) } });
  const p = await newPage();
  const warnings = [];
  p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await p.goto(server.url + 'evil.html');
  await answerAll(p, vignette('V12'));
  const card = await widget(p).locator('.kt-clinic').innerText();
  assert.ok(card.includes('<img src=x onerror="window.__pwned=1">'), card);
  assert.equal(await widget(p).locator('img').count(), 0);
  assert.equal(await widget(p).locator('a[href^="javascript"]').count(), 0);
  assert.equal(await p.evaluate(() => window.__pwned), undefined);
  assert.ok((await widget(p).locator('.kt-banner').innerText()).includes('911'), 'a bad number falls back to the local one');
  assert.ok(warnings.some((w) => w.includes('booking-url')), warnings.join('\n'));
  await p.context().close();
  await server.close();
});

test('aggressive host-page styles do not change the widget', async () => {
  const hostile = `<style>
    button, h1, h2, p, input, label, li, ul, div, span, a, fieldset, legend {
      display: none !important; visibility: hidden !important; color: red !important;
      font-size: 4px !important; margin: 80px !important; padding: 0 !important; border: 9px solid red !important;
    }
  </style>`;
  const server = await serve({ pages: { 'plain.html': page('<knee-triage></knee-triage>'), 'hostile.html': page('<knee-triage></knee-triage>', hostile) } });
  const measure = async (path) => {
    const p = await newPage({ viewport: { width: 800, height: 1200 } });
    await p.goto(server.url + path);
    await ready(widget(p));
    const start = widget(p).getByRole('button', { name: text('ui.start.button') });
    const boxes = {};
    for (const selector of ['h1', '.kt-button--start', '.kt-banner', '.kt-warning li']) {
      const el = widget(p).locator(selector).first();
      boxes[selector] = { visible: await el.isVisible(), box: await el.boundingBox(), color: await el.evaluate((e) => getComputedStyle(e).color) };
    }
    await start.click();
    const input = widget(p).locator('input').first();
    boxes.input = { visible: await input.isVisible(), box: await input.boundingBox() };
    await p.context().close();
    return boxes;
  };
  const plain = await measure('plain.html');
  const hostile_ = await measure('hostile.html');
  assert.deepEqual(hostile_, plain);
  for (const [selector, m] of Object.entries(plain)) assert.ok(m.visible, `${selector} is visible`);
  await server.close();
});

test('attribute changes after load apply without losing answers', async () => {
  const { p, close } = await openOn({ pages: { 'one.html': page('<knee-triage emergency-number="911"></knee-triage>') } }, 'one.html');
  const w = widget(p);
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  await w.getByLabel(text('question.emergency.choice.none'), { exact: true }).check();
  await p.evaluate(() => document.querySelector('knee-triage').setAttribute('emergency-number', '999'));
  await w.locator('.kt-banner').getByText('999').waitFor();
  assert.ok(await w.getByLabel(text('question.emergency.choice.none'), { exact: true }).isChecked());
  await close();
});

test('lang with spaces around it gives the same language and number before, during and after loading', async () => {
  const ES = catalog(new URL('../../crates/knee-triage-core/src/knowledge/locales/es.txt', import.meta.url));
  // Chile's number: not the browser's (en-US, 911), so it must come from lang.
  const server = await serve({ pages: { 'spaced.html': page('<knee-triage lang=" es-CL "></knee-triage>') } });
  const p = await newPage();
  const release = await holdWasm(p);
  await p.goto(server.url + 'spaced.html');
  const w = widget(p);
  const early = w.locator('.kt-early');
  await early.waitFor();
  assert.equal(await early.getAttribute('lang'), 'es', 'the early start page is in Spanish');
  assert.equal((await early.locator('h1').innerText()).trim(), text('ui.start.title', ES));
  assert.ok((await early.locator('.kt-banner').innerText()).includes('131'));
  release();
  await ready(w);
  const live = w.locator('.kt-widget');
  assert.equal(await live.getAttribute('lang'), 'es', 'the checker is in Spanish');
  assert.ok((await live.locator('.kt-banner').innerText()).includes('131'), 'the checker uses the number of the region in lang');
  await p.unroute('**/*.wasm');
  // The guidance shown when the checker cannot start reads the attribute the same way.
  await p.route('**/*.wasm', (route) => route.abort());
  await p.goto(server.url + 'spaced.html');
  const fallback = await earlyToGuidance(w, ES);
  assert.equal(await fallback.getAttribute('lang'), 'es');
  assert.ok((await fallback.innerText()).includes('131'));
  await p.context().close();
  await server.close();
});

/** A page with one element in #home and an empty #elsewhere to move it to. */
const movingPage = () => page('<div id="home"><knee-triage></knee-triage></div><div id="elsewhere"></div>');

/** Opens the moving page and answers the first question, so there is a place to keep. */
async function onSecondQuestion() {
  const server = await serve({ pages: { 'move.html': movingPage() } });
  const p = await newPage();
  const errors = collectErrors(p);
  await p.goto(server.url + 'move.html');
  const w = widget(p);
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  await w.getByLabel(text('question.emergency.choice.none'), { exact: true }).check();
  await w.getByRole('button', { name: text('ui.continue') }).click();
  await w.locator('h1', { hasText: text('question.duration.title') }).waitFor();
  return { server, p, errors, w };
}

/** Waits longer than the loader waits before treating a removal as final. */
const afterRemoval = (p) => p.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));

test('moved within the page, the checker keeps the person\'s place', async () => {
  const { server, p, errors, w } = await onSecondQuestion();
  await w.getByLabel(text('question.duration.choice.days_4_7'), { exact: true }).check();
  // Taken off and put back in the same task: at once, and after an await.
  await p.evaluate(() => document.querySelector('#elsewhere').append(document.querySelector('knee-triage')));
  await p.evaluate(async () => {
    const el = document.querySelector('knee-triage');
    el.remove();
    await Promise.resolve();
    document.querySelector('#home').append(el);
  });
  await afterRemoval(p);
  assert.equal((await w.locator('h1').innerText()).trim(), text('question.duration.title'));
  assert.ok(await w.getByLabel(text('question.duration.choice.days_4_7'), { exact: true }).isChecked(), 'the answer is kept');
  await w.getByRole('button', { name: text('ui.continue') }).click();
  await w.locator('h1').filter({ hasNotText: text('question.duration.title') }).waitFor();
  assert.equal(await w.locator('.kt-widget').count(), 1);
  assert.deepEqual(errors, []);
  await p.context().close();
  await server.close();
});

test('taken off the page, the checker is unmounted; put back, it starts again', async () => {
  const { server, p, errors, w } = await onSecondQuestion();
  await p.evaluate(() => {
    window.__removed = document.querySelector('knee-triage');
    window.__removed.remove();
  });
  await afterRemoval(p);
  const left = await p.evaluate(() => window.__removed.shadowRoot.querySelectorAll('.kt-widget, .kt-fallback').length);
  assert.equal(left, 0, 'nothing of the checker is left running off the page');
  await p.evaluate(() => document.querySelector('#elsewhere').append(window.__removed));
  await ready(w);
  assert.equal((await w.locator('h1').innerText()).trim(), text('ui.start.title'), 'it starts again at the start page');
  assert.equal(await w.locator('.kt-widget').count(), 1, 'one checker, not two');
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  await w.locator('h1', { hasText: text('question.emergency.title') }).waitFor();
  assert.equal(await w.getByLabel(text('question.emergency.choice.none'), { exact: true }).isChecked(), false, 'no answer from before');
  assert.deepEqual(errors, []);
  await p.context().close();
  await server.close();
});

test('taken off while the checker is still loading, it does not start off the page, and starts when put back', async () => {
  const server = await serve({ pages: { 'move.html': movingPage() } });
  const p = await newPage();
  const errors = collectErrors(p);
  const release = await holdWasm(p);
  await p.goto(server.url + 'move.html');
  const w = widget(p);
  await w.locator('.kt-early h1').waitFor();
  await p.evaluate(() => {
    window.__removed = document.querySelector('knee-triage');
    window.__removed.remove();
  });
  await afterRemoval(p);
  release();
  // Another element shows when the checker is ready; the removed one must not start.
  await p.evaluate(() => document.querySelector('#elsewhere').append(document.createElement('knee-triage')));
  await ready(w);
  await afterRemoval(p);
  assert.equal(await p.evaluate(() => window.__removed.shadowRoot.querySelectorAll('.kt-widget').length), 0);
  await p.evaluate(() => document.querySelector('#home').append(window.__removed));
  await ready(widget(p, 0));
  assert.equal(await widget(p, 0).locator('.kt-widget').count(), 1);
  assert.deepEqual(errors, []);
  await p.context().close();
  await server.close();
});

test('an element taken off the page is not kept in memory', async () => {
  const { p, close } = await openOn({ pages: { 'move.html': movingPage() } }, 'move.html');
  const w = widget(p);
  await ready(w);
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  await w.locator('h1', { hasText: text('question.emergency.title') }).waitFor();
  await p.evaluate(() => {
    const el = document.querySelector('knee-triage');
    window.__weak = new WeakRef(el);
    el.remove();
  });
  await afterRemoval(p);
  const cdp = await p.context().newCDPSession(p);
  let kept = true;
  for (let i = 0; i < 10 && kept; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    // A WeakRef holds its target until the task that read it is over.
    kept = await p.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(window.__weak.deref() !== undefined))));
  }
  assert.equal(kept, false, 'the removed element is still referenced');
  await close();
});
