// The pages the walk opens, each with the same hook at the top of <head>,
// and the test's own server, which logs every request and its status.

import { createServer } from 'node:http';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { DIST, STRICT_CSP } from '../e2e/harness.mjs';

/**
 * A classic script that runs before anything else on the page and records,
 * in `window.__errors`, uncaught errors, unhandled rejections, resources
 * that failed to load (the capture-phase `error` event), calls of
 * `console.error`, and Content-Security-Policy violations (also in
 * `window.__violations`). It is how WebKit, whose driver has no console
 * access, reports errors; the other engines run it too.
 */
export const HOOK = `(() => {
  const errors = (window.__errors = []);
  const violations = (window.__violations = []);
  window.addEventListener('error', (e) => {
    const t = e.target;
    if (t && t !== window && (t.src || t.href)) errors.push('resource failed: ' + (t.src || t.href));
    else errors.push('error: ' + (e.message || e.error));
  }, true);
  window.addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + (e.reason && (e.reason.stack || e.reason))));
  document.addEventListener('securitypolicyviolation', (e) => {
    violations.push(e.violatedDirective + ' ' + e.blockedURI);
    errors.push('csp violation: ' + e.violatedDirective + ' ' + e.blockedURI);
  });
  const original = console.error;
  console.error = function (...args) {
    errors.push('console.error: ' + args.map(String).join(' '));
    return original.apply(this, args);
  };
})();`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** `html` with `script` first in its <head>. */
const withHook = (html, script) => html.replace(/<head>/i, `<head>\n${script}`);

const DEMO = readFileSync(join(DIST, 'index.html'), 'utf8');
const STANDALONE = readFileSync(join(DIST, 'knee-triage-standalone.html'), 'utf8');

/** The demo page, its widget in `lang` (the attribute only when not English), with the external hook. */
function demo({ lang = 'en', count = 1 } = {}) {
  let html = withHook(DEMO, '<script src="__hook.js"></script>');
  const attr = lang === 'en' ? '' : ` lang="${lang}"`;
  html = html.replace(/<knee-triage manage-title>/, `<knee-triage manage-title${attr}>`);
  if (count === 2) html = html.replace('</main>', '<knee-triage></knee-triage></main>');
  return html;
}

/**
 * The test's server: the release build from dist/ at its root, the pages
 * below, and the hook at /__hook.js (an external file, so the strict CSP
 * allows it). Paths:
 *   /demo-en.html, /demo-es.html  the demo page in English or Spanish
 *   /csp/demo-en.html             the same with the strict CSP header on every file below /csp/
 *   /nowasm/demo-en.html          the same with every .wasm below /nowasm/ answered 404
 *   /two.html                     the demo page with a second widget
 * `log` holds every request with its status; `failures()` those >= 400
 * (other than what a page blocks on purpose when `allow` says so).
 */
export async function serve() {
  const log = [];
  const pages = {
    'demo-en.html': demo(),
    'demo-es.html': demo({ lang: 'es' }),
    'two.html': demo({ count: 2 }),
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const headers = { 'cache-control': 'no-store' };
    const reply = (status, type, body) => {
      log.push({ path: url.pathname, status });
      res.writeHead(status, { ...headers, ...(type ? { 'content-type': type } : {}) });
      res.end(body);
    };
    let blockWasm = false;
    if (path.startsWith('/csp/')) {
      headers['content-security-policy'] = STRICT_CSP;
      path = path.slice(4);
    } else if (path.startsWith('/nowasm/')) {
      blockWasm = true;
      path = path.slice(7);
    }
    if (path === "/__hook.js") return reply(200, TYPES['.js'], HOOK);
    if (pages[path.slice(1)] !== undefined) return reply(200, TYPES['.html'], pages[path.slice(1)]);
    if (blockWasm && path.endsWith('.wasm')) return reply(404, 'text/plain', 'blocked by the test');
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) return reply(403, null, '');
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      reply(200, TYPES[extname(file)] || 'application/octet-stream', await readFile(file));
    } catch {
      reply(404, 'text/plain', 'not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  server.unref();
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    /** Requests answered with an error since `from` (an index into `log`). */
    failures: (from = 0) => log.slice(from).filter((r) => r.status >= 400).map((r) => `HTTP ${r.status}: ${r.path}`),
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/**
 * Copies of the standalone file with the hook inline (its own CSP allows
 * inline scripts), in English and with lang="es" on the widget, in a
 * temporary directory; returns their file:// URLs by language.
 */
export function standaloneCopies() {
  const dir = mkdtempSync(join(tmpdir(), 'knee-triage-engines-'));
  const urls = {};
  for (const lang of ['en', 'es']) {
    let html = withHook(STANDALONE, `<script>${HOOK}</script>`);
    if (lang !== 'en') html = html.replace(/<knee-triage manage-title>/, `<knee-triage manage-title lang="${lang}">`);
    const file = join(dir, `standalone-${lang}.html`);
    writeFileSync(file, html);
    urls[lang] = `file://${file}`;
  }
  return urls;
}
