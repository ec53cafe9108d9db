// One language downloaded (issue 15): the wasm holds no text; a visitor
// fetches the file of the language shown, core/text/<tag>.txt beside the
// wasm, and another only when they pick it. A file that fails or comes
// from another build leaves the guidance, never the wrong words; the
// standalone file has every language inline.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { useBrowser, serve, recordRequests, collectErrors, holdWasm, DIST, hostPage, STRICT_CSP } from './harness.mjs';
import { answerAll, earlyToGuidance, text, widget, ready, vignette } from './person.mjs';
import { catalogFor } from './screens.mjs';

const ES = catalogFor('es');
const EN_FILE = readFileSync(join(DIST, 'core/text/en.txt'), 'utf8');

const env = useBrowser({
  pages: {
    'plain.html': hostPage('<knee-triage></knee-triage>'),
    'en.html': hostPage('<knee-triage lang="en"></knee-triage>'),
  },
});

async function open(path, { locale = 'en-US', before } = {}) {
  const context = await env.browser.newContext({ locale, acceptDownloads: true });
  const p = await context.newPage();
  const requests = recordRequests(p);
  const errors = collectErrors(p);
  if (before) await before(p);
  await p.goto(env.server.url + path);
  return { p, requests, errors, close: () => context.close() };
}

/** The language files a page asked for, as paths below the server's root. */
const textRequests = (requests, base = env.server.url) =>
  requests.map((r) => r.url).filter((u) => u.includes('/core/text/')).map((u) => u.slice(base.length));

const spanishStart = (w) => w.locator('h1').getByText(text('ui.start.title', ES)).waitFor();

test('an English visitor downloads the English text only, beside the wasm and alongside it', async () => {
  const { p, requests, errors, close } = await open('plain.html');
  await ready(widget(p));
  assert.equal(await widget(p).locator('h1').innerText(), text('ui.start.title'));
  assert.deepEqual(textRequests(requests), ['core/text/en.txt']);
  const at = (end) => requests.find((r) => r.url.endsWith(end)).at;
  assert.ok(at('/core/text/en.txt') <= at('/core/knee-triage_bg.wasm'), 'the text is asked for no later than the wasm');
  assert.deepEqual(errors, []);
  await close();
});

test('a Spanish visitor downloads the Spanish text only', async () => {
  const { p, requests, errors, close } = await open('plain.html', { locale: 'es-ES' });
  await ready(widget(p));
  await spanishStart(widget(p));
  assert.deepEqual(textRequests(requests), ['core/text/es.txt']);
  assert.deepEqual(errors, []);
  await close();
});

test('switching to Spanish in the checker fetches the Spanish text from the same place', async () => {
  const { p, requests, errors, close } = await open('plain.html');
  const w = widget(p);
  await ready(w);
  await w.getByRole('button', { name: 'Español' }).click();
  await spanishStart(w);
  assert.equal(await w.locator('.kt-widget').getAttribute('lang'), 'es');
  assert.deepEqual(textRequests(requests), ['core/text/en.txt', 'core/text/es.txt']);
  // Back to English: already here, nothing more is fetched.
  await w.getByRole('button', { name: 'English' }).click();
  await w.locator('h1').getByText(text('ui.start.title')).waitFor();
  assert.equal(textRequests(requests).length, 2);
  assert.deepEqual(errors, []);
  await close();
});

test('a language that cannot be fetched is not shown: the person is told, and can try again', async () => {
  const { p, requests, errors, close } = await open('plain.html', {
    before: (page) => page.route('**/core/text/es.txt', (route) => route.abort()),
  });
  const w = widget(p);
  await ready(w);
  await w.getByRole('button', { name: 'Español' }).click();
  const notice = text('ui.notice.language_unavailable').replace('{language}', 'Español');
  await w.locator('.kt-notice').getByText(notice).waitFor();
  assert.equal(await w.locator('h1').innerText(), text('ui.start.title'), 'still in English');
  assert.equal(await w.locator('.kt-widget').getAttribute('lang'), 'en');
  assert.ok(errors.some((e) => e.includes('knee-triage: the text of es could not be loaded')), errors.join('\n'));
  await p.unroute('**/core/text/es.txt');
  await w.getByRole('button', { name: 'Español' }).click();
  await spanishStart(w);
  assert.equal(await w.locator('.kt-notice').innerText(), '', 'the notice about English is gone');
  assert.equal(textRequests(requests).filter((u) => u.endsWith('es.txt')).length, 2);
  await close();
});

test('when the text file cannot load, the emergency check still works and then the guidance says so', async () => {
  const { p, errors, close } = await open('plain.html', {
    before: (page) => page.route('**/core/text/en.txt', (route) => route.abort()),
  });
  const fallback = await earlyToGuidance(widget(p));
  assert.ok((await fallback.innerText()).includes(text('rule.R5-balance.watch')));
  assert.equal(await widget(p).locator('.kt-widget:not(.kt-early)').count(), 0, 'no checker without its words');
  assert.ok(errors.some((e) => e.includes('could not start')), errors.join('\n'));
  await close();
});

