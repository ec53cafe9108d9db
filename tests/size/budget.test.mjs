// The download budget: what a visitor's browser fetches for the embedded
// widget (loader, glue, wasm with English and Spanish, CSS), gzipped, and
// the standalone file. Sizes are deterministic, so this is a test; the
// figures are printed every run.

import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url);
const budget = JSON.parse(readFileSync(new URL('bench/budget.json', root), 'utf8'));
const gz = (path) => gzipSync(readFileSync(new URL(path, root)), { level: 9 }).length;
const raw = (path) => readFileSync(new URL(path, root)).length;

const widgetFiles = ['dist/knee-triage.js', 'dist/core/knee-triage.js', 'dist/core/knee-triage_bg.wasm', 'dist/knee-triage.css'];
const widget = widgetFiles.reduce((sum, f) => sum + gz(f), 0);
const minimal = gz('bench/minimal-yew/dist/minimal_bg.wasm') + gz('bench/minimal-yew/dist/minimal.js');
const standalone = raw('dist/knee-triage-standalone.html');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log('download sizes (gzip -9):');
for (const f of widgetFiles) console.log(`  ${f.padEnd(34)} ${kb(gz(f))}`);
console.log(`  widget total                       ${kb(widget)}  (${(widget / minimal).toFixed(2)} x the minimal Yew app, ${kb(minimal)})`);
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
