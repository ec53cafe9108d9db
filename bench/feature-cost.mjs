// What each part of the checker adds to the download: builds the committed
// tree again with one part left out at a time and reports the wasm's gzip
// size, so a decision about the size budget can be taken on measured costs.
//
//   node bench/feature-cost.mjs        (about 10 minutes: one release build per row)
//   node bench/feature-cost.mjs serde  (only the rows whose name holds "serde")
//
// Each variant is a copy of HEAD in a temporary git worktree with a few
// lines removed; nothing in the working tree is touched. A variant whose
// edit no longer matches the code stops the run with a message, rather than
// reporting the full build under a wrong name.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, renameSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'node_modules/.bin');
const target = join(root, 'target/feature-cost');
// Parts left out leave their helpers unused; those warnings are expected here.
const env = { ...process.env, RUSTFLAGS: '-A dead_code' };
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });

/** Replaces `pattern` in `file`, or stops if it is not there. */
const swap = (file, pattern, by) => (dir) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!pattern.test(text)) throw new Error(`${file}: ${pattern} not found; update bench/feature-cost.mjs`);
  writeFileSync(path, text.replace(pattern, by));
};
const cut = (file, pattern) => swap(file, pattern, '');
// Since issue 15 the wasm holds no text (each language is a file fetched
// at run time), so this row is about what Spanish adds to the wasm itself:
// its tag, its name and its overlay's key list.
const noSpanish = (dir) => {
  for (const name of ['es.txt', 'es-ES.txt']) renameSync(join(dir, 'crates/knee-triage-core/src/knowledge/locales', name), join(dir, `${name}.aside`));
};
// The diary screen shows nothing; the diary's data and rules stay.
const noDiary = [
  swap('src/ui/app.rs', /Screen::Diary => html! \{[\s\S]*?\},\n/, 'Screen::Diary => html! {},\n'),
  swap('src/ui/app.rs', /DiaryPage, /, ''),
];
const resultPage = 'src/ui/pages/result.rs';
const noRecords = [cut(resultPage, /<KeepARecord [\s\S]*?\/>\n/), cut(resultPage, /use crate::ui::components::result::keep_a_record::KeepARecord;\n/)];
const noPrint = [cut(resultPage, /<PrintSummary [\s\S]*?\/>\n/), cut(resultPage, /use crate::ui::components::result::print_summary::PrintSummary;\n/)];
// The result event's detail set by hand, as before issue 13, instead of
// through serde-wasm-bindgen: what the design's package costs there.
const detailByHand = swap('src/shell/mount.rs', /let detail = serde_wasm_bindgen::to_value\([\s\S]*?\.unwrap_or\(JsValue::NULL\);/,
  'let detail = js_sys::Object::new();\n        let _ = js_sys::Reflect::set(&detail, &"level".into(), &level.id().into());');
// The element's settings read by serde-wasm-bindgen into a derived struct
// instead of the hand-written reader (not adopted: see src/shell/mount.rs).
const settingsBySerde = swap('src/shell/mount.rs', /pub\(super\) fn read_settings\(settings: &JsValue\) -> RawConfig \{[\s\S]*?\n\}\n(?=\nfn warn)/, `#[derive(serde::Deserialize, Default)]
#[serde(rename_all = "camelCase", default)]
struct Settings {
    lang: Option<String>, emergency_number: Option<String>, browser_languages: Vec<String>,
    manage_title: Option<bool>, clinic_name: Option<String>, clinic_phone: Option<String>,
    booking_url: Option<String>, storage: Option<String>, chosen_lang: Option<String>, start_now: Option<bool>,
}
pub(super) fn read_settings(settings: &JsValue) -> RawConfig {
    let s: Settings = serde_wasm_bindgen::from_value(settings.clone()).unwrap_or_default();
    RawConfig {
        lang: s.lang, emergency_number: s.emergency_number, browser_languages: s.browser_languages,
        manage_title: s.manage_title, clinic_name: s.clinic_name, clinic_phone: s.clinic_phone,
        booking_url: s.booking_url, storage: s.storage, chosen_lang: s.chosen_lang, start_now: s.start_now,
    }
}
`);

const variants = [
  ['the whole checker', []],
  ['without Spanish', [noSpanish]],
  ['without the symptom diary screens', noDiary],
  ['without downloads, FHIR export and loading answers', noRecords],
  ['without the print summary', noPrint],
  ['triage only (no diary screens, downloads or print)', [...noDiary, ...noRecords, ...noPrint]],
  ['triage only, English only', [...noDiary, ...noRecords, ...noPrint, noSpanish]],
  ['result event detail by hand, not serde-wasm-bindgen', [detailByHand]],
  ['settings read by serde-wasm-bindgen (not adopted)', [settingsBySerde]],
];

function wasmGzip(dir) {
  run('cargo', ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '--lib', '--target-dir', target], dir);
  const out = join(dir, 'out');
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'k',
    join(target, 'wasm32-unknown-unknown/release/knee_triage.wasm')], dir);
  run(join(bin, 'wasm-opt'), ['-Oz', '--converge', join(out, 'k_bg.wasm'), '-o', join(out, 'o.wasm')], dir);
  const wasm = readFileSync(join(out, 'o.wasm'));
  return { raw: statSync(join(out, 'o.wasm')).size, gz: gzipSync(wasm, { level: 9 }).length };
}

// `node bench/feature-cost.mjs serde` measures only the rows whose name
// holds "serde", against the whole checker.
const only = process.argv[2];
const chosen = variants.filter(([name], i) => i === 0 || !only || name.includes(only));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const [name, edits] of chosen) {
  const dir = mkdtempSync(join(tmpdir(), 'kt-variant-'));
  try {
    run('git', ['worktree', 'add', '--quiet', '--detach', dir, 'HEAD'], root);
    for (const edit of edits) edit(dir);
    const size = wasmGzip(dir);
    rows.push([name, size]);
    const full = rows[0][1].gz;
    console.log(`${name.padEnd(52)} wasm ${kb(size.gz).padStart(9)} gzip (${kb(size.raw)} raw)${rows.length > 1 ? `  ${kb(size.gz - full)}` : ''}`);
  } finally {
    run('git', ['worktree', 'remove', '--force', dir], root);
    rmSync(dir, { recursive: true, force: true });
  }
}

// Kept in the repository, so the size test can print what each choice cost
// without rebuilding; a partial run updates only the rows it measured.
const resultsPath = join(root, 'bench/feature-cost.json');
let kept = { rows: {} };
try { kept = JSON.parse(readFileSync(resultsPath, 'utf8')); } catch { /* first run */ }
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const measured = new Date().toISOString().slice(0, 10);
const full = rows[0][1].gz;
for (const [name, size] of rows) {
  kept.rows[name] = { wasm_gzip_bytes: size.gz, wasm_raw_bytes: size.raw, vs_whole_checker_gzip_bytes: size.gz - full, measured, commit };
}
writeFileSync(resultsPath, `${JSON.stringify(kept, null, 2)}\n`);
console.log(`written to bench/feature-cost.json`);