test('a text file from another build is refused, with the guidance', async () => {
  // The same lines under another build's fingerprint: read by position,
  // they could sit under the wrong keys.
  const other = EN_FILE.replace(/^(knee-triage-text 1 en )([0-9a-f]{16})/, (_, start, hex) => start + (hex[0] === '0' ? '1' : '0') + hex.slice(1));
  assert.notEqual(other, EN_FILE);
  const { p, errors, close } = await open('plain.html', {
    before: (page) => page.route('**/core/text/en.txt', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: other })),
  });
  await earlyToGuidance(widget(p));
  assert.ok(errors.some((e) => e.includes('another build')), errors.join('\n'));
  await close();
});

test('a language picked on the early start page is fetched then, and shown by the checker', async () => {
  let release;
  const { p, requests, errors, close } = await open('plain.html', {
    before: async (page) => {
      release = await holdWasm(page);
    },
  });
  const w = widget(p);
  await w.locator('.kt-early h1').waitFor();
  const asked = p.waitForRequest((r) => r.url().endsWith('/core/text/es.txt'));
  await w.getByRole('button', { name: 'Español' }).click();
  await w.locator('.kt-early h1').getByText(text('ui.start.title', ES)).waitFor();
  await asked; // while the wasm is still held back
  release();
  await ready(w);
  await spanishStart(w);
  assert.deepEqual(textRequests(requests), ['core/text/en.txt', 'core/text/es.txt']);
  assert.deepEqual(errors, []);
  await close();
});

test('an early pick of Spanish, then "Start now", opens the first question in Spanish', async () => {
  let release;
  const { p, requests, errors, close } = await open('plain.html', {
    before: async (page) => {
      release = await holdWasm(page);
    },
  });
  const w = widget(p);
  await w.getByRole('button', { name: 'Español' }).click();
  await w.getByRole('button', { name: text('ui.start.button', ES) }).click();
  release();
  await w.locator('h1', { hasText: text('question.emergency.title', ES) }).waitFor();
  assert.ok(textRequests(requests).includes('core/text/es.txt'));
  assert.deepEqual(errors, []);
  await close();
});

test('a page that changes lang to Spanish gets the Spanish text fetched, then shown', async () => {
  const { p, requests, errors, close } = await open('en.html');
  const w = widget(p);
  await ready(w);
  await p.evaluate(() => document.querySelector('knee-triage').setAttribute('lang', 'es'));
  await spanishStart(w);
  assert.deepEqual(textRequests(requests), ['core/text/en.txt', 'core/text/es.txt']);
  assert.deepEqual(errors, []);
  await close();
});

test('a Spanish visitor\'s FHIR export is in English: the English text is fetched for it', async () => {
  const { p, requests, errors, close } = await open('plain.html', { locale: 'es-ES' });
  const w = widget(p);
  await answerAll(p, vignette('V01'), { cat: ES });
  assert.deepEqual(textRequests(requests), ['core/text/es.txt']);
  const [file] = await Promise.all([p.waitForEvent('download'), w.getByRole('button', { name: text('ui.records.download_fhir', ES) }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'knee-triage-')), file.suggestedFilename());
  await file.saveAs(path);
  const fhir = JSON.parse(readFileSync(path, 'utf8'));
  const displays = JSON.stringify(fhir);
  assert.ok(displays.includes(JSON.stringify(text('question.duration.title'))), 'English question titles');
  assert.ok(!displays.includes(JSON.stringify(text('question.duration.title', ES))), 'no Spanish title');
  assert.deepEqual(textRequests(requests), ['core/text/es.txt', 'core/text/en.txt']);
  assert.equal(await w.locator('.kt-widget').getAttribute('lang'), 'es', 'the checker stays in Spanish');
  assert.deepEqual(errors, []);
  await close();
});

test('under the strict policy and a sub-path, the text files come from beside the loader', async () => {
  const server = await serve({ prefix: '/some/dir/', headers: { 'content-security-policy': STRICT_CSP } });
  const context = await env.browser.newContext({ locale: 'en-US' });
  const p = await context.newPage();
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const requests = recordRequests(p);
  const errors = collectErrors(p);
  await p.goto(`${server.url}examples/clinic.html`);
  const w = widget(p);
  await ready(w);
  await w.getByRole('button', { name: 'Español' }).click();
  await spanishStart(w);
  assert.deepEqual(textRequests(requests, server.url), ['core/text/en.txt', 'core/text/es.txt']);
  assert.deepEqual(await p.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('the standalone file switches language with no request at all', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const p = await context.newPage();
  const requests = recordRequests(p);
  const errors = collectErrors(p);
  const url = `file://${DIST}/knee-triage-standalone.html`;
  await p.goto(url);
  const w = widget(p);
  await ready(w);
  await w.getByRole('button', { name: 'Español' }).click();
  await spanishStart(w);
  await w.getByRole('button', { name: text('ui.start.button', ES) }).click();
  await w.locator('h1', { hasText: text('question.emergency.title', ES) }).waitFor();
  assert.deepEqual(requests.map((r) => r.url), [url]);
  assert.deepEqual(errors, []);
  await context.close();
});
