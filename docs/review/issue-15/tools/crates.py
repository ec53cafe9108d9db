"""Sums twiggy's shallow sizes by crate. Usage: crates.py top.json viewmap.txt"""
import json, re, sys, collections
items = json.load(open(sys.argv[1]))
views = set()
for line in open(sys.argv[2]):
    p = line.split()
    if len(p) >= 3 and p[1].startswith('h'): views.add(p[1])
NAME_SECTION = ('subsection',)
def crate_of(n):
    if n.startswith('data segment'): return 'data segments'
    if n.endswith('subsection'): return None
    if n.startswith(('table[', 'elem[', 'type[', 'import ', 'export ', 'global[', 'memory[', 'code[')) or n in ('wasm magic bytes', 'custom section \'producers\'', "custom section 'target_features'"):
        return 'module structure (imports, exports, table, types)'
    m = re.search(r'Stateful>::view::(h[0-9a-f]{16})$', n)
    if m and m.group(1) in views: return 'knee_triage (ui), component bodies inlined in yew CompStateInner::view'
    if re.search(r'yew::(html::component::lifecycle|virtual_dom::vcomp::PropsWrapper)[^ ]*<COMP>', n) or 'yew::functional::FunctionComponent<T>' in n:
        return 'yew, per-component generics (lifecycle, props)'
    if n.endswith('externref shim') or re.match(r'code\[\d+\]$', n) or n.startswith(('Closure(', 'Ref(', 'F64')):
        return 'wasm_bindgen'
    if n in ('mount', 'widget_update', 'widget_unmount', 'mount externref shim'): return 'knee_triage (shell)'
    if n.endswith('section headers') or n.startswith(('custom section', 'section')):
        return 'module structure (imports, exports, table, types)'
    if re.match(r'<T as core::any::Any>::type_id', n): return 'core: TypeIds of Rc<dyn Any> types (yew hooks, scopes, props)'
    s = n.lstrip('<')
    s = re.sub(r'^(&mut |&|\*const |\*mut |dyn )', '', s)
    s = re.sub(r'^dyn ', '', s)
    m = re.match(r'(T|I|A|F|B|K|V|S|char|str|u8|u16|u32|u64|usize|i8|i16|i32|i64|isize|bool|f64|f32|\[T\]|&T|&str|&usize|Ref\(String\)) as (.*)', s)
    if m: s = m.group(2)
    m = re.match(r'(char|str|u8|u16|u32|u64|usize|i32|i64)>::(.*)', s)
    if m: s = 'core::' + m.group(2)
    if s.startswith('core::ptr::drop_in_place') or s.startswith('core[') and 'drop_in_place' in s[:40]: return 'drop glue (core::ptr::drop_in_place)'
    head = re.split(r'[:\[<> ]', s, 1)[0]
    if head in ('core', 'alloc', 'std'):
        if re.search(r'(panic|unwrap_failed|expect_failed|slice_.*fail|index_order|str_index|bounds|slice_error|assert_failed|option::expect|result::unwrap)', s[:120]): return 'core/alloc/std: panics'
        if re.search(r'fmt', s[:80]) or 'Debug' in s[:120] or 'Display' in s[:120]: return 'core/alloc/std: fmt'
        if head == 'alloc' or re.match(r'core(\[\w+\])?::alloc', s): return 'alloc'
        if s.startswith('core'): return 'core (other)'
        return 'std (other)'
    if head == 'knee_triage':
        return 'knee_triage (ui)' if '::ui::' in s[:40] else 'knee_triage (shell)' if '::shell::' in s[:40] else 'knee_triage (other)'
    if head in ('yew', 'yew_macro'): return 'yew'
    if head.startswith('dlmalloc'): return 'dlmalloc'
    if head in ('__rustc', '__rdl_alloc', '__rdl_dealloc', '__rdl_realloc', '__rust_alloc', 'malloc', 'free', 'realloc', 'calloc'): return 'dlmalloc'
    if head in ('memcpy', 'memset', 'memmove', 'memcmp', 'bcmp', 'compiler_builtins'): return 'compiler_builtins (mem*)'
    if head.startswith('__wbg') or head.startswith('__wbindgen') or head.startswith('__externref') or head == 'wasm_bindgen_futures': return head if head == 'wasm_bindgen_futures' else 'wasm_bindgen'
    if head in ('hashbrown', 'indexmap', 'implicit_clone', 'slab', 'console_error_panic_hook', 'gloo_utils', 'gloo_console', 'pin_project', 'scoped_tls_hkt', 'futures'):
        return "yew's dependencies (hashbrown, indexmap, implicit_clone, ...)"
    if head.startswith('gloo'): return "yew's dependencies (hashbrown, indexmap, implicit_clone, ...)"
    if head == 'serde' or head == 'serde_wasm_bindgen': return 'serde, serde_wasm_bindgen'
    return head
acc = collections.Counter(); cnt = collections.Counter(); unknown = collections.Counter()
for it in items:
    c = crate_of(it['name'])
    if c is None: continue
    acc[c] += it['shallow_size']; cnt[c] += 1
total = sum(acc.values())
print(f'total without the name section: {total}')
for c, v in acc.most_common():
    print(f'{v:8d} {100*v/total:6.2f}% {cnt[c]:5d}  {c}')
