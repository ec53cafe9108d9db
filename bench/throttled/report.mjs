// Statistics and the readable table for bench/throttled.mjs.

/** Nearest-rank percentile (p 50 of an odd count is the middle load). */
export function pct(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((sorted.length * p) / 100) - 1)];
}

const round1 = (x) => (x === undefined ? null : Math.round(x * 10) / 10);

/** Median, p90 and every value (rounded to 0.1 ms) of one measure over the loads that had it. */
export function summary(loads, key) {
  const values = loads.map((l) => l[key]).filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (values.length === 0) return { median: null, p90: null, n: 0, values: [] };
  return { median: round1(pct(values, 50)), p90: round1(pct(values, 90)), n: values.length, values: values.map(round1) };
}

export const MEASURES = [
  ['startWorks', '1 navigation -> Start works'],
  ['startToEmergency', '2 tap Start -> emergency question'],
  ['continueToDuration', '3 tap Continue -> second question'],
];
export const EXTRAS = [
  ['checkerReady', 'navigation -> checker ready (wasm + first render)'],
  ['startStyled', 'navigation -> Start works and styled'],
  ['aimStart', 'navigation -> the persona finds Start (its first look)'],
  ['tapStart', 'navigation -> the persona\'s tap on Start'],
  ['inputDelayStart', 'tap on Start kept waiting by a busy page'],
  ['inputDelayContinue', 'tap on Continue kept waiting by a busy page'],
];

/** Everything about one page under one condition (throttled or loopback). */
export function describe(loads) {
  const out = {};
  for (const [key] of [...MEASURES, ...EXTRAS]) out[key] = summary(loads, key);
  out.missedTaps = loads.reduce((n, l) => n + l.missedTaps.length, 0);
  const totals = loads.map((l) => l.bytes);
  out.bytes = {
    median: totals.length ? pct(totals, 50) : null,
    min: totals.length ? Math.min(...totals) : null,
    max: totals.length ? Math.max(...totals) : null,
    files: loads[0]?.files ?? [],
  };
  return out;
}

export function ratios(widget, page) {
  const r = {};
  for (const [key] of MEASURES) r[key] = widget[key].median && page[key].median ? Math.round((widget[key].median / page[key].median) * 100) / 100 : null;
  r.bytes = widget.bytes.median && page.bytes.median ? Math.round((widget.bytes.median / page.bytes.median) * 100) / 100 : null;
  return r;
}

const ms = (s) => (s.median === null ? '—' : `${s.median.toFixed(0)} / ${s.p90.toFixed(0)} ms`);
const kb = (b) => `${(b / 1000).toFixed(1)} kB`;

/** The table for one condition, as lines of text. */
export function table(title, result) {
  const { widget, static: page, ratios: r } = result;
  const lines = [title, `  ${'measure (median / p90)'.padEnd(52)} ${'widget'.padStart(17)} ${'static'.padStart(17)}  widget ÷ static`];
  for (const [key, label] of MEASURES) lines.push(`  ${label.padEnd(52)} ${ms(widget[key]).padStart(17)} ${ms(page[key]).padStart(17)}  ${r[key] === null ? '—' : r[key].toFixed(2) + ' x'}`);
  lines.push(`  ${'4 bytes transferred (median)'.padEnd(52)} ${kb(widget.bytes.median ?? 0).padStart(17)} ${kb(page.bytes.median ?? 0).padStart(17)}  ${r.bytes === null ? '—' : r.bytes.toFixed(2) + ' x'}`);
  lines.push('  extra:');
  for (const [key, label] of EXTRAS) {
    if (widget[key].n || page[key].n) lines.push(`  ${('  ' + label).padEnd(52)} ${ms(widget[key]).padStart(17)} ${ms(page[key]).padStart(17)}`);
  }
  if (widget.missedTaps || page.missedTaps) lines.push(`    taps that missed (the page moved) and were made again: widget ${widget.missedTaps}, static ${page.missedTaps}`);
  return lines;
}

/** The bytes of each file of one load, as lines of text. */
export function fileLines(name, files) {
  return [`  ${name}:`, ...files.map((f) => `    ${f.path.padEnd(30)} ${(f.encoding || '?').padEnd(9)} ${String(f.bytes).padStart(8)} B${f.failed ? '  failed: ' + f.failed : ''}`)];
}
