// Lists a wasm module's sections; with --strip-names OUT also writes it without its "name" custom section.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const [file, flag, out] = process.argv.slice(2);
const b = readFileSync(file);
let p = 8; const keep = [b.subarray(0, 8)];
const leb = () => { let r = 0, s = 0, x; do { x = b[p++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80); return r >>> 0; };
const names = ['custom','type','import','function','table','memory','global','export','start','element','code','data','datacount'];
while (p < b.length) {
  const start = p; const id = b[p++]; const size = leb(); const body = p; p += size;
  let label = names[id];
  if (id === 0) { const q = p; p = body; const n = leb(); label = `custom "${b.subarray(p, p + n).toString()}"`; p = q; }
  if (id === 3 || id === 10 || id === 11) { const q = p; p = body; label += ` (${leb()} entries)`; p = q; }
  console.log(`${label.padEnd(40)} ${String(p - start).padStart(8)}`);
  if (!(id === 0 && label.startsWith('custom "name"'))) keep.push(b.subarray(start, p));
}
const stripped = Buffer.concat(keep);
console.log(`total ${b.length}  without names ${stripped.length}  gzip -9 without names ${gzipSync(stripped, { level: 9 }).length}`);
if (flag === '--strip-names') writeFileSync(out, stripped);
