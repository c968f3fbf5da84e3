#!/usr/bin/env bash
# Golden `dis --adaptive` outputs: the quickened state after each specialization scenario
# (Tests/Conformance/programs/spec_*.py; their stdout is checked against CPython by the
# conformance corpus). Goldens are Quicken's own output, reviewed when regenerated:
#
#     Tools/check-adaptive.sh            compare
#     Tools/check-adaptive.sh --update   rewrite Tests/Adaptive/expected/
#
# Code-object addresses are masked. spec_add2 also shows its decoded inline caches.
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
QUICKEN="${QUICKEN:-$ROOT/.build/release/quicken}"
EXP=Tests/Adaptive/expected
update=0
[ "${1:-}" = "--update" ] && update=1
mkdir -p "$EXP"
failed=0
for prog in Tests/Conformance/programs/spec_*.py; do
    name=$(basename "$prog" .py)
    flags=(--dis --adaptive)
    [ "$name" = spec_add2 ] && flags+=(--show-caches)
    out=$("$QUICKEN" "${flags[@]}" "$prog" 2>&1 | sed -E -e 's/ at 0x[0-9a-f]+/ at 0x…/g' -e "s|$ROOT/||g")
    if [ $update = 1 ]; then
        printf '%s\n' "$out" > "$EXP/$name.dis"
    elif ! diff -u "$EXP/$name.dis" <(printf '%s\n' "$out") > /tmp/quicken-adaptive-$name.diff; then
        echo "FAIL $name (diff in /tmp/quicken-adaptive-$name.diff)"
        failed=$((failed + 1))
    fi
done
[ $update = 1 ] && echo "updated $EXP" && exit 0

# Stats whose figures are known exactly (each program's comment derives them).
stats() {  # program, python assertions over `ops` (by opcode) and `fams` (by family)
    local json=/tmp/quicken-stats-$$.json
    "$QUICKEN" --stats-json "$json" "Tests/Adaptive/stats/$1.py" > /dev/null &&
    python3 - "$json" "$2" <<'PY' || { echo "FAIL stats $1"; failed=$((failed + 1)); }
import json, sys
d = json.load(open(sys.argv[1]))
ops = {o["opcode"]: o for o in d["opcodes"]}
fams = {f["family"]: f for f in d["families"]}
exec(sys.argv[2])
PY
    rm -f "$json"
}
stats add_miss 'assert ops["BINARY_OP"]["executions"] == 2
a = ops["BINARY_OP_ADD_INT"]
assert (a["executions"], a["hits"], a["misses"], a["deopts"]) == (99, 98, 1, 0), a
assert ops["CALL_PY_EXACT_ARGS"]["hits"] == 98 and ops["CALL"]["executions"] == 4
assert (fams["BINARY_OP"]["success"], fams["BINARY_OP"]["failure"]) == (1, 0)'
stats deopt_cycle 'a = ops["BINARY_OP_ADD_INT"]
assert (a["executions"], a["hits"], a["misses"], a["deopts"]) == (111, 58, 53, 1), a
assert ops["BINARY_OP_ADD_UNICODE"]["hits"] == 7
assert fams["BINARY_OP"]["installed"] == {"BINARY_OP_ADD_INT": 1, "BINARY_OP_ADD_UNICODE": 1}'
stats backoff 'f = fams["BINARY_OP"]
assert (f["success"], f["failure"], f["failure_reasons"]) == (0, 2, {"operand type: list": 2}), f'

[ $failed = 0 ] && echo "adaptive goldens and stats: all match" || echo "adaptive goldens and stats: $failed differ"
[ $failed = 0 ]
