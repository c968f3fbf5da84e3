# sudoku validator and simple solver
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(s):
    return [[0 if ch == "." else int(ch) for ch in line] for line in s.split()]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
def solve(g):
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for d in candidates(g, r, c):
                    g[r][c] = d
                    if solve(g):
                        return True
                g[r][c] = 0
                return False
    return True
def valid(g):
    groups = [row for row in g]
    groups += [[g[r][c] for r in range(9)] for c in range(9)]
    groups += [[g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(grp) == list(range(1, 10)) for grp in groups)
grid = parse(PUZZLE)
print(sum(v == 0 for row in grid for v in row), "blanks")
print(candidates(grid, 0, 2), candidates(grid, 4, 4))
print(solve(grid), valid(grid))
for row in grid:
    print(" ".join(map(str, row)))
grid[0][0], grid[0][1] = grid[0][1], grid[0][0]
print(valid(grid))
