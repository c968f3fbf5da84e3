#!/usr/bin/env bash
# The whole test suite: generated-table check, release build, stencil-table check, unit tests
# (syntax, compiler, fuzzing, JIT stitching natively and under qemu-aarch64), CLI checks, and
# the differential conformance corpus in the normal and GC-stress modes and in every
# specialization mode, and the adaptive goldens and exact stats. Ends with one
# "N passed, M failed" line; exits non-zero on any failure.
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
swift build -c release > /tmp/quicken-build.log 2>&1
build_status=$?
tail -3 /tmp/quicken-build.log
if [ $build_status -eq 0 ]; then ok "release build"; else bad "release build"; echo "$passed passed, $failed failed"; exit 1; fi
QUICKEN="$(pwd)/.build/release/quicken"
export QUICKEN

step "generated stencil tables are up to date"
stencil_tmp="$(mktemp -d)"
if .build/release/quicken-stencils-gen --out "$stencil_tmp"; then
    stale=0
    for f in stencils_x86_64.c stencils_aarch64.c include/qk_uops.h; do
        cmp -s "$stencil_tmp/$f" "Sources/StencilTables/$f" || { stale=1; echo "differs: Sources/StencilTables/$f"; }
    done
    if [ "$stale" = 0 ]; then ok "stencil tables"; else bad "stencil tables are stale (run Tools/gen-stencils.sh and commit)"; fi
else
    bad "quicken-stencils-gen failed"
fi
if .build/release/quicken-stencils-gen --source Tests/QuickenJITTests/Fixtures/bad_stencil.c --out "$stencil_tmp" 2>/dev/null; then
    bad "quicken-stencils-gen accepted a stencil that references a non-hole symbol"
else
    ok "quicken-stencils-gen rejects unknown symbols"
fi
rm -rf "$stencil_tmp"
if .build/release/quicken-stencils list >/dev/null && .build/release/quicken-stencils demo --rounds 10 >/dev/null; then
    ok "quicken-stencils list/demo"
else
    bad "quicken-stencils list/demo"
fi

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

step "tracebacks: every line (carets included) against CPython 3.13"
if Tools/check-tracebacks.sh; then ok "tracebacks"; else bad "tracebacks"; fi

step "specialization: dis --adaptive goldens and exact stats"
if Tools/check-adaptive.sh; then ok "adaptive goldens and stats"; else bad "adaptive goldens and stats"; fi

for mode in off eager deopt; do
    step "conformance corpus, --specialize $mode"
    if Tools/run-conformance.sh --jobs 2 --timeout 60 --flags "--specialize $mode" --skip Tests/Conformance/adaptive-output.txt; then
        ok "conformance with --specialize $mode"
    else
        bad "conformance with --specialize $mode"
    fi
done

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
