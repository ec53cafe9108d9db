"""Data segments of a .wat: offset, size, share of printable text, a sample."""
import re, sys, json
def unescape(s):
    out = bytearray(); i = 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            n = s[i+1]
            if n in '0123456789abcdef' and i+2 < len(s) and s[i+2] in '0123456789abcdef':
                out.append(int(s[i+1:i+3], 16)); i += 3; continue
            out += {'n': b'\n', 't': b'\t', 'r': b'\r', '"': b'"', "'": b"'", '\\': b'\\'}[n]; i += 2; continue
        out += c.encode(); i += 1
    return bytes(out)
segs = []
for line in open(sys.argv[1]):
    m = re.match(r' \(data \$(\S+) \(i32\.const (\d+)\) "(.*)"\)$', line)
    if m: segs.append((m.group(1), int(m.group(2)), unescape(m.group(3))))
json.dump([(n, o, b.hex()) for n, o, b in segs], open(sys.argv[2], 'w'))
for n, o, b in sorted(segs, key=lambda s: -len(s[2]))[:int(sys.argv[3]) if len(sys.argv) > 3 else 30]:
    pr = sum(1 for x in b if 32 <= x < 127 or x >= 0xc2 or x in (10,)) / max(1, len(b))
    print(f'{n:14s} {o:8d} {len(b):6d} text~{pr:4.0%} {b[:90]!r}')
