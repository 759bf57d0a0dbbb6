# Counts imports between the top-level packages (modules) under src/main/java/fi/taitoura and the package cycles
# among them, the way the reviewers' before-stop hook finds them. Usage: python3 .ci/package-imports.py [ROOT...]
import os, re, sys, collections
roots = sys.argv[1:] or ['src/main/java/fi/taitoura']
edges = collections.defaultdict(collections.Counter); files = collections.Counter()
for root in roots:
  for d, _, fs in os.walk(root):
    rel = os.path.relpath(d, root); pkg = 'app' if rel == '.' else rel.split(os.sep)[0]
    for f in fs:
        if not f.endswith('.java'): continue
        files[pkg] += 1
        for m in re.finditer(r'^import\s+(?:static\s+)?fi\.taitoura\.(\w+)', open(os.path.join(d, f), encoding='utf-8').read(), re.M):
            t = 'app' if m.group(1)[0].isupper() else m.group(1)
            if t != pkg: edges[pkg][t] += 1
def reach(a):
    seen, todo = set(), [a]
    while todo:
        for n in edges.get(todo.pop(), ()):
            if n not in seen: seen.add(n); todo.append(n)
    return seen
pairs = sorted({tuple(sorted((a, b))) for a in edges for b in edges[a] if a in reach(b)})
# strongly connected components
nodes = sorted(set(files) | set(edges))
sccs = []; done = set()
for n in nodes:
    if n in done: continue
    comp = {n} | {m for m in reach(n) if n in reach(m)}
    done |= comp
    if len(comp) > 1: sccs.append(sorted(comp))
print('packages:', len(files), ' java files:', sum(files.values()), ' cross-package imports:', sum(sum(c.values()) for c in edges.values()), ' package edges:', sum(len(c) for c in edges.values()))
for p in nodes:
    print(f'  {p:14} {files[p]:4} files -> ' + ', '.join(f'{t}:{n}' for t, n in sorted(edges[p].items())))
print('cycles (strongly connected groups):', len(sccs), sccs)
print('mutually dependent pairs:', len(pairs), ', '.join(f'{a}<->{b}' for a, b in pairs))
