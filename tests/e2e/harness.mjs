// Shared harness for the browser tests: a static file server on loopback
// and Debian's Chromium driven by playwright-core (no browser download).

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const DIST = resolve(new URL('../../dist', import.meta.url).pathname);

/** The policy docs/embedding.md tells clinics to use. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The body compressed as a host would send it: `encoding` 'auto' picks
 * brotli when the request accepts it, else gzip, else none; 'br', 'gzip'
 * and 'identity' force one. Compressed bodies are kept per path, since a
 * benchmark asks for the same files many times and brotli at its highest
 * quality takes a second for the wasm. Returns the body and its headers.
 */
function encode(req, path, body, encoding, memo) {
  let chosen = encoding;
  if (encoding === 'auto') {
    const accepted = String(req.headers['accept-encoding'] || '')
      .split(',')
      .map((e) => e.trim().split(/\s*;\s*/))
      .filter(([, q]) => !/^q=0(\.0*)?$/.test(q || ''))
      .map(([name]) => name);
    chosen = accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : 'identity';
  }
  const head = { vary: 'Accept-Encoding' };
  if (chosen === 'identity') return { body, head };
  const key = `${chosen} ${path}`;
  if (!memo.has(key)) {
    // The levels a host that compresses its static files ahead of time uses (and docs/performance.md's gzip -9).
    const packed = chosen === 'br'
      ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 });
    memo.set(key, packed);
  }
  return { body: memo.get(key), head: { ...head, 'content-encoding': chosen } };
}

/**
 * Serves `root` on 127.0.0.1 at a free port. `prefix` mounts it under a
 * sub-path ("/some/dir/"); `headers` are added to every response (for CSP);
 * `pages` maps extra paths (below the prefix) to HTML made by a test.
 * `encoding` ('auto', 'br', 'gzip' or 'identity') sends the bodies with
 * `Content-Encoding` and `Vary: Accept-Encoding`, as a host does (see
 * `encode`); without it, bodies go out as they are, as they always have.
 */
export async function serve({ root = DIST, prefix = '/', headers = {}, pages = {}, encoding } = {}) {
  if (encoding !== undefined && !['auto', 'br', 'gzip', 'identity'].includes(encoding)) throw new Error(`serve: unknown encoding ${encoding}`);
  const memo = new Map();
  const send = (req, res, path, type, body) => {
    if (encoding === undefined) {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
      return;
    }
    const packed = encode(req, path, Buffer.from(body), encoding, memo);
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-length': packed.body.length, ...packed.head, ...headers });
    res.end(packed.body);
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const extra = pages[url.pathname.slice(prefix.length)];
    if (url.pathname.startsWith(prefix) && extra !== undefined) {
      send(req, res, url.pathname, TYPES['.html'], extra);
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let path = decodeURIComponent(url.pathname.slice(prefix.length));
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      send(req, res, file, TYPES[extname(file)] || 'application/octet-stream', body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  // A test that fails before its `close()` must not keep the run waiting.
  server.unref();
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    ...options,
  });
}

/**
 * For a test file: starts Chromium, and a server with `serve`'s options
 * (or what a function of no arguments returns, called then), before the
 * file's tests, and stops both after them. `server: false` in the options
 * starts no server. Returns the object whose `browser` and `server` the
 * tests use once they run.
 */
export function useBrowser(options = {}) {
  const env = { browser: null, server: null };
  before(async () => {
    const { server = true, ...serveOptions } = typeof options === 'function' ? await options() : options;
    if (server) env.server = await serve(serveOptions);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Holds the page's requests for `pattern` until the returned `release()` is
 * called, then lets them go on (or does `finish` with them, such as
 * failing them). A request the page gave up on in the meantime is ignored.
 */
export async function holdRequests(page, pattern, finish = (route) => route.continue()) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await held;
    await finish(route).catch(() => {});
  });
  return release;
}

/**
 * Holds the page's wasm download until the returned `release()` is called,
 * so a test can see and use the loader's early screens before the checker
 * is ready.
 */
export function holdWasm(page) {
  return holdRequests(page, '**/*.wasm');
}

/** Records every request a page makes, with the moment it was made. */
export function recordRequests(page) {
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), at: Date.now() }));
  return requests;
}

/** Fails the test on any console error or page error, unless expected. */
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** A host page that embeds the checker: `body` holds the tag, `head` any extra. */
export function hostPage(body, { head = '', lang = 'en', title = 'test' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">${head}<script type="module" src="/knee-triage.js"></script></head><body>${body}</body></html>`;
}
