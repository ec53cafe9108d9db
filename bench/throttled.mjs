// Benchmark (reports, never fails): the widget on a slow phone (issue 15).
//
// A worried person opens the checker on a mid-range phone over a slow
// mobile network, taps "Start now" as soon as it is there, ticks "None of
// these" on the emergency question at once and taps Continue. This measures
// what they wait for, on the widget's demo page and on a static page that
// holds the same three screens with no script but a few lines that swap
// them (bench/throttled/static_page.mjs), the two pages loaded in turn:
//   1. navigation -> "Start now" works (in the page and enabled);
//   2. the tap on Start -> the emergency question is shown;
//   3. the tap on Continue -> the second question is shown;
//   4. the bytes the network delivered.
// Throttled like Lighthouse's mobile run, through CDP, set before each
// navigation: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x
// slower; every load in a fresh context (no cache). Files are sent
// compressed as a host sends them (brotli when accepted, else gzip).
// The same loads are also made unthrottled and uncompressed in the same
// run (the loopback figures, comparable with bench/startup.mjs).
// The moments come from the page's own clock (bench/throttled/probe.mjs).
//
// Run: ./scripts/run.sh once (or trunk build --release), then
//   node bench/throttled.mjs [--rounds 9] [--encoding auto|br|gzip|identity]
//                            [--dist dist/] [--out bench/throttled.json]

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadavg, cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { serve, launch, DIST } from '../tests/e2e/harness.mjs';
import { captureScreens, staticPage } from './throttled/static_page.mjs';
import { measureLoad, observedSlowdown, THROTTLING, TEXTS } from './throttled/load.mjs';
import { describe, ratios, table, fileLines } from './throttled/report.mjs';

const { values: opts, positionals } = parseArgs({
  options: {
    rounds: { type: 'string' },
    encoding: { type: 'string', default: 'auto' },
    dist: { type: 'string', default: DIST },
    out: { type: 'string', default: new URL('./throttled.json', import.meta.url).pathname },
  },
  allowPositionals: true,
});
const ROUNDS = Number(opts.rounds ?? positionals[0] ?? 9);
const ROOT = resolve(opts.dist);
if (!['auto', 'br', 'gzip', 'identity'].includes(opts.encoding)) throw new Error(`--encoding: auto, br, gzip or identity, not ${opts.encoding}`);

/** What a moment means, written into the results for whoever reads them later. */
const MOMENTS = {
  clock:
    "Every time is read in the page with performance.now(): milliseconds since the navigation started (the document's time origin), so it includes the request for the HTML and every file after it. Nothing is timed from outside the page.",
  shown:
    'A screen is "shown" at the first animation frame after a MutationObserver (on the document and every shadow root) saw it in the DOM: the frame that draws it. Screens are found by the text of their h1 (the catalog titles of question.emergency.title and question.duration.title), not by classes.',
  tap: "A tap is the moment a capture-phase click listener on the window ran, before any of the page's handlers. inputDelay* is how long before that the browser made the input event (a busy page keeps a tap waiting).",
  startWorks: 'startWorks: a button reading "Start now" is in the page and enabled (on the demo page today that is the loader\'s early start page, which keeps the tap until the checker is ready). startStyled: the same with its stylesheets loaded; unset when the tap came first.',
  startToEmergency: 'From the tap on "Start now" to the emergency question shown.',
  continueToDuration: 'From the tap on Continue, with "None of these" ticked, to the second question ("How long ...") shown.',
  checkerReady: 'The checker itself drawn: a .kt-widget that is not the loader\'s early copy (.kt-early) in the shadow root, from the navigation.',
  bytes: "Sum of CDP Network.loadingFinished encodedDataLength over the load: the bytes on the wire, response headers included, as sent (compressed or not). Counted up to the second question and the checker, and until no request was in flight.",
  persona: 'The persona taps with one mouse press and release at the centre of the button (scrolled into view), as soon as the page reports it; the time playwright needs to do that is the persona\'s, not part of measures 2 and 3.',
  statistics: 'median and p90 are nearest-rank over the loads; ratios are widget median / static median.',
};

const browser = await launch();
const load = { start: loadavg(), cpus: cpus().length };

// The static page is built from the screens of the build being measured.
const screens = await captureScreens(browser, ROOT);
const pages = { 'static.html': staticPage(screens) };
const hosted = await serve({ root: ROOT, pages, encoding: opts.encoding });
const loopback = await serve({ root: ROOT, pages });
const slowdown = await observedSlowdown(browser, hosted.url + 'static.html');

