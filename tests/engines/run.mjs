// Runs walk.test.mjs in Chromium, Firefox and WebKit, one engine after the
// other, prints the passed and failed cases per engine and the versions,
// and exits non-zero if any engine failed (or did not run).
//
//   node tests/engines/run.mjs [engine ...]

import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ENGINES, versions } from './drivers.mjs';

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : ENGINES;
const walk = new URL('./walk.test.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'knee-triage-engines-tap-'));
const installed = versions();
const rows = [];
for (const engine of chosen) {
  const tap = join(dir, `${engine}.tap`);
  const began = Date.now();
  const run = spawnSync(
    process.execPath,
    ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, walk],
    { stdio: 'inherit', env: { ...process.env, ENGINE: engine } },
  );
  let out = '';
  try {
    out = readFileSync(tap, 'utf8');
  } catch {}
  const count = (name) => Number((out.match(new RegExp(`^# ${name} (\\d+)$`, 'm')) || [])[1] ?? 0);
  rows.push({ engine, version: installed[engine], pass: count('pass'), fail: count('fail'), status: run.status, seconds: Math.round((Date.now() - began) / 1000) });
}
console.log('\nThe same person in three engines:');
for (const r of rows) console.log(`  ${r.engine.padEnd(9)} ${String(r.pass).padStart(3)} passed, ${r.fail} failed, ${r.seconds} s  (${r.version})`);
const bad = rows.filter((r) => r.status !== 0 || r.fail > 0 || r.pass === 0);
if (bad.length) {
  console.error(`failed in: ${bad.map((r) => r.engine).join(', ')}`);
  process.exit(1);
}
