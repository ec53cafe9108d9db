"""Which component each copy of Yew's `CompStateInner<COMP>::view` belongs to.

LLVM inlines a component's `run` into its `view` copy, so the optimised names
do not say. The linker's output (before wasm-opt, same symbol hashes) still
calls `FunctionComponent<T>::render`, which calls `<Component as
FunctionProvider>::run`: following those calls names the component.

Usage: views.py top.json cargo.wat > viewmap.txt   (size, hash, component)
"""
import json, re, sys

sizes = {d['name']: d['shallow_size'] for d in json.load(open(sys.argv[1]))}
byhash = {}
for n, s in sizes.items():
    m = re.search(r'Stateful>::view::(h[0-9a-f]{16})$', n)
    if m:
        byhash[m.group(1)] = s
graph, cur = {}, None
for line in open(sys.argv[2]):
    if line.startswith(' (func $'):
        cur = line.split()[1][1:]
        graph[cur] = []
        continue
    if cur and '(call $' in line:
        graph[cur] += [c.rstrip(')') for c in re.findall(r'\(call \$(\S+)', line)]
views = {}
for f in graph:
    m = re.search(r'Stateful\$GT\$4view17(h[0-9a-f]{16})E', f)
    if m:
        views[m.group(1)] = f
PROVIDER = re.compile(r'LT\$([a-z_]+(?:\.\.[A-Za-z_]+)+)\$u20\$as\$u20\$yew\.\.(?:functional\.\.FunctionProvider|html\.\.component\.\.Component|html\.\.component\.\.BaseComponent)\$GT\$')


def component(f, depth=0, seen=None):
    seen = seen if seen is not None else set()
    found = set()
    for c in graph.get(f, []):
        if c in seen:
            continue
        seen.add(c)
        m = PROVIDER.search(c)
        if m:
            found.add(m.group(1).replace('..', '::'))
        elif depth < 2 and ('render' in c or 'view' in c):
            found |= component(c, depth + 1, seen)
    return found


for h in sorted(byhash, key=lambda h: -byhash[h]):
    print(byhash[h], h, ', '.join(sorted(component(views.get(h, '')))) or '?')
