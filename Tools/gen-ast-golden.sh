#!/usr/bin/env bash
# Regenerates the parser goldens in Tests/QuickenTests/Fixtures/ast from CPython 3.13:
#   *.py          valid modules (hand-written inputs)
#   *.dump        ast.dump(ast.parse(src))
#   *.attrs.dump  ast.dump(..., include_attributes=True), for positions
#   errors.txt    invalid inputs, separated by lines "===="
#   errors.expected  one JSON object per input: the SyntaxError's type, msg and positions
# Usage: Tools/gen-ast-golden.sh   (PYTHON=/path/to/python3.13 to pick the interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for cand in python3.13 "env PYENV_VERSION=3.13.0 python" python3; do
    if $cand -c 'import sys; assert sys.version_info[:2] == (3, 13)' >/dev/null 2>&1; then PY="$cand"; break; fi
  done
fi
[ -n "$PY" ] || { echo "gen-ast-golden.sh: CPython 3.13 not found (set PYTHON=...)" >&2; exit 1; }
$PY -W ignore - <<'PYEOF'
import ast, glob, json, re, sys
assert sys.version_info[:2] == (3, 13), "needs CPython 3.13, got " + sys.version
d = "Tests/QuickenTests/Fixtures/ast"

def clean(s):
    # Quicken's AST has no Constant.kind (CPython sets kind='u' for u'' literals).
    return re.sub(r", kind='u'", "", s)

for path in sorted(glob.glob(d + "/*.py")):
    src = open(path, encoding="utf-8").read()
    tree = ast.parse(src, path)
    with open(path[:-3] + ".dump", "w", encoding="utf-8") as f:
        f.write(clean(ast.dump(tree)) + "\n")
    with open(path[:-3] + ".attrs.dump", "w", encoding="utf-8") as f:
        f.write(clean(ast.dump(tree, include_attributes=True)) + "\n")

cases = open(d + "/errors.txt", encoding="utf-8").read().split("\n====\n")
with open(d + "/errors.expected", "w", encoding="utf-8") as out:
    for src in cases:
        try:
            tree = ast.parse(src, "f.py")
            rec = {"ok": clean(ast.dump(tree))}
        except SyntaxError as e:
            rec = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                   "end_lineno": e.end_lineno, "end_offset": e.end_offset}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote goldens for", len(glob.glob(d + "/*.py")), "modules and", len(cases), "error cases")
PYEOF
