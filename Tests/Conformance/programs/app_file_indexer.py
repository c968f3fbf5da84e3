"""A small file indexer: builds a scratch directory tree, walks it with os.walk, classifies
files by extension, writes a JSON manifest and a struct-packed binary index, reads both back
and verifies them, then cleans up. Uses os, os.path, json, struct, io, contextlib, hashlib-free
checksums, collections and dataclasses."""

import io
import json
import os
import os.path
import struct
from collections import Counter, defaultdict
from contextlib import contextmanager, suppress
from dataclasses import dataclass, asdict
from functools import reduce

ROOT = os.path.join("/tmp", f"qk_indexer_{os.getpid()}")

FILES = {
    "README.md": "# Project\n\nA tiny project used to exercise the indexer.\n",
    "src/main.py": "import util\n\nprint(util.greet('world'))\n",
    "src/util.py": "def greet(name):\n    return f'hello {name}'\n",
    "src/data/config.json": json.dumps({"debug": True, "level": 3, "tags": ["a", "b"]}),
    "src/data/table.csv": "id,name\n1,alpha\n2,beta\n3,gamma\n",
    "docs/guide.md": "Guide\n=====\n\nStep one.\nStep two.\n",
    "docs/notes.txt": "misc notes\n" * 5,
    "build/.keep": "",
}


@dataclass
class Entry:
    path: str
    size: int
    ext: str
    lines: int
    checksum: int


def checksum(data: bytes) -> int:
    # Adler-32, written out.
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


@contextmanager
def scratch_tree(root, files):
    os.makedirs(root, exist_ok=True)
    try:
        for rel, text in files.items():
            full = os.path.join(root, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w") as f:
                f.write(text)
        yield root
    finally:
        for dirpath, dirnames, filenames in os.walk(root, topdown=False):
            for name in filenames:
                os.remove(os.path.join(dirpath, name))
            for name in dirnames:
                os.rmdir(os.path.join(dirpath, name))
        os.rmdir(root)


def scan(root):
    entries = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            with open(full, "rb") as f:
                data = f.read()
            rel = os.path.relpath(full, root)
            ext = os.path.splitext(name)[1] or "(none)"
            entries.append(Entry(rel, os.path.getsize(full), ext, data.count(b"\n"), checksum(data)))
    return entries


RECORD = struct.Struct("<HIIH")   # path length, size, checksum, line count


def pack_index(entries):
    buf = io.BytesIO()
    buf.write(struct.pack("<4sH", b"QKIX", len(entries)))
    for e in entries:
        encoded = e.path.encode()
        buf.write(RECORD.pack(len(encoded), e.size, e.checksum, e.lines))
        buf.write(encoded)
    return buf.getvalue()


def unpack_index(blob):
    magic, count = struct.unpack_from("<4sH", blob)
    if magic != b"QKIX":
        raise ValueError(f"bad magic {magic!r}")
    offset = struct.calcsize("<4sH")
    out = []
    for _ in range(count):
        n, size, csum, lines = RECORD.unpack_from(blob, offset)
        offset += RECORD.size
        path = blob[offset:offset + n].decode()
        offset += n
        out.append((path, size, csum, lines))
    return out


with scratch_tree(ROOT, FILES) as root:
    entries = scan(root)
    print(f"{len(entries)} files, {sum(e.size for e in entries)} bytes")
    for e in entries:
        print(f"  {e.path:<24} {e.size:>5} B {e.lines:>3} lines  {e.checksum:08x}")
    by_ext = Counter(e.ext for e in entries)
    print("by extension:", sorted(by_ext.items()))
    sizes = defaultdict(int)
    for e in entries:
        sizes[e.path.split(os.sep)[0]] += e.size
    print("by top-level dir:", dict(sorted(sizes.items())))
    print("largest:", max(entries, key=lambda e: (e.size, e.path)).path)
    print("empty files:", [e.path for e in entries if e.size == 0])

    manifest_path = os.path.join(root, "manifest.json")
    with open(manifest_path, "w") as f:
        json.dump({"root": "ROOT", "files": [asdict(e) for e in entries]}, f, indent=1)
    with open(manifest_path) as f:
        manifest = json.load(f)
    print("manifest ok:", [Entry(**d) for d in manifest["files"]] == entries,
          os.path.getsize(manifest_path) > 0)

    blob = pack_index(entries)
    print("index bytes:", len(blob), blob[:6])
    restored = unpack_index(blob)
    print("index ok:", restored == [(e.path, e.size, e.checksum, e.lines) for e in entries])
    combined = reduce(lambda acc, e: (acc * 31 + e.checksum) % 2**32, entries, 7)
    print(f"combined checksum: {combined:08x}")

    with suppress(FileExistsError):
        os.mkdir(os.path.join(root, "src"))
        print("not reached")
    try:
        unpack_index(b"NOPE\x00\x00")
    except ValueError as err:
        print("error:", err)
    config = json.loads(open(os.path.join(root, "src", "data", "config.json")).read())
    print("config:", config, os.path.isdir(os.path.join(root, "docs")),
          os.path.isfile(os.path.join(root, "docs")))

print("cleaned up:", not os.path.exists(ROOT))
