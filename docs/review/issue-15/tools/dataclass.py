"""Classifies the bytes of the data segments: catalog text, other text, other static data.
Usage: dataclass.py segs.json catalogs.rs"""
import json, re, sys, collections
segs = [(n, o, bytes.fromhex(h)) for n, o, h in json.load(open(sys.argv[1]))]
src = open(sys.argv[2]).read()
def lit(s):
    return re.sub(r'\\u\{([0-9a-fA-F]+)\}', lambda m: chr(int(m.group(1), 16)), s).replace('\\"', '"').replace('\\n', '\n').replace('\\t', '\t').replace('\\\\', '\\')
base = min(o for _, o, _ in segs); end = max(o + len(b) for _, o, b in segs)
mem = bytearray(end - base); cls = [None] * (end - base); present = [False] * (end - base)
for _, o, b in segs:
    mem[o-base:o-base+len(b)] = b
    for i in range(o-base, o-base+len(b)): present[i] = True
def mark(needle, label):
    i = mem.find(needle)
    if i < 0: return False
    for k in range(i, i+len(needle)):
        if cls[k] is None: cls[k] = label
    return True
tables = re.findall(r'const (\w+): Table = Table \{ text: "((?:[^"\\]|\\.)*)", ends: &\[([0-9, ]*)\]', src)
for name, text, ends in tables:
    label = 'catalog text: keys' if name == 'KEYS' else 'catalog text: ' + name
    ok = mark(lit(text).encode(), label)
    nums = [int(x) for x in ends.split(',') if x.strip()]
    ok2 = mark(b''.join(n.to_bytes(2, 'little') for n in nums), 'catalog offsets (u16)')
    print(name, 'text found' if ok else 'TEXT NOT FOUND', 'ends found' if ok2 else 'ENDS NOT FOUND', file=sys.stderr)
ov = re.search(r'const OVERLAYS.*', src).group(0)
for s in re.findall(r'"((?:[^"\\]|\\.)*)"', ov):
    if len(s) > 6: mark(lit(s).encode(), 'catalog text: overlays')
# The rest: printable runs of 4+ bytes are text, the others data.
i = 0; n = len(mem)
def printable(x): return 32 <= x < 127 or x >= 0x80 or x in (9, 10)
while i < n:
    if cls[i] is None and present[i] and printable(mem[i]):
        j = i
        while j < n and cls[j] is None and present[j] and printable(mem[j]): j += 1
        if j - i >= 4:
            s = mem[i:j].decode('utf-8', 'replace')
            if '.rs' in s or '/rustc/' in s or '.cargo' in s: label = 'other text: source paths (panic locations)'
            elif re.search(r'called `|panicked|out of bounds|overflow|poisoned|unwrap|expect|index|slice|must|cannot|invalid|failed|Attempted|returned an error|already|borrow', s): label = 'other text: panic and error messages (std, crates)'
            else: label = 'other text: ids, classes, keys, markup, messages'
            for k in range(i, j): cls[k] = label
        i = j
    else: i += 1
acc = collections.Counter()
for k in range(n):
    if present[k]: acc[cls[k] or 'other static data (pointers, lengths, tables)'] += 1
tot = sum(acc.values())
print(f'data bytes in segments: {tot}')
for k, v in acc.most_common(): print(f'{v:7d} {100*v/tot:5.1f}%  {k}')
if len(sys.argv) > 3:
    for label in sys.argv[3:]:
        runs = []; i = 0
        while i < n:
            if cls[i] == label:
                j = i
                while j < n and cls[j] == label: j += 1
                runs.append(mem[i:j].decode('utf-8', 'replace')); i = j
            else: i += 1
        print('\n==', label); print('\n'.join(r[:160] for r in sorted(runs, key=len, reverse=True)[:400]))
