# BFS, DFS, topological sort, Dijkstra with a hand-written heap
graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F"],
    "F": ["G"],
    "G": [],
    "H": ["A"],
}
def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in graph[node]:
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return order
def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs(nb, seen)
    return seen
def shortest_path(a, b):
    prev = {a: None}
    queue = [a]
    while queue:
        n = queue.pop(0)
        if n == b:
            path = []
            while n is not None:
                path.append(n)
                n = prev[n]
            return path[::-1]
        for nb in graph[n]:
            if nb not in prev:
                prev[nb] = n
                queue.append(nb)
    return None
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for nb in graph[n]:
            indeg[nb] += 1
    ready = sorted(n for n in graph if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for nb in graph[n]:
            indeg[nb] -= 1
            if indeg[nb] == 0:
                ready.append(nb)
                ready.sort()
    return out
print(bfs("A"), dfs("A"), dfs("H"))
print(shortest_path("H", "G"), shortest_path("D", "A"))
print(topo())

def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0 and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2
def heap_pop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(h) and h[l] < h[m]:
                m = l
            if r < len(h) and h[r] < h[m]:
                m = r
            if m == i:
                break
            h[i], h[m] = h[m], h[i]
            i = m
    return top
weighted = {"s": {"a": 7, "b": 2}, "a": {"c": 1}, "b": {"a": 3, "c": 8, "d": 5}, "c": {"t": 2}, "d": {"t": 6}, "t": {}}
def dijkstra(src):
    dist = {src: 0}
    h = [(0, src)]
    done = set()
    while h:
        d, n = heap_pop(h)
        if n in done:
            continue
        done.add(n)
        for nb, w in weighted[n].items():
            if nb not in dist or d + w < dist[nb]:
                dist[nb] = d + w
                heap_push(h, (d + w, nb))
    return dict(sorted(dist.items()))
print(dijkstra("s"))
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heap_push(h, v)
print([heap_pop(h) for _ in range(7)])