const CONDITIONS = [
  ['throttled', hosted, true],
  ['loopback', loopback, false],
];
const loads = { throttled: { widget: [], static: [] }, loopback: { widget: [], static: [] } };
const failed = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const [condition, server, throttled] of CONDITIONS) {
    // Interleaved, widget then static, so drift of the machine hits both.
    for (const [name, url] of [['widget', server.url], ['static', server.url + 'static.html']]) {
      try {
        const result = await measureLoad(browser, url, { throttled, checker: name === 'widget' });
        loads[condition][name].push(result);
        if (result.errors.length) failed.push({ condition, page: name, round, pageErrors: result.errors });
      } catch (error) {
        failed.push({ condition, page: name, round, error: String(error.message || error) });
      }
    }
  }
  process.stderr.write(`round ${round + 1}/${ROUNDS}${round + 1 === ROUNDS ? '\n' : '\r'}`);
}
const chromium = browser.version();
await browser.close();
await hosted.close();
await loopback.close();
load.end = loadavg();

const results = {};
for (const [condition] of CONDITIONS) {
  const widget = describe(loads[condition].widget);
  const page = describe(loads[condition].static);
  results[condition] = { widget, static: page, ratios: ratios(widget, page) };
}
const served = [...new Set(results.throttled.widget.bytes.files.map((f) => f.encoding))].join(', ');

const output = {
  benchmark: 'bench/throttled.mjs',
  date: new Date().toISOString(),
  chromium,
  dist: ROOT,
  rounds: ROUNDS,
  settings: {
    network: {
      latencyMs: THROTTLING.network.latency,
      downloadBitsPerSecond: THROTTLING.network.downloadThroughput * 8,
      uploadBitsPerSecond: THROTTLING.network.uploadThroughput * 8,
      cdp: { 'Network.emulateNetworkConditions': THROTTLING.network },
    },
    cpu: { 'Emulation.setCPUThrottlingRate': THROTTLING.cpu.rate, observedSlowdown: Math.round(slowdown * 100) / 100,
      observedSlowdownIs: 'a fixed loop in the page, throttled ÷ unthrottled, fastest of 3 fresh pages each way; far from the rate means the machine was busy or the setting did not take' },
    encoding: { asked: opts.encoding, served, levels: 'brotli quality 11, gzip level 9' },
    loads: 'a fresh browser context per load (empty cache), throttling set before the navigation, headless Chromium, playwright default viewport 1280x720',
    order: 'each round: widget, static throttled, then widget, static on loopback',
    machine: { cpus: load.cpus, loadavgAtStart: load.start.map((x) => Math.round(x * 100) / 100), loadavgAtEnd: load.end.map((x) => Math.round(x * 100) / 100) },
    texts: TEXTS,
  },
  moments: MOMENTS,
  throttled: results.throttled,
  loopback: { method: 'the same persona and measures, in the same run, unthrottled and uncompressed (harness serve() without encoding)', ...results.loopback },
  failed,
};
writeFileSync(opts.out, JSON.stringify(output, null, 2) + '\n');

const lines = [
  `knee-triage on a slow phone: ${chromium}, ${ROUNDS} rounds, ${ROOT}`,
  `moments on the page's own clock: "shown" = the animation frame after the h1 is in the DOM; a tap = the page's capture-phase click listener`,
  '',
  ...table(`throttled: ${THROTTLING.network.latency} ms latency, 1.6 Mbit/s down, 750 kbit/s up, CPU ${THROTTLING.cpu.rate}x (observed ${slowdown.toFixed(1)}x); served ${served}`, results.throttled),
  '',
  ...table('loopback, same run: unthrottled, uncompressed', results.loopback),
  '',
  'bytes per file (throttled, first load):',
  ...fileLines('widget', results.throttled.widget.bytes.files),
  ...fileLines('static', results.throttled.static.bytes.files),
  '',
  `load average ${load.start.map((x) => x.toFixed(2)).join(' ')} at start, ${load.end.map((x) => x.toFixed(2)).join(' ')} at end (${load.cpus} CPUs)`,
  failed.length ? `${failed.length} loads failed or logged page errors (see "failed" in the results)` : 'every load completed without page errors',
  `results: ${opts.out}`,
];
console.log(lines.join('\n'));
