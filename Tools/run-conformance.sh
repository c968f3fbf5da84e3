#!/usr/bin/env bash
# Differential conformance runner for Quicken.
#
# Runs every program in Tests/Conformance/programs with the Quicken binary and
# compares against the CPython 3.13 expectations in Tests/Conformance/expected
# (produced by Tools/gen-expected.sh):
#   * stdout must match byte for byte,
#   * the exit code must match,
#   * the last non-empty line of stderr must match.
#
# Usage: Tools/run-conformance.sh [options]
#   --flags "FLAGS"   extra flags passed to quicken before the program name
#   --filter SUBSTR   only run programs whose name contains SUBSTR
#   --jobs N          run N programs in parallel (default 2)
#   --timeout SECS    per-program timeout (default 60)
#   --update-xfail    rewrite Tests/Conformance/xfail.txt to the set of
#                     programs failing right now (with --filter, entries
#                     outside the filter are kept)
#   --skip FILE       skip the programs listed in FILE (one name per line, # comments);
#                     the count of skipped programs is reported
#   -v, --verbose     show a unified diff / details for every failure
#   -h, --help        show this help
#
# Environment: QUICKEN=path/to/binary (default .build/release/quicken).
#
# Output: one line per failure ("FAIL name: reason"), "XFAIL name" for known
# failures listed in xfail.txt, "XPASS name (remove it from xfail.txt)" for
# listed programs that now pass (counted as failures), and finally exactly
#   N passed, M failed[, K xfail]
# Exit status is 0 iff there were no unexpected failures (and no XPASS).
set -u
set -o pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONF_DIR="$ROOT/Tests/Conformance"
PROG_DIR="$CONF_DIR/programs"
EXP_DIR="$CONF_DIR/expected"
XFAIL_FILE="$CONF_DIR/xfail.txt"

FLAGS=""
FILTER=""
SKIP_FILE=""
JOBS=2
TIMEOUT_SECS=60
VERBOSE=0
UPDATE_XFAIL=0

usage() { sed -n '2,28p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --flags) [ $# -ge 2 ] || { echo "run-conformance: --flags needs a value" >&2; exit 2; }
                 FLAGS="$2"; shift 2 ;;
        --flags=*) FLAGS="${1#--flags=}"; shift ;;
        --filter) [ $# -ge 2 ] || { echo "run-conformance: --filter needs a value" >&2; exit 2; }
                  FILTER="$2"; shift 2 ;;
        --filter=*) FILTER="${1#--filter=}"; shift ;;
        --skip) [ $# -ge 2 ] || { echo "run-conformance: --skip needs a file" >&2; exit 2; }
                SKIP_FILE="$2"; shift 2 ;;
        --jobs|-j) [ $# -ge 2 ] || { echo "run-conformance: --jobs needs a value" >&2; exit 2; }
                   JOBS="$2"; shift 2 ;;
        --jobs=*) JOBS="${1#--jobs=}"; shift ;;
        --timeout) [ $# -ge 2 ] || { echo "run-conformance: --timeout needs a value" >&2; exit 2; }
                   TIMEOUT_SECS="$2"; shift 2 ;;
        --timeout=*) TIMEOUT_SECS="${1#--timeout=}"; shift ;;
        --update-xfail) UPDATE_XFAIL=1; shift ;;
        -v|--verbose) VERBOSE=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run-conformance: unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

case "$JOBS" in ''|*[!0-9]*|0) echo "run-conformance: --jobs must be a positive integer" >&2; exit 2 ;; esac
case "$TIMEOUT_SECS" in ''|*[!0-9]*|0) echo "run-conformance: --timeout must be a positive integer" >&2; exit 2 ;; esac

