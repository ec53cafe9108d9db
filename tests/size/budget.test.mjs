// The download budget: what a visitor's browser fetches for the embedded
// widget (loader with the stylesheet inside, glue, wasm, the text of the
// ONE language shown),
// gzipped, for a visitor in each language, and the standalone file. Sizes
// are deterministic, so this is a test; the figures are printed every run.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url);
const budget = JSON.parse(readFileSync(new URL('bench/budget.json', root), 'utf8'));
const gz = (path) => gzipSync(readFileSync(new URL(path, root)), { level: 9 }).length;
const raw = (path) => readFileSync(new URL(path, root)).length;

// What every visitor downloads, and then one language file (issue 15):
// the widget's figure is its heaviest language's visitor. knee-triage.css
// is fetched only by browsers whose shadow roots cannot adopt the sheet the
// loader carries (Safari before 16.4), so it is not counted twice.
const widgetFiles = ['dist/knee-triage.js', 'dist/core/knee-triage.js', 'dist/core/knee-triage_bg.wasm'];
const shared = widgetFiles.reduce((sum, f) => sum + gz(f), 0);
const languages = readdirSync(new URL('dist/core/text/', root))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => f.slice(0, -'.txt'.length));
const perLanguage = Object.fromEntries(languages.map((tag) => [tag, shared + gz(`dist/core/text/${tag}.txt`)]));
const widget = Math.max(...Object.values(perLanguage));
const minimal = gz('bench/minimal-yew/dist/minimal_bg.wasm') + gz('bench/minimal-yew/dist/minimal.js');
const standalone = raw('dist/knee-triage-standalone.html');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log('download sizes (gzip -9):');
for (const f of widgetFiles) console.log(`  ${f.padEnd(34)} ${kb(gz(f))}`);
for (const tag of languages) console.log(`  ${`dist/core/text/${tag}.txt`.padEnd(34)} ${kb(gz(`dist/core/text/${tag}.txt`))}`);
for (const tag of languages) {
  const total = perLanguage[tag];
  console.log(`  ${`widget total, ${tag} visitor`.padEnd(34)} ${kb(total)}  (${(total / minimal).toFixed(2)} x the minimal Yew app, ${kb(minimal)})`);
}
console.log(`  standalone file (raw)              ${kb(standalone)}`);

// What the design's boundary packages cost or saved, as last measured by
// `node bench/feature-cost.mjs serde` (a release build per choice, too slow
// for every run; the figures and their commit are kept in bench/feature-cost.json).
const costs = JSON.parse(readFileSync(new URL('bench/feature-cost.json', root), 'utf8')).rows;
console.log('serde and serde-wasm-bindgen at the JS/Rust boundary (wasm gzip, vs the shipped build):');
for (const [name, row] of Object.entries(costs).filter(([name]) => name.includes('serde'))) {
  const sign = row.vs_whole_checker_gzip_bytes > 0 ? '+' : '';
  console.log(`  ${name.padEnd(52)} ${sign}${kb(row.vs_whole_checker_gzip_bytes)}  (measured ${row.measured} at ${row.commit})`);
}

test('the shipped wasm holds no language\'s text: each comes in its own file', () => {
  assert.deepEqual(languages.slice(0, 2), ['en', 'es']);
  const wasm = readFileSync(new URL('dist/core/knee-triage_bg.wasm', root));
  for (const tag of languages) {
    const file = readFileSync(new URL(`dist/core/text/${tag}.txt`, root), 'utf8');
    const [header, ...lines] = file.split('\n');
    assert.match(header, new RegExp(`^knee-triage-text 1 ${tag} [0-9a-f]{16}$`));
    // The longer texts, which are never a key or a language's name.
    const long = lines.filter((l) => l.length > 60);
    assert.ok(long.length > 100, `${tag}: ${long.length} long lines`);
    const inWasm = long.filter((l) => wasm.includes(Buffer.from(l)));
    assert.deepEqual(inWasm, [], `the wasm holds ${tag} text: it was built with bundled-text`);
  }
});

test('the widget does not grow past its recorded ceiling', () => {
  assert.ok(widget <= budget.ceilings.widget_gzip_bytes, `widget ${kb(widget)} > ceiling ${kb(budget.ceilings.widget_gzip_bytes)}`);
  assert.ok(standalone <= budget.ceilings.standalone_bytes, `standalone ${kb(standalone)} > ceiling ${kb(budget.ceilings.standalone_bytes)}`);
});

test('the standalone file is within its budget', () => {
  assert.ok(standalone <= budget.targets.standalone_bytes, `standalone ${kb(standalone)} > ${kb(budget.targets.standalone_bytes)}`);
});

// Not met yet (see docs/performance.md): reported as a to-do with the gap,
// so the run shows it without hiding a regression elsewhere.
test('the widget is within 150 KB and 2.2 x the minimal Yew app', { todo: 'issue 7: over the size budget; no choice of features meets it, see docs/performance.md' }, () => {
  const limit = Math.min(budget.targets.widget_gzip_bytes, budget.targets.widget_vs_minimal_yew * minimal);
  assert.ok(widget <= limit, `widget ${kb(widget)} > ${kb(limit)} by ${kb(widget - limit)}`);
});
