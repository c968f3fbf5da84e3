#!/usr/bin/env bash
# The whole test suite: generated-table check, release build, unit tests (syntax, compiler,
# fuzzing), CLI checks, and the differential conformance corpus in the normal and GC-stress
# modes. Ends with one "N passed, M failed" line; exits non-zero on any failure.
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0
step() { echo; echo "=== $*"; }
ok() { passed=$((passed + 1)); echo "ok: $*"; }
bad() { failed=$((failed + 1)); echo "FAILED: $*"; }

step "generated opcode tables are up to date"
python3 Tools/gen-opcodes.py >/dev/null
if git diff --quiet -- CSupport/include/qk_opcodes.h Sources/Compiler/Opcode+Generated.swift; then
    ok "opcode tables"
else
    bad "Tools/gen-opcodes.py changed the committed tables (commit the regenerated files)"
fi

step "embedded standard library is up to date"
python3 Tools/gen-stdlib.py >/dev/null
if git diff --quiet -- Sources/Runtime/Builtins/Stdlib+Generated.swift && \
   [ -z "$(git ls-files --others --exclude-standard -- Sources/Runtime/Builtins/Stdlib+Generated.swift)" ]; then
    ok "embedded stdlib"
else
    bad "Tools/gen-stdlib.py changed Sources/Runtime/Builtins/Stdlib+Generated.swift (commit the regenerated file)"
fi

step "release build"
if swift build -c release 2>&1 | tail -3; then ok "release build"; else bad "release build"; echo "$passed passed, $failed failed"; exit 1; fi
QUICKEN="$(pwd)/.build/release/quicken"
export QUICKEN

step "unit tests (swift test)"
if swift test 2>&1 | tee /tmp/quicken-unit.log | grep -E "Executed .* tests|error:|failed" | tail -5 && \
   ! grep -qE "with [1-9][0-9]* failures|error: " /tmp/quicken-unit.log; then
    ok "unit tests"
else
    bad "unit tests (see /tmp/quicken-unit.log)"
fi

step "command line"
cli() {  # cli NAME EXPECTED_STATUS COMMAND...
    local name=$1 want=$2; shift 2
    "$@" >/tmp/quicken-cli.out 2>/tmp/quicken-cli.err </dev/null
    local got=$?
    if [ "$got" = "$want" ]; then ok "cli: $name"; else bad "cli: $name (exit $got, want $want)"; fi
}
cli "-c runs code" 0 "$QUICKEN" -c 'import sys; print(sys.argv)'
grep -q "\['-c'\]" /tmp/quicken-cli.out && ok "cli: sys.argv for -c" || bad "cli: sys.argv for -c"
cli "usage error exits 2" 2 "$QUICKEN" --no-such-option
cli "uncaught exception exits 1" 1 "$QUICKEN" -c 'raise ValueError("boom")'
grep -q "^ValueError: boom" /tmp/quicken-cli.err && ok "cli: traceback last line" || bad "cli: traceback last line"
cli "sys.exit(7)" 7 "$QUICKEN" -c 'import sys; sys.exit(7)'
cli "--version" 0 "$QUICKEN" --version
echo 'print(6 * 7)' | "$QUICKEN" - > /tmp/quicken-cli.out 2>&1
grep -qx 42 /tmp/quicken-cli.out && ok "cli: program from stdin" || bad "cli: program from stdin"
cli "--dis" 0 "$QUICKEN" --dis Tests/Conformance/programs/func_defaults.py
grep -q "RETURN_" /tmp/quicken-cli.out && ok "cli: --dis prints bytecode" || bad "cli: --dis prints bytecode"

step "conformance corpus"
if Tools/run-conformance.sh --jobs 2; then ok "conformance"; else bad "conformance"; fi

step "conformance corpus, GC stress (collect at every safepoint)"
if Tools/run-conformance.sh --jobs 2 --timeout 120 --flags --gc-stress; then
    ok "conformance under GC stress"
else
    bad "conformance under GC stress"
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