# --- resolve the binary to an absolute path ---------------------------------
QUICKEN_IN="${QUICKEN:-.build/release/quicken}"
resolve_binary() {
    local b="$1"
    case "$b" in
        */*)
            if [ -e "$b" ]; then
                printf '%s/%s\n' "$(cd "$(dirname "$b")" && pwd)" "$(basename "$b")"
            elif [ -e "$ROOT/$b" ]; then
                printf '%s/%s\n' "$(cd "$(dirname "$ROOT/$b")" && pwd)" "$(basename "$b")"
            else
                return 1
            fi ;;
        *)
            command -v -- "$b" 2>/dev/null || return 1 ;;
    esac
}
if ! QUICKEN_BIN="$(resolve_binary "$QUICKEN_IN")" || [ ! -x "$QUICKEN_BIN" ]; then
    echo "run-conformance: quicken binary not found or not executable: $QUICKEN_IN" >&2
    echo "run-conformance: build it (swift build -c release) or set QUICKEN=/path/to/quicken" >&2
    exit 2
fi

# --- timeout implementation ---------------------------------------------------
if command -v timeout >/dev/null 2>&1; then
    TIMEOUT_CMD="timeout"
elif command -v gtimeout >/dev/null 2>&1; then
    TIMEOUT_CMD="gtimeout"
else
    TIMEOUT_CMD=""
fi

# --- collect programs ----------------------------------------------------------
if [ ! -d "$PROG_DIR" ]; then
    echo "run-conformance: no programs directory at $PROG_DIR" >&2
    exit 2
fi
PROGRAMS=()
SKIPPED=0
SKIP_NAMES=" "
if [ -n "$SKIP_FILE" ]; then
    SKIP_NAMES=" $(sed -e 's/#.*//' "$SKIP_FILE" | tr -s ' \t\n' ' ') "
fi
for path in "$PROG_DIR"/*.py; do
    [ -e "$path" ] || continue
    name="$(basename "$path" .py)"
    if [ -n "$FILTER" ] && [[ "$name" != *"$FILTER"* ]]; then
        continue
    fi
    if [[ "$SKIP_NAMES" == *" $name "* ]]; then
        SKIPPED=$((SKIPPED + 1))
        continue
    fi
    PROGRAMS+=("$name")
done
[ "$SKIPPED" -gt 0 ] && echo "skipped $SKIPPED program(s) listed in $SKIP_FILE"
if [ "${#PROGRAMS[@]}" -eq 0 ]; then
    echo "run-conformance: no programs match filter '$FILTER'" >&2
    echo "0 passed, 0 failed"
    exit 1
fi

# --- xfail list (kept in a file; no associative arrays so bash 3.2 works) ---
WORK="$(mktemp -d "${TMPDIR:-/tmp}/quicken-conformance.XXXXXX")"
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

XFAIL_LIST="$WORK/.xfail"
: >"$XFAIL_LIST"
if [ -f "$XFAIL_FILE" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        line="${line%%#*}"
        line="$(printf '%s' "$line" | tr -d '[:space:]')"
        [ -n "$line" ] || continue
        line="${line%.py}"
        grep -qxF -- "$line" "$XFAIL_LIST" || printf '%s\n' "$line" >>"$XFAIL_LIST"
    done <"$XFAIL_FILE"
fi
is_xfail() { grep -qxF -- "$1" "$XFAIL_LIST"; }

export QUICKEN_BIN FLAGS PROG_DIR EXP_DIR WORK TIMEOUT_SECS TIMEOUT_CMD

signal_name() {
    local n="$1" s
    s="$(kill -l "$n" 2>/dev/null)" || s=""
    if [ -n "$s" ]; then printf 'SIG%s' "${s#SIG}"; else printf 'signal %s' "$n"; fi
}

# Fallback when neither timeout nor gtimeout exists: run in the background and
# poll; returns the program's exit status, or 124 when it had to be killed.
run_polling() {
    local name="$1" out="$2" err="$3"
    # shellcheck disable=SC2086  # FLAGS is intentionally word-split
    ( cd "$PROG_DIR" && exec "$QUICKEN_BIN" $FLAGS "$name.py" ) </dev/null >"$out" 2>"$err" &
    local pid=$! ticks=0 limit=$((TIMEOUT_SECS * 10))
    while kill -0 "$pid" 2>/dev/null; do
        if [ "$ticks" -ge "$limit" ]; then
            kill -TERM "$pid" 2>/dev/null
            sleep 1
            kill -KILL "$pid" 2>/dev/null
            wait "$pid"
            return 124
        fi
        sleep 0.1
        ticks=$((ticks + 1))
    done
    wait "$pid"
}

# Runs one program; writes $WORK/<name>.{out,err,code,status,reason}.
run_one() {
    local name="$1"
    local out="$WORK/$name.out" err="$WORK/$name.err"
    local code reason=""
    # shellcheck disable=SC2086  # FLAGS is intentionally word-split
    if [ -n "$TIMEOUT_CMD" ]; then
        # The outer group silences the shell's own "Segmentation fault" notice;
        # crashes are reported through the exit code instead.
        { ( cd "$PROG_DIR" && exec "$TIMEOUT_CMD" -k 5 "$TIMEOUT_SECS" "$QUICKEN_BIN" $FLAGS "$name.py" ) \
            </dev/null >"$out" 2>"$err"; } 2>/dev/null
        code=$?
    else
        # No timeout(1) available (e.g. stock macOS): poll in bash instead.
        run_polling "$name" "$out" "$err" 2>/dev/null
        code=$?
    fi
    printf '%s\n' "$code" >"$WORK/$name.code"

    local exp_out="$EXP_DIR/$name.stdout" exp_res="$EXP_DIR/$name.result"
    if [ ! -f "$exp_out" ] || [ ! -f "$exp_res" ]; then
        printf 'fail\n' >"$WORK/$name.status"
        printf 'no expected output (run Tools/gen-expected.sh)\n' >"$WORK/$name.reason"
        return 0
    fi
    local exp_code exp_last act_last
    exp_code="$(sed -n '1p' "$exp_res")"
    exp_last="$(sed -n '2p' "$exp_res")"
    act_last="$(grep -a -v '^[[:space:]]*$' "$err" | tail -n 1)"

    local reasons=()
    if [ "$code" != "$exp_code" ]; then
        if [ "$code" -eq 124 ]; then
            reasons+=("TIMEOUT after ${TIMEOUT_SECS}s (expected exit code $exp_code)")
        elif [ "$code" -ge 128 ]; then
            reasons+=("CRASH: exit code $code, $(signal_name $((code - 128))) (expected exit code $exp_code)")
        else
            reasons+=("exit code $code, expected $exp_code")
        fi
    fi
    if ! cmp -s "$exp_out" "$out"; then
        local first
        first="$(diff <(cat "$exp_out"; echo) <(cat "$out"; echo) 2>/dev/null | sed -n '1s/^\([0-9]*\).*/\1/p')"
        if [ -n "$first" ]; then
            reasons+=("stdout differs (from line $first)")
        else
            reasons+=("stdout differs")
        fi
    fi
    if [ "$act_last" != "$exp_last" ]; then
        local a="$act_last" e="$exp_last"
        [ "${#a}" -gt 100 ] && a="${a:0:100}..."
        [ "${#e}" -gt 100 ] && e="${e:0:100}..."
        reasons+=("stderr last line '$a', expected '$e'")
    fi
    if [ "${#reasons[@]}" -eq 0 ]; then
        printf 'pass\n' >"$WORK/$name.status"
        : >"$WORK/$name.reason"
    else
        printf 'fail\n' >"$WORK/$name.status"
        local joined="" r
        for r in "${reasons[@]}"; do
            if [ -n "$joined" ]; then joined="$joined; $r"; else joined="$r"; fi
        done
        printf '%s\n' "$joined" >"$WORK/$name.reason"
    fi
}
export -f run_one run_polling signal_name

