#!/usr/bin/env bash
# Render the Specialist view in a real browser (headless Chromium, installed from Debian's
# packages if missing) and check the screenshots: the light theme must show the specialized
# (green) and generic (red) backgrounds, the colour-blind palette its blue and orange, and the
# dark theme its dark specialized colour.
#
#     Tools/check-specialist.sh      (after `swift build -c release`)
set -eu
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
QUICKEN="${QUICKEN:-$ROOT/.build/release/quicken}"
OUT="${TMPDIR:-/tmp}/quicken-specialist"
mkdir -p "$OUT"
BROWSER=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$BROWSER" ]; then
    echo "check-specialist: installing chromium"
    (apt-get install -y chromium || (apt-get update && apt-get install -y chromium)) > "$OUT/apt.log" 2>&1
    BROWSER=$(command -v chromium)
fi
"$QUICKEN" --specialist -o "$OUT/view.html" "$ROOT/Tests/Conformance/programs/spec_deopt_add.py" > /dev/null
grep -q "not specialized: operands of different types" "$OUT/view.html" || { echo "check-specialist: hover notes lack the failure reason"; exit 1; }
for variant in light cb dark; do
    hash=""
    [ $variant != light ] && hash="#$variant"
    "$BROWSER" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,700 \
        --screenshot="$OUT/$variant.png" "file://$OUT/view.html$hash" > "$OUT/$variant.log" 2>&1
done
python3 - "$OUT" <<'PY'
import struct, sys, zlib

def pixels(path):
    """Decode an 8-bit RGB/RGBA non-interlaced PNG (what Chromium writes) into a set of colours."""
    data = open(path, "rb").read()
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and ctype in (2, 6), (depth, ctype)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + n
    raw, stride, prev, colours = zlib.decompress(idat), width * bpp, bytearray(width * bpp), set()
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        for x in range(0, stride, bpp):
            colours.add(bytes(line[x:x + 3]))
        prev = line
    return colours

def has(colours, hexcode):
    return bytes.fromhex(hexcode) in colours

out = sys.argv[1]
checks = {"light": ["b8e6b8", "f4b6b6", "ffffff"], "cb": ["9ccbec", "f0b97a"], "dark": ["1f5f2c", "16181d"]}
failed = 0
for variant, wanted in checks.items():
    colours = pixels(f"{out}/{variant}.png")
    missing = [w for w in wanted if not has(colours, w)]
    print(f"{variant}: {len(colours)} colours; " + ("ok" if not missing else f"missing {missing}"))
    failed += bool(missing)
sys.exit(1 if failed else 0)
PY
echo "check-specialist: screenshots in $OUT"
