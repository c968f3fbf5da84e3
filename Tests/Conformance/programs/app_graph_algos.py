"""Graph algorithms on a seeded random road network: BFS with deque, Dijkstra and A* with
heapq, topological sort, union-find Kruskal MST, strongly connected components, and a
deep copy of the graph for what-if edits."""

import copy
import heapq
import math
import random
from collections import deque, defaultdict, Counter
from dataclasses import dataclass, field
from itertools import combinations, count


@dataclass
class City:
    name: str
    x: float
    y: float


@dataclass
class Graph:
    cities: dict = field(default_factory=dict)
    adj: dict = field(default_factory=lambda: defaultdict(dict))

    def add_city(self, city):
        self.cities[city.name] = city

    def connect(self, a, b, weight):
        self.adj[a][b] = weight
        self.adj[b][a] = weight

    def edges(self):
        return sorted((w, a, b) for a in self.adj for b, w in self.adj[a].items() if a < b)


def distance(a, b):
    return math.hypot(a.x - b.x, a.y - b.y)


def build(seed, n):
    rng = random.Random(seed)
    g = Graph()
    names = [f"C{i:02d}" for i in range(n)]
    for name in names:
        g.add_city(City(name, round(rng.uniform(0, 100), 2), round(rng.uniform(0, 100), 2)))
    for a, b in combinations(names, 2):
        d = distance(g.cities[a], g.cities[b])
        if d < 30 or rng.random() < 0.04:
            g.connect(a, b, round(d, 2))
    return g


def bfs_layers(g, start):
    seen = {start: 0}
    q = deque([start])
    while q:
        u = q.popleft()
        for v in sorted(g.adj[u]):
            if v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    layers = defaultdict(list)
    for node, d in seen.items():
        layers[d].append(node)
    return {d: sorted(ns) for d, ns in sorted(layers.items())}


def dijkstra(g, src, dst):
    tie = count()
    dist = {src: 0.0}
    prev = {}
    pq = [(0.0, next(tie), src)]
    settled = 0
    while pq:
        d, _, u = heapq.heappop(pq)
        if d > dist.get(u, math.inf):
            continue
        settled += 1
        if u == dst:
            break
        for v, w in g.adj[u].items():
            nd = d + w
            if nd < dist.get(v, math.inf):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, next(tie), v))
    if dst not in dist:
        return None, [], settled
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    return round(dist[dst], 2), path[::-1], settled


def astar(g, src, dst):
    goal = g.cities[dst]
    h = lambda n: distance(g.cities[n], goal)
    tie = count()
    best = {src: 0.0}
    pq = [(h(src), next(tie), src)]
    expanded = 0
    while pq:
        f, _, u = heapq.heappop(pq)
        expanded += 1
        if u == dst:
            return round(best[u], 2), expanded
        for v, w in g.adj[u].items():
            nd = best[u] + w
            if nd < best.get(v, math.inf):
                best[v] = nd
                heapq.heappush(pq, (nd + h(v), next(tie), v))
    return None, expanded


class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = Counter()

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True


def kruskal(g):
    ds = DisjointSet(g.cities)
    tree = [(w, a, b) for w, a, b in g.edges() if ds.union(a, b)]
    components = Counter(ds.find(c) for c in g.cities)
    return tree, len(components)


def topo_sort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
    users = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            users[d].append(n)
    ready = [n for n, k in indeg.items() if k == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        n = heapq.heappop(ready)
        order.append(n)
        for m in users[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                heapq.heappush(ready, m)
    if len(order) != len(indeg):
        raise ValueError("cycle detected among: " + ", ".join(sorted(n for n, k in indeg.items() if k)))
    return order


def tarjan(graph):
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = count()

    def visit(v):
        index[v] = low[v] = next(counter)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(out)


g = build(11, 24)
print("cities:", len(g.cities), "roads:", len(g.edges()))
degrees = Counter({c: len(g.adj[c]) for c in g.cities})
print("busiest:", degrees.most_common(3))
layers = bfs_layers(g, "C00")
for d, ns in layers.items():
    print(f"  hop {d}: {' '.join(ns)}")
for src, dst in [("C00", "C23"), ("C05", "C17"), ("C03", "C12")]:
    d, path, settled = dijkstra(g, src, dst)
    a, expanded = astar(g, src, dst)
    print(f"{src}->{dst}: {d} via {'-'.join(path)} (dijkstra settled {settled}, A* expanded {expanded}, same={d == a})")
tree, parts = kruskal(g)
print("MST edges:", len(tree), "weight:", round(sum(w for w, _, _ in tree), 2), "components:", parts)
what_if = copy.deepcopy(g)
heaviest = max(tree)
del what_if.adj[heaviest[1]][heaviest[2]]
del what_if.adj[heaviest[2]][heaviest[1]]
print("removed", heaviest, "-> edges", len(what_if.edges()), "original", len(g.edges()))
print("original unchanged:", heaviest[2] in g.adj[heaviest[1]], what_if.cities["C00"] is not g.cities["C00"])
deps = {"app": ["lib", "utils", "log"], "lib": ["utils", "core"], "utils": ["core"], "log": ["core"],
        "tests": ["app", "mock"], "mock": ["core"]}
print("build order:", topo_sort(deps))
try:
    topo_sort({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except ValueError as e:
    print("error:", e)
directed = {1: [2], 2: [3], 3: [1, 4], 4: [5], 5: [6], 6: [4], 7: [6, 8], 8: []}
print("SCCs:", tarjan(directed))