printf '%s\0' "${PROGRAMS[@]}" | xargs -0 -n 1 -P "$JOBS" bash -c 'run_one "$1"' _

# --- report ----------------------------------------------------------------------
passed=0
failed=0
xfailed=0
FAILING_NOW=()
for name in "${PROGRAMS[@]}"; do
    status="$(cat "$WORK/$name.status" 2>/dev/null || echo fail)"
    reason="$(cat "$WORK/$name.reason" 2>/dev/null || echo 'runner error: no result recorded')"
    listed=0
    is_xfail "$name" && listed=1
    if [ "$status" = pass ]; then
        if [ "$listed" -eq 1 ]; then
            echo "XPASS $name (remove it from xfail.txt)"
            failed=$((failed + 1))
        else
            passed=$((passed + 1))
        fi
        continue
    fi
    FAILING_NOW+=("$name")
    if [ "$listed" -eq 1 ]; then
        xfailed=$((xfailed + 1))
        if [ "$VERBOSE" -eq 1 ]; then
            echo "XFAIL $name: $reason"
        else
            echo "XFAIL $name"
        fi
        continue
    fi
    failed=$((failed + 1))
    echo "FAIL $name: $reason"
    if [ "$VERBOSE" -eq 1 ]; then
        if [ -f "$EXP_DIR/$name.stdout" ]; then
            diff -u --label "expected/$name.stdout" --label "actual stdout" \
                "$EXP_DIR/$name.stdout" "$WORK/$name.out" | sed 's/^/    /'
        fi
        if [ -f "$EXP_DIR/$name.result" ]; then
            echo "    exit code: expected $(sed -n '1p' "$EXP_DIR/$name.result"), got $(cat "$WORK/$name.code" 2>/dev/null)"
        fi
        if [ -s "$WORK/$name.err" ]; then
            echo "    stderr (last 10 lines):"
            tail -n 10 "$WORK/$name.err" | sed 's/^/      | /'
        fi
    fi
