import os
import os.path
from os.path import join, split, splitext, basename, dirname, normpath, isabs, relpath, commonpath, commonprefix
print(join("a", "b", "c.txt"), join("/x", "/abs", "y"), join("a/", "b"), join("", "z"), join("a", ""))
print(split("/usr/lib/x.so"), split("file"), split("/"), split("a/b/"), split("//a"))
print(splitext("a/b.tar.gz"), splitext(".bashrc"), splitext("a/.b.c"), splitext("noext"), splitext("a.b/c"))
print(basename("/a/b/c"), basename("/a/b/"), dirname("/a/b/c"), dirname("c"), dirname("/"))
print(normpath("a//b/./c/../d"), normpath("/../x"), normpath(""), normpath("../../a"), normpath("//a//b"), normpath("///a"))
print(isabs("/x"), isabs("x"), relpath("/a/b/c", "/a/d"), relpath("/a", "/a"), commonpath(["/a/b/c", "/a/b/d"]), commonprefix(["interstate", "internet"]))
print(os.sep, os.pathsep, os.linesep == "\n", os.name, os.curdir, os.pardir, os.devnull)
base = "/tmp/qk_os_test_" + str(os.getpid())
def rmtree(p):
    for root, dirs, files in os.walk(p, topdown=False):
        for f in files: os.remove(os.path.join(root, f))
        for d in dirs: os.rmdir(os.path.join(root, d))
    os.rmdir(p)
if os.path.exists(base): rmtree(base)
os.makedirs(os.path.join(base, "sub", "deep"))
os.makedirs(os.path.join(base, "sub"), exist_ok=True)
with open(os.path.join(base, "a.txt"), "w") as f: f.write("hello")
with open(os.path.join(base, "sub", "b.txt"), "w") as f: f.write("world!!")
print(sorted(os.listdir(base)), os.path.isdir(base), os.path.isfile(os.path.join(base, "a.txt")), os.path.exists(base + "/nope"))
print(os.path.getsize(os.path.join(base, "sub", "b.txt")), os.stat(os.path.join(base, "a.txt")).st_size)
for root, dirs, files in sorted(os.walk(base)):
    print(root.replace(base, "BASE"), sorted(dirs), sorted(files))
print(sorted(e.name for e in os.scandir(base)), sorted(e.is_dir() for e in os.scandir(base)))
os.rename(os.path.join(base, "a.txt"), os.path.join(base, "c.txt")); print(sorted(os.listdir(base)))
for bad in [lambda: os.mkdir(base), lambda: os.listdir(base + "/missing"), lambda: os.remove(base + "/missing.txt"), lambda: os.rmdir(os.path.join(base, "sub")), lambda: os.stat("/nonexistent/x")]:
    try: bad()
    except OSError as e: print(type(e).__name__, e.errno, e.strerror, e.filename.replace(base, "BASE"))
rmtree(base); print(os.path.exists(base))
os.environ["QK_TEST_VAR"] = "42"; print(os.getenv("QK_TEST_VAR"), os.environ.get("QK_NOPE", "dflt"), "QK_TEST_VAR" in os.environ)
del os.environ["QK_TEST_VAR"]; print(os.getenv("QK_TEST_VAR"))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.fspath("p"), len(os.urandom(8)), isinstance(os.cpu_count(), int))
class P:
    def __fspath__(self): return "/pl"
print(os.fspath(P()), isinstance(P(), os.PathLike), join(P(), "q"))
print(os.path.expanduser("~") == os.environ["HOME"], os.path.expandvars("$HOME/x") == os.environ["HOME"] + "/x", os.path.expandvars("$NOPE_VAR_X/y"))
