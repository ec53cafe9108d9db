// Benchmark (reports, never fails): in one headless-Chromium run, loads
//   (a) the widget's demo page,
//   (b) a static page showing the same start screen with no script,
//   (c) a minimal Yew 0.23 app,
// several times each, and reports the median time from navigation until the
// start button is interactive, as a ratio to (b); then the latency from a
// click on "Continue" to the next question being painted, over full runs of
// the questionnaire (p50, p95).
//
// Run: ./scripts/run.sh once (or trunk build --release), bench/build-minimal.sh,
// then: node bench/startup.mjs [rounds]

import { readFileSync } from 'node:fs';
import { serve, launch, DIST } from '../tests/e2e/harness.mjs';
import { text, widget } from '../tests/e2e/person.mjs';

const ROUNDS = Number(process.argv[2] || 9);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

const browser = await launch();

// The static page: the widget's own start screen, captured once, with its CSS.
const demo = await serve();
const capture = await browser.newPage();
await capture.goto(demo.url);
await widget(capture).getByRole('button', { name: text('ui.start.button') }).waitFor();
const startHtml = await capture.evaluate(() => document.querySelector('knee-triage').shadowRoot.querySelector('.kt-widget').outerHTML);
await capture.close();
await demo.close();
const staticPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/demo.css"><link rel="stylesheet" href="/knee-triage.css"></head><body><main class="page">${startHtml}</main></body></html>`;

const server = await serve({ pages: { 'static.html': staticPage } });
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
const findStatic = () => document.querySelector('.kt-button--start');
const findMinimal = () => document.querySelector('button');

const startup = { widget: [], static: [], minimal: [] };
for (let i = 0; i < ROUNDS; i++) {
  startup.static.push(await timeToButton(server.url + 'static.html', findStatic));
  startup.widget.push(await timeToButton(server.url, findWidget));
  startup.minimal.push(await timeToButton(minimal.url, findMinimal));
}

// Click-to-paint over full questionnaires.
const answers = JSON.parse(readFileSync(new URL('../tests/vignettes/V05.json', import.meta.url), 'utf8')).answers;
const clicks = [];
for (let run = 0; run < Math.max(3, Math.floor(ROUNDS / 3)); run++) {
  const page = await browser.newPage();
  await page.goto(server.url);
  const w = widget(page);
  await w.getByRole('button', { name: text('ui.start.button') }).click();
  for (let step = 0; step < 30; step++) {
    const title = (await w.locator('h1').innerText()).trim();
    if (title === text('ui.check.title') || title === text('ui.result.title')) break;
    const id = [...(await import('../tests/e2e/person.mjs')).EN.entries()].find(([k, v]) => /^question\.[a-z_]+\.title$/.test(k) && v === title)[0].split('.')[1];
    const answer = answers[id];
    if (typeof answer === 'number') await w.getByRole('textbox').fill(String(answer));
    else for (const c of [answer].flat()) await w.getByLabel(text(`question.${id}.choice.${c}`), { exact: true }).check();
    const ms = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const root = document.querySelector('knee-triage').shadowRoot;
          const before = root.querySelector('h1').textContent;
          const t0 = performance.now();
          root.querySelector('form button[type=submit]').click();
          const check = () => {
            if (root.querySelector('h1')?.textContent !== before) requestAnimationFrame(() => resolve(performance.now() - t0));
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    clicks.push(ms);
  }
  await page.close();
}

await browser.close();
await server.close();
await minimal.close();

const s = median(startup.static);
const line = (name, xs) => `  ${name.padEnd(22)} ${median(xs).toFixed(1).padStart(7)} ms   ${(median(xs) / s).toFixed(2)} x static`;
console.log(`time until the start button is interactive (median of ${ROUNDS}, loopback, headless Chromium):`);
console.log(line('static start page', startup.static));
console.log(line('knee-triage demo', startup.widget));
console.log(line('minimal Yew app', startup.minimal));
console.log(`click "Continue" to next question painted (${clicks.length} clicks): p50 ${pct(clicks, 50).toFixed(1)} ms, p95 ${pct(clicks, 95).toFixed(1)} ms`);
console.log(`benchmark: ${DIST}`);