done

# Warn about xfail entries that name no program.
while IFS= read -r name; do
    [ -n "$name" ] || continue
    if [ ! -e "$PROG_DIR/$name.py" ]; then
        echo "warning: xfail.txt lists unknown program '$name'" >&2
    fi
done <"$XFAIL_LIST"

if [ "$UPDATE_XFAIL" -eq 1 ]; then
    NEW_LIST="$WORK/.xfail.new"
    : >"$NEW_LIST"
    # Keep entries outside this (possibly filtered) run if they still name a program.
    printf '%s\n' "${PROGRAMS[@]}" >"$WORK/.in_run"
    while IFS= read -r name; do
        [ -n "$name" ] || continue
        if ! grep -qxF -- "$name" "$WORK/.in_run" && [ -e "$PROG_DIR/$name.py" ]; then
            printf '%s\n' "$name" >>"$NEW_LIST"
        fi
    done <"$XFAIL_LIST"
    if [ "${#FAILING_NOW[@]}" -gt 0 ]; then
        printf '%s\n' "${FAILING_NOW[@]}" >>"$NEW_LIST"
    fi
    count="$(LC_ALL=C sort -u "$NEW_LIST" | grep -c . || true)"
    {
        echo "# Known conformance gaps: programs in Tests/Conformance/programs that Quicken"
        echo "# does not pass yet. This list documents known gaps; Tools/run-conformance.sh"
        echo "# reports them as XFAIL instead of failing, and reports XPASS (counted as a"
        echo "# failure) when one starts passing, so the list cannot go stale."
        echo "# One program name per line; '#' starts a comment."
        echo "# Regenerate with: Tools/run-conformance.sh --update-xfail"
        LC_ALL=C sort -u "$NEW_LIST"
    } >"$XFAIL_FILE"
    echo "updated ${XFAIL_FILE#"$ROOT"/}: $count known failures" >&2
fi

if [ "$xfailed" -gt 0 ]; then
    echo "$passed passed, $failed failed, $xfailed xfail"
else
    echo "$passed passed, $failed failed"
fi
if [ "$UPDATE_XFAIL" -eq 1 ]; then
    # The failures are now recorded in xfail.txt.
    exit 0
fi
[ "$failed" -eq 0 ]
