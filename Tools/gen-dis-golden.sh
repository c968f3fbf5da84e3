#!/bin/sh
# Regenerates the golden `dis` fixtures for the compiler tests from CPython 3.13.
# For each Tests/QuickenTests/Fixtures/dis/NAME.py this writes
#   NAME.dis       CPython's dis.dis() text of the compiled module (code addresses normalized)
#   NAME.ast.json  CPython's AST of the snippet (lets the tests run before/without Quicken's parser)
# A first line `# dis: show_caches` in the snippet selects dis(show_caches=True).
# Usage: Tools/gen-dis-golden.sh [NAME.py ...]   (needs pyenv's 3.13.0 or PYTHON=python3.13)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR="$ROOT/Tests/QuickenTests/Fixtures/dis"
PY=${PYTHON:-python}
export PYENV_VERSION=${PYENV_VERSION:-3.13.0}
export PYTHONHASHSEED=0
if [ $# -eq 0 ]; then set -- "$DIR"/*.py; fi
for f in "$@"; do
  base=${f%.py}
  (cd "$(dirname "$f")" && "$PY" - "$(basename "$f")") > "$base.out" <<'PYEOF'
import ast, dis, io, json, re, sys
name = sys.argv[1]
src = open(name, encoding="utf-8").read()
assert sys.version_info[:2] == (3, 13), sys.version

def conv(v):
    if isinstance(v, ast.AST):
        if not v._fields and not hasattr(v, "lineno"):
            return type(v).__name__          # Load/Store/Del, operators
        d = {"_": type(v).__name__}
        for f in v._fields:
            d[f] = conv(getattr(v, f, None))
        if hasattr(v, "lineno"):
            d["pos"] = [v.lineno, v.col_offset, v.end_lineno, v.end_col_offset]
        return d
    if isinstance(v, list):
        return [conv(x) for x in v]
    return v

def const(v):
    if v is None: return {"k": "none"}
    if v is Ellipsis: return {"k": "ellipsis"}
    if isinstance(v, bool): return {"k": "bool", "v": v}
    if isinstance(v, int): return {"k": "int", "v": str(v)}
    if isinstance(v, float): return {"k": "float", "v": v.hex()}
    if isinstance(v, complex): return {"k": "imag", "v": v.imag.hex()}
    if isinstance(v, str): return {"k": "str", "v": v}
    if isinstance(v, bytes): return {"k": "bytes", "v": v.hex()}
    raise TypeError(type(v))

class Consts(ast.NodeTransformer):
    def visit_Constant(self, n):
        n.value = const(n.value)
        return n

tree = ast.parse(src, name)
out = io.StringIO()
show_caches = src.startswith("# dis: show_caches")
dis.dis(compile(src, name, "exec"), file=out, show_caches=show_caches)
text = re.sub(r" at 0x[0-9a-f]+", " at 0x...", out.getvalue())
print(json.dumps({"dis": text, "ast": conv(Consts().visit(tree))}))
PYEOF
  "$PY" - "$base.out" "$base" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1]))
open(sys.argv[2] + ".dis", "w").write(d["dis"])
open(sys.argv[2] + ".ast.json", "w").write(json.dumps(d["ast"], separators=(",", ":")) + "\n")
PYEOF
  rm -f "$base.out"
done
