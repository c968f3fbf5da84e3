#!/usr/bin/env bash
# Full tracebacks (every line, carets included) against CPython 3.13's, for the programs in
# Tests/Tracebacks. The directory part of file paths is written as <dir>/ so the expectations
# do not depend on where the repository lives.
#
#     Tools/check-tracebacks.sh            compare with Tests/Tracebacks/*.stderr
#     Tools/check-tracebacks.sh --update   regenerate them with CPython 3.13
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/Tests/Tracebacks"
QUICKEN="${QUICKEN:-$ROOT/.build/release/quicken}"
failed=0
cd "$DIR"
for prog in *.py; do
    name="${prog%.py}"
    if [ "${1:-}" = "--update" ]; then
        PYENV_VERSION=3.13.0 python "$prog" 2>&1 >/dev/null | sed "s|$DIR/|<dir>/|g" > "$name.stderr"
    elif ! diff -u "$name.stderr" <("$QUICKEN" "$prog" 2>&1 >/dev/null | sed "s|$DIR/|<dir>/|g") > "/tmp/quicken-tb-$name.diff"; then
        echo "FAIL $name (diff in /tmp/quicken-tb-$name.diff)"
        failed=$((failed + 1))
    fi
done
[ "${1:-}" = "--update" ] && echo "updated $DIR" && exit 0
[ $failed = 0 ] && echo "tracebacks: all match CPython 3.13" || echo "tracebacks: $failed differ"
[ $failed = 0 ]
