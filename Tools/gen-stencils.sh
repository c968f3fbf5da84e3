#!/usr/bin/env bash
# Regenerate the stencil tables (Sources/StencilTables/stencils_*.c, include/qk_uops.h) from
# CSupport/stencils with the toolchain's clang. Usage: Tools/gen-stencils.sh [--out DIR]
# (default: Sources/StencilTables). SCRATCH=path selects the SwiftPM build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=(${SCRATCH:+--scratch-path "$SCRATCH"})
swift build -c release --product quicken-stencils-gen "${scratch[@]}" >/dev/null
bin="$(swift build -c release --product quicken-stencils-gen "${scratch[@]}" --show-bin-path)"
exec "$bin/quicken-stencils-gen" "$@"
