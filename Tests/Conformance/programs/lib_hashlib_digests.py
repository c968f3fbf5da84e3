import hashlib
msgs = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 63, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 119, b"a" * 200, bytes(range(256)) * 3, "héllo wörld ☃".encode()]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    for m in msgs:
        print(name, len(m), hashlib.new(name, m).hexdigest())
h = hashlib.sha256(b"part one, "); h2 = h.copy(); h.update(b"part two"); print(h.hexdigest(), h2.hexdigest(), h.digest_size, h.block_size, h.name, hashlib.md5(b"x").digest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha256", "sha512"}))
for bad in [lambda: hashlib.sha1("str"), lambda: hashlib.new("nope")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
