// Trunk post-build hook: finishes the files in Trunk's staging directory.
//
// 1. Writes the static safety guidance into every <knee-triage> tag of the
//    pages (between <!-- knee-triage:fallback --> markers), so a visitor with
//    JavaScript off still reads what to do in an emergency.
// 2. Writes knee-triage-standalone.html: one self-contained file with the
//    loader, the wasm-bindgen glue, the wasm (gzip, Z85), every
//    language's text and the CSS inlined, which works when opened from
//    file:// with no server.
// Before both, it writes the language files, core/text/<tag>.txt: the
// text of each language, which the wasm no longer holds; a visitor's
// browser fetches only the one shown (`cargo run -p knee-triage-codegen --
// language-files`, the same catalogs and keys as the wasm just built).
// It also writes the stylesheet, knee-triage.css, and the loader,
// knee-triage.js, each joined from its parts (styles/, src/shell/loader/;
// the orders are in scripts/parts.mjs), and minifies what visitors
// download: the stylesheet, and the loader and glue with terser.
//
// Run by Trunk (see Trunk.toml); also runnable by hand on a built dist:
//   TRUNK_STAGING_DIR=dist node scripts/postbuild.mjs

import { readFileSync, writeFileSync, readdirSync, mkdirSync, copyFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

import { withGuidance } from './static-guidance.mjs';
import { loaderSource, stylesheet } from './parts.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const read = (p) => readFileSync(join(staging, p), 'utf8');

// Comments and indentation are for people reading the source, not for
// visitors downloading it.
const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
const css = minifyCss(stylesheet());
writeFileSync(join(staging, 'knee-triage.css'), css);
/** Drops whole-line comments and indentation; code and strings are untouched. */
const stripJs = (text) =>
  text
    .replace(/^\s*\/\*[\s\S]*?\*\/\s*$/gm, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n');
/** Minified as an ES module (names shortened, dead code dropped) by terser. */
const minifyJs = async (code) =>
  (await minify(code, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
// The language files, beside the wasm they belong to.
const textDir = join(resolve(staging), 'core/text');
execFileSync('cargo', ['run', '-q', '-p', 'knee-triage-codegen', '--', 'language-files', textDir], { cwd: root, stdio: 'inherit' });
const languageFiles = Object.fromEntries(
  readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f.slice(0, -'.txt'.length), readFileSync(join(textDir, f))]),
);
if (!languageFiles.en) {
  console.error('postbuild: the codegen wrote no core/text/en.txt');
  process.exit(1);
}

const glue = stripJs(read('core/knee-triage.js'));
writeFileSync(join(staging, 'core/knee-triage.js'), await minifyJs(glue));
const wasm = readFileSync(join(staging, 'core/knee-triage_bg.wasm'));

// --- 1. Static guidance for pages without JavaScript --------------------

// The loader as visitors download it: one module, no comments, with the
// stylesheet joined in (load_core.js adopts it into each shadow root).
const servedLoader = `const WIDGET_CSS = ${JSON.stringify(css)};\n${stripJs(loaderSource())}`;
writeFileSync(join(staging, 'knee-triage.js'), await minifyJs(servedLoader));

for (const page of readdirSync(staging, { recursive: true })) {
  if (String(page).endsWith('.html')) {
    const path = join(staging, String(page));
    writeFileSync(path, withGuidance(readFileSync(path, 'utf8')));
  }
}

// The clinic example is not a Trunk page; copy it in beside the demo.
const clinicSource = join(root, 'examples/clinic.html');
if (existsSync(clinicSource)) {
  mkdirSync(join(staging, 'examples'), { recursive: true });
  const clinic = readFileSync(clinicSource, 'utf8');
  writeFileSync(join(staging, 'examples/clinic.html'), withGuidance(clinic));
  for (const extra of ['clinic.css', 'clinic.js', 'clinic-record.js']) {
    const from = join(root, 'examples', extra);
    if (existsSync(from)) copyFileSync(from, join(staging, 'examples', extra));
  }
}

// The FHIR Questionnaire that the widget's QuestionnaireResponse exports
// point to, shipped beside the widget for clinics to load into their systems.
mkdirSync(join(staging, 'fhir'), { recursive: true });
copyFileSync(join(root, 'docs/fhir/questionnaire.json'), join(staging, 'fhir/questionnaire.json'));
// ... and the code systems of every code those files hold.
copyFileSync(join(root, 'docs/fhir/code-systems.json'), join(staging, 'fhir/code-systems.json'));

// --- 2. The standalone file ---------------------------------------------

// The glue is an ES module; inside the single inline module it lives in a
// block so its names cannot clash with the loader's.
const glueBody = glue
  .replace(/^export \{[^}]*\};?\s*$/gm, '')
  .replace(/^export (class|function|const|let) /gm, '$1 ');
if (/^export /m.test(glueBody)) {
  console.error('postbuild: the wasm-bindgen glue has an export this script does not understand');
  process.exit(1);
}

// Z85 (ZeroMQ's base 85) rather than base64: 5 characters for 4 bytes
// instead of 4 for 3, which takes about 18 KB off the file; none of its
// characters is a quote or a backslash, and scriptSafe() below keeps any
// "</script" it spells from ending the script.
const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';
function z85(bytes) {
  const padded = Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
  let out = '';
  for (let i = 0; i < padded.length; i += 4) {
    let value = padded.readUInt32BE(i);
    let chunk = '';
    for (let j = 0; j < 5; j += 1) {
      chunk = Z85[value % 85] + chunk;
      value = Math.floor(value / 85);
    }
    out += chunk;
  }
  return out;
}
/** Bytes as the standalone page carries them: gzip, then Z85, with the gzip length (Z85 pads to 4). */
const packed = (bytes) => {
  const gzip = gzipSync(bytes, { level: 9 });
  return { z85: z85(gzip), length: gzip.length };
};
const wasmPacked = packed(wasm);
// Each language's text as it is smaller inside the page: compressed
// (gzip, Z85, like the wasm) or as plain text in a JSON string.
const inlineTexts = Object.fromEntries(
  Object.entries(languageFiles).map(([tag, bytes]) => {
    const zipped = packed(bytes);
    const plain = { plain: bytes.toString('utf8') };
    return [tag, JSON.stringify(zipped).length <= JSON.stringify(plain).length ? zipped : plain];
  }),
);
// Keeps "</script>" or "<!--" in any inlined text from ending the script early.
const scriptSafe = (s) => s.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const standaloneCore = `{
${glueBody}
const WASM = ${JSON.stringify(wasmPacked)};
const TEXTS = ${JSON.stringify(inlineTexts)};
const Z85 = ${JSON.stringify(Z85)};
function fromZ85(text, length) {
  const digit = new Uint8Array(128);
  for (let i = 0; i < 85; i += 1) digit[Z85.charCodeAt(i)] = i;
  const out = new Uint8Array((text.length / 5) * 4);
  for (let i = 0, o = 0; i < text.length; i += 5, o += 4) {
    let value = 0;
    for (let j = 0; j < 5; j += 1) value = value * 85 + digit[text.charCodeAt(i + j)];
    out[o] = value >>> 24;
    out[o + 1] = (value >>> 16) & 255;
    out[o + 2] = (value >>> 8) & 255;
    out[o + 3] = value & 255;
  }
  return out.subarray(0, length);
}
const gunzip = (packed) =>
  new Response(new Blob([fromZ85(packed.z85, packed.length)]).stream().pipeThrough(new DecompressionStream('gzip')));
globalThis.__kneeTriageStandalone = {
  core() {
    this.promise ??= (async () => {
      const bytes = await gunzip(WASM).arrayBuffer();
      await __wbg_init({ module_or_path: bytes });
      return { mount, install_language, language_to_load };
    })();
    return this.promise;
  },
  // Every language's file, inline: nothing is fetched from file://.
  async text(tag) {
    const inline = TEXTS[tag];
    if (!inline) throw new Error(\`no language \${tag}\`);
    return inline.z85 ? gunzip(inline).text() : inline.plain;
  },
};
}`;

// The standalone file is the demo page (index.html) made self-contained:
// its head and body as written there, with the demo stylesheet inlined
// under a policy for a file with no server, and the loader and the core
// inlined as one module script.
const STANDALONE_CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'";
const script = scriptSafe(await minifyJs(`${stripJs(standaloneCore)}\n${servedLoader}`));
const page = standalonePage(readFileSync(join(root, 'index.html'), 'utf8'), {
  '<link rel="stylesheet" href="demo.css">': [
    `<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">`,
    `<style>${scriptSafe(read('demo.css'))}</style>`,
  ],
  '<script type="module" src="knee-triage.js"></script>': [],
  '</body>': ['<script type="module">', script, '</script>', '</body>'],
});

/**
 * The demo page, one line of markup per line with its indentation and
 * Trunk's own links taken out, each line in `swaps` replaced by its lines.
 * Stops if the page no longer has one of them.
 */
function standalonePage(demo, swaps) {
  const lines = demo
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('<link data-trunk'));
  for (const line of Object.keys(swaps)) {
    if (!lines.includes(line)) {
      console.error(`postbuild: index.html no longer has the line ${line}; update the standalone page in scripts/postbuild.mjs`);
      process.exit(1);
    }
  }
  return `${lines.flatMap((line) => swaps[line] ?? [line]).join('\n')}\n`;
}

writeFileSync(join(staging, 'knee-triage-standalone.html'), withGuidance(page));
const inlined = Object.entries(inlineTexts)
  .map(([tag, inline]) => `${tag} ${inline.z85 ? `gzip+Z85 ${inline.z85.length}` : `plain ${inline.plain.length}`}`)
  .join(', ');
console.log(
  `postbuild: knee-triage-standalone.html ${Buffer.byteLength(withGuidance(page))} bytes (wasm ${wasm.length} bytes, gzip+Z85 ${wasmPacked.z85.length}; texts ${inlined})`,
);
