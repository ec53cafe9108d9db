// One load for bench/throttled.mjs: a fresh browser context (empty cache,
// no compiled wasm kept), Chromium's throttling set through CDP before the
// navigation, the persona's taps, and the bytes the network delivered.

import { probe } from './probe.mjs';
import { text } from '../../tests/e2e/person.mjs';

/** The throttling: a mid-range phone on a slow mobile network (Lighthouse's mobile figures). */
export const THROTTLING = {
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  cpu: { rate: 4 },
};

export const TEXTS = {
  start: text('ui.start.button'),
  cont: text('ui.continue'),
  none: text('question.emergency.choice.none'),
  emergency: text('question.emergency.title'),
  duration: text('question.duration.title'),
};

const TIMEOUT = 60_000;
const within = (promise, ms, what) =>
  Promise.race([promise, new Promise((_, fail) => setTimeout(() => fail(new Error(`timed out waiting for ${what}`)), ms).unref())]);

/** A new page in its own context with a CDP session, Network enabled, the cache off and, if asked, throttled. */
export async function freshPage(browser, throttled) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', THROTTLING.network);
    await cdp.send('Emulation.setCPUThrottlingRate', THROTTLING.cpu);
  }
  return { context, page, cdp };
}

/** Sums `Network.loadingFinished`'s encodedDataLength (bytes on the wire, headers included) per file. */
function countBytes(cdp) {
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (/^https?:/.test(e.request.url)) requests.set(e.requestId, { url: e.request.url, done: false });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    if (r) r.encoding = headers['content-encoding'] || 'identity';
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { failed: e.errorText, done: true });
  });
  return requests;
}

/** Waits until no request is in flight (at most `ms`). */
async function settled(requests, ms = 15_000) {
  const until = Date.now() + ms;
  while ([...requests.values()].some((r) => !r.done) && Date.now() < until) await new Promise((ok) => setTimeout(ok, 50));
}

/**
 * Taps the centre of what the page's probe names, as a finger would: one
 * press and release at a point. Under the slow network the widget's
 * stylesheet can arrive between finding the button and the tap, moving the
 * button away; like a person, the persona then taps again where it is now
 * (the probe swallows the stray tap). Each miss is added to `missed`.
 * With `after`, the first look waits for that moment of the probe.
 */
async function tap(page, what, missed, after) {
  for (let attempt = 0; attempt < 5; attempt++) {
    // The first look waits in the page for the moment `after`, saving a round trip.
    const look = ([w, a]) => (a ? window.__bench.when(a) : Promise.resolve()).then(() => window.__bench.target(w));
    const at = await within(page.evaluate(look, [what, attempt === 0 ? after : null]), TIMEOUT, after || what);
    if (!at) {
      // Between two screens (the checker taking over from the loader's), look again.
      missed.push(what);
      await new Promise((ok) => setTimeout(ok, 50));
      continue;
    }
    await page.mouse.click(at.x, at.y);
    if (await page.evaluate((w) => window.__bench.hit(w), what)) return;
    missed.push(what);
  }
  throw new Error(`five looks or taps for ${what} missed`);
}

/**
 * The persona: taps "Start now" as soon as it works, ticks "None of these"
 * as soon as the emergency question is shown, taps Continue, and waits for
 * the second question. For the widget it then waits for the checker too.
 * Returns the moments (ms on the page's clock) and the bytes per file.
 */
export async function measureLoad(browser, url, { throttled, checker }) {
  const { context, page, cdp } = await freshPage(browser, throttled);
  const requests = countBytes(cdp);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.addInitScript(probe, TEXTS);
    await page.goto(url, { waitUntil: 'commit' });
    const when = (name) => within(page.evaluate((n) => window.__bench.when(n), name), TIMEOUT, name);
    const missed = [];
    await tap(page, 'start', missed, 'startWorks');
    await tap(page, 'none', missed, 'emergency');
    await tap(page, 'continue', missed);
    await when('duration');
    if (checker) await when('checker');
    await settled(requests);
    const { clicks, shown, aims } = await page.evaluate(() => ({ clicks: window.__bench.clicks, shown: window.__bench.shown, aims: window.__bench.aims }));
    const start = clicks.find((c) => c.what === 'start' && !c.swallowed);
    const cont = clicks.find((c) => c.what === 'continue' && !c.swallowed);
    if (!cont.noneTicked) throw new Error('"None of these" was not ticked when Continue was tapped');
    const files = [...requests.values()].map((r) => ({ path: new URL(r.url).pathname, encoding: r.encoding, bytes: r.bytes ?? 0, ...(r.failed ? { failed: r.failed } : {}) }));
    return {
      startWorks: shown.startWorks,
      startToEmergency: shown.emergency - start.at,
      continueToDuration: shown.duration - cont.at,
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      // Extra information, not compared:
      checkerReady: checker ? shown.checker : undefined,
      // Unset when the tap came before the stylesheet (the start page is gone then).
      startStyled: shown.startStyled,
      aimStart: aims.find((a) => a.what === 'start').at,
      tapStart: start.at,
      inputDelayStart: start.at - start.input,
      inputDelayContinue: cont.at - cont.input,
      missedTaps: missed,
      files,
      errors,
    };
  } finally {
    await context.close();
  }
}

/**
 * How much slower the page's main thread runs throttled than not, measured
 * after a navigation with the setting made before it (as the loads do):
 * shows the setting took and survived the navigation.
 */
export async function observedSlowdown(browser, url) {
  const loop = () => {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 3e6; i++) x = (x * 31 + i) % 1000003;
    return performance.now() - t0 + x * 0;
  };
  const time = async (throttled) => {
    const { context, page } = await freshPage(browser, throttled);
    await page.goto(url);
    const ms = Math.min(await page.evaluate(loop), await page.evaluate(loop), await page.evaluate(loop));
    await context.close();
    return ms;
  };
  // The fastest of three pages each way, alternated: other work on a shared
  // machine only ever makes a loop slower.
  const plain = [];
  const slowed = [];
  for (let i = 0; i < 3; i++) {
    plain.push(await time(false));
    slowed.push(await time(true));
  }
  return Math.min(...slowed) / Math.min(...plain);
}
