// Three engines behind one small interface, so the walk in walk.test.mjs is
// written once: Chromium through playwright-core, Firefox ESR through
// puppeteer-core (WebDriver BiDi) and WebKitGTK's MiniBrowser through
// selenium-webdriver and WebKitWebDriver. Debian's browsers only; nothing
// is downloaded.
//
// What a walk needs and nothing more: open a URL, evaluate a function in
// the page (shadow-DOM lookups happen there, the same in every engine),
// click at a point of the viewport with the engine's own mouse (real input
// events, not element.click()), press keys, type, take a screenshot, and
// the console errors and failed requests the engine itself reports.
//
// Observed per engine, besides the page hook (hook.mjs) and the test
// server's own request log, which are the same everywhere:
//   chromium  console errors, page errors, failed requests and HTTP >= 400
//   firefox   console errors, page errors, failed requests and HTTP >= 400
//   webkit    nothing natively (WebKitWebDriver has no console or network
//             access): only the hook and the server log

import { spawn, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

const WIDTH = 1280;
const HEIGHT = 1024;

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** The version of each engine's installed browser, read from the binaries and packages. */
export function versions() {
  const run = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'not installed';
    }
  };
  return {
    chromium: run(CHROMIUM, ['--version']),
    firefox: run(FIREFOX, ['--version']),
    webkit: `WebKitGTK ${run('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0'])}`,
  };
}

const freePort = () =>
  new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** `fn` and its arguments as one expression every driver can evaluate. */
const expression = (fn, args) => `(${fn})(...${JSON.stringify(args)})`;

/**
 * Starts `engine` and returns its driver: { name, open, evaluate, click,
 * press, type, screenshot, native, close }. One browser per engine, its
 * language English (Spanish comes from the widget's `lang` attribute); each
 * `open` gets a fresh page (Chromium, Firefox) or navigates the one window
 * (WebKit), and clears what `native()` reports.
 */
export async function start(engine) {
  if (engine === 'chromium') return chromiumDriver();
  if (engine === 'firefox') return firefoxDriver();
  if (engine === 'webkit') return webkitDriver();
  throw new Error(`unknown engine ${engine}`);
}

/** Records console errors, page errors and failed requests of a playwright or puppeteer page. */
function listen(page, native, { puppeteer = false } = {}) {
  page.on('console', (m) => {
    if (m.type() === 'error') native.push(`console: ${m.text()}`);
  });
  page.on(puppeteer ? 'error' : 'crash', (e) => native.push(`crash: ${e}`));
  page.on('pageerror', (e) => native.push(`page error: ${e}`));
  page.on('requestfailed', (r) => native.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) native.push(`HTTP ${r.status()}: ${r.url()}`);
  });
}

/**
 * The calls Playwright's and Puppeteer's pages answer alike, on whichever
 * page `current()` returns; `space` is each library's name for the space bar.
 */
function pageCalls(current, space) {
  return {
    evaluate: (fn, ...args) => current().evaluate(expression(fn, args)),
    click: (x, y) => current().mouse.click(x, y),
    press: (key) => current().keyboard.press(key === 'Space' ? space : key),
    type: (text) => current().keyboard.type(text),
    screenshot: (path) => current().screenshot({ path }),
  };
}

async function chromiumDriver() {
  const { launch } = await import('../e2e/harness.mjs');
  const browser = await launch();
  let context = null;
  let page = null;
  let native = [];
  return {
    name: 'chromium',
    async open(url) {
      await context?.close();
      native = [];
      context = await browser.newContext({ locale: 'en-US', viewport: { width: WIDTH, height: HEIGHT } });
      page = await context.newPage();
      listen(page, native);
      await page.goto(url);
    },
    ...pageCalls(() => page, 'Space'),
    native: () => [...native],
    close: () => browser.close(),
  };
}

async function firefoxDriver() {
  const puppeteer = (await import('puppeteer-core')).default;
  let browser = null;
  let page = null;
  let native = [];
  const launch = async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // puppeteer's default 800 x 600 viewport would apply otherwise.
      defaultViewport: { width: WIDTH, height: HEIGHT },
      args: [`--width=${WIDTH}`, `--height=${HEIGHT}`],
      extraPrefsFirefox: {
        'intl.accept_languages': 'en-US, en',
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'app.update.enabled': false,
      },
    });
  };
  return {
    name: 'firefox',
    async open(url) {
      if (!browser) await launch();
      await page?.close();
      native = [];
      page = await browser.newPage();
      listen(page, native, { puppeteer: true });
      await page.goto(url);
    },
    ...pageCalls(() => page, ' '),
    native: () => [...native],
    close: () => browser?.close(),
  };
}

async function webkitDriver() {
  const { Builder, Key, Origin } = await import('selenium-webdriver');
  const children = [];
  // MiniBrowser has no headless mode: it draws on a virtual X display.
  let display = process.env.DISPLAY;
  if (!display) {
    // -displayfd: Xvfb picks a free display and writes its number once it is ready.
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', `${WIDTH}x${HEIGHT}x24`, '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(xvfb);
    display = await new Promise((ok, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error('Xvfb did not start in 10 s')), 10000);
      xvfb.on('error', (e) => fail(new Error(`Xvfb: ${e.message} (scripts/setup.sh installs it)`)));
      xvfb.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) {
          clearTimeout(timer);
          ok(`:${out.trim()}`);
        }
      });
    });
  }
  const port = await freePort();
  // Under C.UTF-8 WebKit reports the language "C" to pages.
  const env = { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
  let driver = null;
  const launch = async () => {
    const wd = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
    children.push(wd);
    for (let i = 0; i < 50; i++) {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/status`);
        if (r.ok) break;
      } catch {}
      await sleep(100);
    }
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    await driver.manage().window().setRect({ x: 0, y: 0, width: WIDTH, height: HEIGHT });
  };
  const keys = { Tab: Key.TAB, Enter: Key.ENTER, Space: Key.SPACE, ArrowDown: Key.ARROW_DOWN, 'Shift+Tab': Key.chord(Key.SHIFT, Key.TAB) };
  return {
    name: 'webkit',
    async open(url) {
      if (!driver) await launch();
      await driver.get(url);
    },
    evaluate: (fn, ...args) => driver.executeScript(`return ${expression(fn, args)}`),
    click: (x, y) => driver.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).click().perform(),
    press: async (key) => {
      if (key === 'Shift+Tab') return driver.actions({ async: true }).keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
      return driver.actions({ async: true }).sendKeys(keys[key] ?? key).perform();
    },
    type: (text) => driver.actions({ async: true }).sendKeys(text).perform(),
    screenshot: async (path) => writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64')),
    native: () => [],
    async close() {
      await driver?.quit().catch(() => {});
      for (const c of children) c.kill();
    },
  };
}
