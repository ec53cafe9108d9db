// Benchmark (reports, never fails): in one headless-Chromium run, loads
//   (a) the widget's demo page,
//   (b) a static page showing the same start screen with no script,
//   (c) a minimal Yew 0.23 app,
// several times each, and reports the median time from navigation until the
// start button is interactive, as a ratio to (b). For (a) it reports two
// moments: the loader's early start page (a click on it is kept and carried
// out) and the checker itself being ready.
// Then the latency from a click on "Continue" to the next question being
// painted, over full runs of the questionnaire (p50, p95), beside the same
// measure for a plain-JavaScript page that swaps its heading on click: the
// floor set by waiting for the next frame.
//
// Run: ./scripts/run.sh once (or trunk build --release), bench/build-minimal.sh,
// then: node bench/startup.mjs [rounds]

import { readFileSync } from 'node:fs';
import { serve, launch, DIST } from '../tests/e2e/harness.mjs';
import { text, widget, ready, EN } from '../tests/e2e/person.mjs';

const ROUNDS = Number(process.argv[2] || 9);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

const browser = await launch();

// The static page: the widget's own start screen, captured once, with its CSS.
const demo = await serve();
const capture = await browser.newPage();
await capture.goto(demo.url);
await ready(widget(capture));
const startHtml = await capture.evaluate(() => document.querySelector('knee-triage').shadowRoot.querySelector('.kt-widget').outerHTML);
await capture.close();
await demo.close();
const staticPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/demo.css"><link rel="stylesheet" href="/knee-triage.css"></head><body><main class="page">${startHtml}</main></body></html>`;

const plainClick = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/knee-triage.css"></head><body><form><h1>Question 0</h1><button type="submit">Continue</button></form>
<script>let n = 0; document.querySelector('form').addEventListener('submit', (e) => { e.preventDefault(); document.querySelector('h1').textContent = 'Question ' + ++n; });</script></body></html>`;
const server = await serve({ pages: { 'static.html': staticPage, 'plain-click.html': plainClick } });
const minimal = await serve({ root: new URL('./minimal-yew/dist', import.meta.url).pathname });

/**
 * Milliseconds from navigation start until the button is in the page and
 * enabled. The poll is installed before the page's own scripts run, so the
 * moment is taken in the page, not when the test harness gets to look.
 */
async function timeToButton(url, find) {
  const page = await browser.newPage();
  await page.addInitScript((findSource) => {
    const find = new Function(`return (${findSource})`)();
    const check = () => {
      const button = find();
      if (button && !button.disabled) window.__buttonReady = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, find.toString());
  await page.goto(url);
  await page.waitForFunction(() => window.__buttonReady !== undefined);
  const ms = await page.evaluate(() => window.__buttonReady);
  await page.close();
  return ms;
}

const findWidget = () => document.querySelector('knee-triage')?.shadowRoot?.querySelector('.kt-button--start');
const findChecker = () => document.querySelector('knee-triage')?.shadowRoot?.querySelector('.kt-widget:not(.kt-early) .kt-button--start');
const findStatic = () => document.querySelector('.kt-button--start');
const findMinimal = () => document.querySelector('button');

const startup = { widget: [], checker: [], static: [], minimal: [] };
for (let i = 0; i < ROUNDS; i++) {
  startup.static.push(await timeToButton(server.url + 'static.html', findStatic));
  startup.widget.push(await timeToButton(server.url, findWidget));
  startup.checker.push(await timeToButton(server.url, findChecker));
  startup.minimal.push(await timeToButton(minimal.url, findMinimal));
}

/**
 * Clicks the form's submit button inside `rootOf()` and measures, in the
 * page: when the heading changed (the work), and when the frame showing it
 * was painted (a message posted from that frame's animation callback is
 * delivered after its paint).
 */
function clickAndTime(rootOf) {
  return new Promise((resolve) => {
    const root = new Function(`return (${rootOf})`)()();
    const before = root.querySelector('h1').textContent;
    let updated;
    const painted = () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ updated: updated - t0, painted: performance.now() - t0 });
      channel.port2.postMessage(0);
    };
    const observer = new MutationObserver(() => {
      if (updated === undefined && root.querySelector('h1')?.textContent !== before) {
        updated = performance.now();
        observer.disconnect();
        requestAnimationFrame(painted);
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    const t0 = performance.now();
    root.querySelector('form button[type=submit]').click();
  });
}

// Click-to-paint over full questionnaires.
const answers = JSON.parse(readFileSync(new URL('../tests/vignettes/V05.json', import.meta.url), 'utf8')).answers;
const clicks = [];
const widgetRoot = (() => document.querySelector('knee-triage').shadowRoot).toString();
for (let run = 0; run < Math.max(3, Math.floor(ROUNDS / 3)); run++) {
  const page = await browser.newPage();
  await page.goto(server.url);
  const w = widget(page);
  await ready(w);
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  for (let step = 0; step < 30; step++) {
    const title = (await w.locator('h1').innerText()).trim();
    if (title === text('ui.check.title') || title === text('ui.result.title')) break;
    const id = [...EN.entries()].find(([k, v]) => /^question\.[a-z_]+\.title$/.test(k) && v === title)[0].split('.')[1];
    const answer = answers[id];
    if (typeof answer === 'number') await w.getByRole('textbox').fill(String(answer));
    else for (const c of [answer].flat()) await w.getByLabel(text(`question.${id}.choice.${c}`), { exact: true }).check();
    clicks.push({ question: id, ...(await page.evaluate(clickAndTime, widgetRoot)) });
  }
  await page.close();
}

// The floor: a page whose click handler swaps the heading in plain JavaScript.
const plain = [];
{
  const page = await browser.newPage();
  await page.goto(server.url + 'plain-click.html');
  for (let i = 0; i < clicks.length; i++) {
    plain.push(await page.evaluate(clickAndTime, (() => document).toString()));
  }
  await page.close();
}

await browser.close();
await server.close();
await minimal.close();

const s = median(startup.static);
const line = (name, xs) => `  ${name.padEnd(34)} ${median(xs).toFixed(1).padStart(7)} ms   ${(median(xs) / s).toFixed(2)} x static`;
const times = (xs, key) => `p50 ${pct(xs.map((x) => x[key]), 50).toFixed(1)} ms, p95 ${pct(xs.map((x) => x[key]), 95).toFixed(1)} ms`;
console.log(`time until the start button is interactive (median of ${ROUNDS}, loopback, headless Chromium):`);
console.log(line('static start page', startup.static));
console.log(line('knee-triage demo (early start page)', startup.widget));
console.log(line('knee-triage demo (checker ready)', startup.checker));
console.log(line('minimal Yew app', startup.minimal));
console.log(`click "Continue" to next question (${clicks.length} clicks):`);
console.log(`  page updated: ${times(clicks, 'updated')}`);
console.log(`  painted:      ${times(clicks, 'painted')}`);
const slowest = [...clicks].sort((a, b) => b.updated - a.updated).slice(0, 5);
console.log(`  slowest updates: ${slowest.map((c) => `${c.question} ${c.updated.toFixed(1)} ms`).join(', ')}`);
console.log(`plain JavaScript heading swap, same measure: painted ${times(plain, 'painted')}`);
console.log(`benchmark: ${DIST}`);
