#!/usr/bin/env bash
# Regenerate the expected outputs of the differential conformance corpus using
# CPython 3.13 (the reference implementation).
#
# For every Tests/Conformance/programs/X.py this runs, from inside the programs
# directory (so relative paths and sys.argv[0] are stable):
#
#     PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 python X.py </dev/null
#
# with a 20 second timeout, and writes
#     Tests/Conformance/expected/X.stdout  exact stdout bytes
#     Tests/Conformance/expected/X.result  line 1: exit code
#                                          line 2: last non-empty stderr line (or empty)
#
# Usage: Tools/gen-expected.sh [--filter SUBSTR] [--python CMD]
#   --python CMD   interpreter command to use instead of "python" (still run
#                  with PYENV_VERSION=3.13.0; must be CPython 3.13.x)
set -u
set -o pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROG_DIR="$ROOT/Tests/Conformance/programs"
EXP_DIR="$ROOT/Tests/Conformance/expected"
PY=python
FILTER=""

while [ $# -gt 0 ]; do
    case "$1" in
        --filter) FILTER="${2:-}"; shift 2 ;;
        --python) PY="${2:-}"; shift 2 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "gen-expected: unknown argument: $1" >&2; exit 2 ;;
    esac
done

export PYENV_VERSION=3.13.0
export PYTHONHASHSEED=0
# Keep CPython's own output stable regardless of the caller's environment.
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS PYTHONDEVMODE PYTHONINSPECT PYTHONOPTIMIZE PYTHONDONTWRITEBYTECODE PYTHONUNBUFFERED
export PYTHONIOENCODING=utf-8
export PYTHONDONTWRITEBYTECODE=1
export LC_ALL=C.UTF-8

version="$(cd "$PROG_DIR" && "$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)"
if [ "$version" != "3.13" ]; then
    echo "gen-expected: '$PY' with PYENV_VERSION=3.13.0 is not CPython 3.13 (got '${version:-nothing}')" >&2
    exit 2
fi

mkdir -p "$EXP_DIR"
tmp_err="$(mktemp)"
trap 'rm -f "$tmp_err"' EXIT

count=0
cd "$PROG_DIR" || exit 2
for path in "$PROG_DIR"/*.py; do
    name="$(basename "$path" .py)"
    if [ -n "$FILTER" ] && [[ "$name" != *"$FILTER"* ]]; then
        continue
    fi
    timeout 20 "$PY" "$name.py" </dev/null >"$EXP_DIR/$name.stdout" 2>"$tmp_err"
    code=$?
    if [ "$code" -eq 124 ]; then
        echo "gen-expected: WARNING: $name timed out under CPython" >&2
    fi
    last="$(grep -v '^[[:space:]]*$' "$tmp_err" | tail -n 1)"
    printf '%s\n%s\n' "$code" "$last" >"$EXP_DIR/$name.result"
    count=$((count + 1))
done

# Drop expectations whose program no longer exists (only on a full run).
if [ -z "$FILTER" ]; then
    for exp in "$EXP_DIR"/*.result "$EXP_DIR"/*.stdout; do
        [ -e "$exp" ] || continue
        base="$(basename "$exp")"
        name="${base%.*}"
        if [ ! -e "$PROG_DIR/$name.py" ]; then
            rm -f "$exp"
        fi
    done
fi

echo "gen-expected: wrote expectations for $count programs into ${EXP_DIR#$ROOT/}"
