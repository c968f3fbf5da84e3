import base64, binascii
for s in [b"abc", b"abcd", b"ab$c", b"YWJj", b"YWJjZA", b"YWJjZA=", b"YW Jj\nZA==", b"Y", b"YWJjZ", b"", b"====", b"YQ==YQ==", b"YWJj====", b"YW=J"]:
    try: print(s, base64.b64decode(s))
    except Exception as e: print(s, type(e).__module__, type(e).__name__, e)
for s in [b"YWJj!", b"YWJjZA=="]:
    try: print(base64.b64decode(s, validate=True))
    except Exception as e: print(type(e).__name__, e)
print(base64.b64encode(b"\xff\xfe\xfd"), base64.urlsafe_b64encode(b"\xff\xfe\xfd"), base64.b64encode("x".encode()), base64.b16encode(b"hi"), base64.b32encode(b"hello"), base64.encodebytes(b"x"*60))
try: base64.b64encode("str")
except Exception as e: print(type(e).__name__, e)
print(base64.b64decode("YWJj"), base64.b32decode(b"NBSWY3DP"), base64.b16decode(b"6869"), binascii.hexlify(b"ab"), binascii.unhexlify("6162"), binascii.crc32(b"hello"), b"ab".hex())
try: binascii.unhexlify("abc")
except Exception as e: print(type(e).__name__, e)
for n in range(8):
    data = bytes(range(n * 7 % 256, n * 7 % 256 + n))
    e1, e2 = base64.b64encode(data), base64.b32encode(data)
    print(n, e1, e2, base64.b64decode(e1) == data, base64.b32decode(e2) == data, base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data)
print(base64.b64encode(b"hi", altchars=b"-_"), base64.b32hexencode(b"abc"), base64.b32decode("nbswy3dp", casefold=True), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"))
print(binascii.b2a_base64(b"abc"), binascii.a2b_base64("YWJj\n"), binascii.crc_hqx(b"abc", 0), binascii.hexlify(b"abc", "-"))
