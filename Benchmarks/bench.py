#!/usr/bin/env python3
"""Quicken benchmark harness.

Runs the programs in Benchmarks/programs/ under several Python implementations (Quicken in
its modes, the CPython versions that pyenv knows, PyPy), checks that they all print the same
checksum, times them with interleaved runs and writes a report (Markdown, JSON, pyperf JSON,
chart). See Benchmarks/README.md for the full description.

Runs with any CPython >= 3.10 and needs only the standard library. `pyperf` (for the pyperf
files) and `matplotlib` (for the chart) are used when importable; without pyperf the pyperf
files are written by hand in pyperf's JSON format, without matplotlib the chart is skipped.
"""

import argparse
import datetime
import fnmatch
import json
import math
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PROGRAMS_DIR = os.path.join(HERE, "programs")
DEFAULT_BASELINE = "cpython3.13"
CPYTHON_MINORS = ("3.10", "3.11", "3.12", "3.13")
SIZES_RE = re.compile(r"^#\s*bench-sizes:\s*tiny=(\d+)\s+default=(\d+)\s*$", re.M)
CHECKSUM_RE = re.compile(r"^checksum:\s*(.*?)\s*$", re.M)
SCHEMA = "quicken-bench/1"


# --------------------------------------------------------------------------------------------
# Small helpers


def log(msg):
    Progress.current.clear()
    print(msg, file=sys.stderr, flush=True)


def fmt_time(t):
    if t is None:
        return "-"
    if t >= 100:
        return "%.1f" % t
    if t >= 10:
        return "%.2f" % t
    if t >= 0.01:
        return "%.3f" % t
    return "%.4f" % t


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def tail(text, lines=6, width=400):
    text = (text or "").strip()
    out = "\n".join(text.splitlines()[-lines:])
    if len(out) > width:
        out = "..." + out[-width:]
    return out


def read_first(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""


class Progress:
    """One updating status line on a terminal; plain lines otherwise."""

    current = None

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.tty = stream.isatty() and os.environ.get("TERM", "") != "dumb"
        self.start = time.perf_counter()
        self.shown = False
        Progress.current = self

    def elapsed(self):
        return time.perf_counter() - self.start

    def update(self, text):
        line = "[%7.1fs] %s" % (self.elapsed(), text)
        if self.tty:
            width = shutil.get_terminal_size((100, 20)).columns - 1
            self.stream.write("\r" + line[:width] + "\x1b[K")
            self.stream.flush()
            self.shown = True
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    def clear(self):
        if self.tty and self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


Progress.current = Progress()


# --------------------------------------------------------------------------------------------
# Programs


class Program:
    def __init__(self, name, path):
        self.name = name
        self.path = path
        text = read_first(path)
        m = SIZES_RE.search(text)
        self.tiny = int(m.group(1)) if m else None
        self.default = int(m.group(2)) if m else None


def discover_programs():
    progs = []
    for fn in sorted(os.listdir(PROGRAMS_DIR)):
        if fn.endswith(".py") and not fn.startswith("_"):
            progs.append(Program(fn[:-3], os.path.join(PROGRAMS_DIR, fn)))
    return progs


def select_programs(all_progs, spec):
    if not spec:
        return list(all_progs)
    chosen = []
    for pat in [p.strip() for p in spec.split(",") if p.strip()]:
        if pat.endswith(".py"):
            pat = pat[:-3]
        matched = [p for p in all_progs if fnmatch.fnmatchcase(p.name, pat)]
        if not matched:
            raise SystemExit("bench: no program matches %r (have: %s)"
                             % (pat, ", ".join(p.name for p in all_progs)))
        for p in matched:
            if p not in chosen:
                chosen.append(p)
    return chosen


# --------------------------------------------------------------------------------------------
# Implementations


class Impl:
    def __init__(self, name, argv, kind, note=""):
        self.name = name
        self.argv = argv  # command prefix; the program path and size are appended
        self.kind = kind  # "quicken", "cpython", "pypy"
        self.note = note
        self.version = ""

    def describe(self):
        return " ".join(shlex.quote(a) for a in self.argv)


def run_capture(argv, timeout=20, env=None):
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, env=env)
        return p.returncode, p.stdout, p.stderr
    except (OSError, subprocess.SubprocessError) as e:
        return None, "", str(e)


def quicken_path(args):
    if args.quicken:
        return os.path.abspath(args.quicken)
    env = os.environ.get("QUICKEN")
    if env:
        return os.path.abspath(env)
    return os.path.join(REPO, ".build", "release", "quicken")


def find_pyenv_pythons():
    """Map "3.X" -> interpreter path for the newest pyenv-installed 3.X, if pyenv exists."""
    found = {}
    if not shutil.which("pyenv"):
        return found
    rc, out, _ = run_capture(["pyenv", "versions", "--bare"])
    if rc != 0:
        return found
    best = {}
    for line in out.split():
        m = re.match(r"^(3\.\d+)\.(\d+)$", line.strip())
        if not m or m.group(1) not in CPYTHON_MINORS:
            continue
        minor, patch = m.group(1), int(m.group(2))
        if minor not in best or patch > best[minor][0]:
            best[minor] = (patch, line.strip())
    for minor, (_, version) in best.items():
        rc, out, _ = run_capture(["pyenv", "prefix", version])
        if rc != 0:
            continue
        prefix = out.strip().splitlines()[-1] if out.strip() else ""
        for exe in ("python3", "python"):
            path = os.path.join(prefix, "bin", exe)
            if os.access(path, os.X_OK):
                found[minor] = path
                break
    return found


def discover_impls(args):
    """Return (impls, notes); notes are human-readable remarks about missing implementations."""
    impls = []
    notes = []
    qpath = quicken_path(args)
    if os.path.isfile(qpath) and os.access(qpath, os.X_OK):
        rc, out, err = run_capture([qpath, "--help"])
        help_text = (out or "") + (err or "")
        impls.append(Impl("quicken-nospec", [qpath, "--no-specialize"], "quicken"))
        impls.append(Impl("quicken", [qpath], "quicken"))
        if "--jit" in help_text:
            impls.append(Impl("quicken-jit", [qpath, "--jit"], "quicken"))
        else:
            notes.append("quicken-jit: `%s --help` does not mention --jit; skipped" % qpath)
        if "--no-specialize" not in help_text:
            notes.append("quicken-nospec: `%s --help` does not mention --no-specialize "
                         "(kept; it will be marked FAILED if the flag is rejected)" % qpath)
    else:
        notes.append("quicken: %s not found (build it with `swift build -c release`, or set "
                     "$QUICKEN / --quicken); skipping quicken-nospec, quicken, quicken-jit"
                     % qpath)
    pythons = find_pyenv_pythons()
    for minor in CPYTHON_MINORS:
        path = pythons.get(minor)
        if path is None:
            path = shutil.which("python" + minor)
        if path is None:
            notes.append("cpython%s: not found (neither pyenv nor python%s on PATH)"
                         % (minor, minor))
            continue
        impls.append(Impl("cpython" + minor, [path], "cpython"))
    pypy = shutil.which("pypy3")
    if pypy:
        impls.append(Impl("pypy3", [pypy], "pypy"))
    else:
        notes.append("pypy3: not on PATH; skipped")
    for impl in impls:
        rc, out, err = run_capture(impl.argv[:1] + ["--version"])
        text = ((out or "") + " " + (err or "")).strip()
        impl.version = text.splitlines()[0].strip() if rc == 0 and text else "?"
    return impls, notes


def select_impls(available, notes, spec):
    if not spec:
        return list(available)
    names = [s.strip() for s in spec.split(",") if s.strip()]
    by_name = {i.name: i for i in available}
    known = ["quicken-nospec", "quicken", "quicken-jit"] + ["cpython" + m for m in CPYTHON_MINORS] + ["pypy3"]
    chosen = []
    for n in names:
        matched = [i for i in available if fnmatch.fnmatchcase(i.name, n)]
        if not matched:
            if n in known or any(fnmatch.fnmatchcase(k, n) for k in known):
                log("bench: implementation %r is not available here; skipping it" % n)
                continue
            raise SystemExit("bench: unknown implementation %r (known: %s)" % (n, ", ".join(known)))
        for i in matched:
            if i not in chosen:
                chosen.append(i)
    return chosen


# --------------------------------------------------------------------------------------------
# Running one process


class RunResult:
    def __init__(self):
        self.wall = None
        self.user = None
        self.sys = None
        self.maxrss_kib = None
        self.returncode = None
        self.timed_out = False
        self.stdout = ""
        self.stderr = ""
        self.raw_stderr = ""
        self.checksum = None
        self.error = None

    def ok(self):
        return self.error is None


def parse_checksum(stdout):
    found = CHECKSUM_RE.findall(stdout or "")
    return found[-1] if found else None


GNU_TIME = "/usr/bin/time"


def own_maxrss_mib():
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def gnu_time_available():
    if not os.access(GNU_TIME, os.X_OK):
        return False
    with tempfile.NamedTemporaryFile("r") as f:
        rc, _, _ = run_capture([GNU_TIME, "-f", "%M", "-o", f.name, "true"])
        try:
            return rc == 0 and f.read().strip().isdigit()
        except OSError:
            return False


class Spawner:
    """How children are started and their peak RSS measured.

    ru_maxrss from wait4 on a direct child is not usable for small programs: Linux keeps the
    high-water RSS of the image the child had before exec, and that image is a copy of this
    (much larger) harness. So by default every run goes through GNU time, which forks the
    program from a tiny process and reports the program's own ru_maxrss (from its wait4).
    """

    def __init__(self, mode):
        self.mode = mode  # "time" | "wait4" | "off"
        self.overhead_s = None

    def measure_overhead(self, reps=15):
        if self.mode != "time":
            self.overhead_s = 0.0
            return
        true = shutil.which("true") or "/bin/true"
        direct, wrapped = [], []
        for _ in range(reps):
            direct.append(run_once([true], 10, spawner=Spawner("off")).wall)
            wrapped.append(run_once([true], 10, spawner=self).wall)
        self.overhead_s = max(0.0, statistics.median(wrapped) - statistics.median(direct))


def _kill_group(proc):
    try:
        os.killpg(proc.pid, 9)
    except OSError:
        try:
            proc.kill()
        except OSError:
            pass


def run_once(argv, timeout, wrapper=None, stderr_filter=None, spawner=None, env=None):
    """Run argv as a child; time it with perf_counter around spawn + wait4.

    `wrapper` is a command prefix (an instruction counter); `stderr_filter` removes that
    tool's own lines from stderr (the unfiltered text stays in `raw_stderr`)."""
    res = RunResult()
    mode = spawner.mode if spawner else "off"
    full = (wrapper or []) + argv
    rss_file = None
    if mode == "time":
        fd, rss_file = tempfile.mkstemp(prefix="bench-rss-")
        os.close(fd)
        full = [GNU_TIME, "-f", "%M", "-o", rss_file] + full
    try:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            try:
                t0 = time.perf_counter()
                proc = subprocess.Popen(full, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                        start_new_session=True, env=env)
            except OSError as e:
                res.error = "could not start: %s" % e
                return res
            killer = None
            if timeout:
                def kill():
                    res.timed_out = True
                    _kill_group(proc)
                killer = threading.Timer(timeout, kill)
                killer.daemon = True
                killer.start()
            try:
                while True:
                    try:
                        _, status, usage = os.wait4(proc.pid, 0)
                        break
                    except InterruptedError:
                        continue
            except BaseException:
                _kill_group(proc)
                proc.wait()
                raise
            t1 = time.perf_counter()
            if killer is not None:
                killer.cancel()
            # The session leader is gone; make sure nothing it started lingers.
            try:
                os.killpg(proc.pid, 9)
            except OSError:
                pass
            proc.returncode = os.waitstatus_to_exitcode(status)
            res.wall = t1 - t0
            res.user = usage.ru_utime
            res.sys = usage.ru_stime
            res.returncode = proc.returncode
            if mode == "wait4":
                res.maxrss_kib = usage.ru_maxrss  # KiB on Linux
            out.seek(0)
            err.seek(0)
            res.stdout = out.read().decode("utf-8", "replace")
            res.raw_stderr = err.read().decode("utf-8", "replace")
        if rss_file is not None:
            report = read_first(rss_file).strip().splitlines()
            if report and report[-1].strip().isdigit():
                res.maxrss_kib = int(report[-1].strip())
            for line in report:
                m = re.search(r"terminated by signal (\d+)", line)
                if m:
                    res.returncode = -int(m.group(1))
    finally:
        if rss_file is not None:
            try:
                os.unlink(rss_file)
            except OSError:
                pass
    res.stderr = stderr_filter(res.raw_stderr) if stderr_filter else res.raw_stderr
    res.checksum = parse_checksum(res.stdout)
    if res.timed_out:
        res.error = "timeout after %ss" % timeout
    elif res.returncode != 0:
        if res.returncode < 0:
            res.error = "killed by signal %d" % -res.returncode
        else:
            res.error = "exit code %d" % res.returncode
        t = tail(res.stderr) or tail(res.stdout)
        if t:
            res.error += ": " + t
    elif res.checksum is None:
        res.error = "no 'checksum:' line in output" + ((": " + tail(res.stdout)) if res.stdout.strip() else "")
    return res


# --------------------------------------------------------------------------------------------
# Per-program bookkeeping


class Cell:
    """Results of one implementation on one program."""

    def __init__(self, impl):
        self.impl = impl
        self.status = "ok"  # ok | failed
        self.reason = None
        self.kind = None  # mismatch | error
        self.checksum = None
        self.check = None  # RunResult of the check run
        self.warmups = []  # RunResults
        self.runs = []  # RunResults (measured)
        self.instructions = None  # --counts mode

    def fail(self, kind, reason):
        self.status = "failed"
        self.kind = kind
        self.reason = reason

    def times(self):
        return [r.wall for r in self.runs]

    def stats(self):
        ts = self.times()
        if not ts:
            return None
        s = {
            "median": statistics.median(ts),
            "min": min(ts),
            "max": max(ts),
            "mean": statistics.fmean(ts),
            "stdev": statistics.stdev(ts) if len(ts) > 1 else 0.0,
        }
        if len(ts) >= 2:
            q = statistics.quantiles(ts, n=4, method="inclusive")
            s["q1"], s["q3"] = q[0], q[2]
        else:
            s["q1"] = s["q3"] = ts[0]
        s["iqr"] = s["q3"] - s["q1"]
        rss = [r.maxrss_kib for r in self.runs if r.maxrss_kib is not None]
        s["maxrss_kib"] = max(rss) if rss else None
        return s


def pick_expected(cells, baseline):
    """The checksum everybody must print: the baseline's, else the CPython majority,
    else the overall majority."""
    ok = [c for c in cells if c.check is not None and c.check.ok()]
    for c in ok:
        if c.impl.name == baseline:
            return c.check.checksum, c.impl.name
    for group in ([c for c in ok if c.impl.kind == "cpython"], ok):
        if group:
            counts = {}
            for c in group:
                counts[c.check.checksum] = counts.get(c.check.checksum, 0) + 1
            best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
            who = [c.impl.name for c in group if c.check.checksum == best]
            return best, "majority of " + ", ".join(who)
    return None, None


# --------------------------------------------------------------------------------------------
# Machine description


def machine_info():
    info = {}
    cpuinfo = read_first("/proc/cpuinfo")
    m = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
    info["cpu_model"] = m.group(1).strip() if m else (platform.processor() or platform.machine())
    info["logical_cpus"] = os.cpu_count()
    cores = set()
    phys = None
    for block in cpuinfo.split("\n\n"):
        pm = re.search(r"^physical id\s*:\s*(\d+)", block, re.M)
        cm = re.search(r"^core id\s*:\s*(\d+)", block, re.M)
        if pm and cm:
            cores.add((pm.group(1), cm.group(1)))
        if phys is None:
            mm = re.search(r"^cpu MHz\s*:\s*([\d.]+)", block, re.M)
            if mm:
                phys = mm.group(1)
    info["physical_cores"] = len(cores) or None
    info["cpu_mhz"] = phys
    meminfo = read_first("/proc/meminfo")
    m = re.search(r"^MemTotal:\s*(\d+)\s*kB", meminfo, re.M)
    info["memory_gib"] = round(int(m.group(1)) / 1048576, 1) if m else None
    osr = read_first("/etc/os-release")
    m = re.search(r'^PRETTY_NAME="?([^"\n]+)"?', osr, re.M)
    info["os"] = m.group(1) if m else platform.system()
    info["kernel"] = platform.release()
    info["arch"] = platform.machine()
    info["hostname"] = platform.node()
    try:
        info["loadavg_at_start"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        info["loadavg_at_start"] = None
    gov = read_first("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor").strip()
    info["cpu_governor"] = gov or None
    info["harness_python"] = platform.python_version()
    return info


def describe_machine(info):
    parts = [info["cpu_model"]]
    cores = "%s logical CPUs" % info["logical_cpus"]
    if info.get("physical_cores"):
        cores += " (%s physical cores)" % info["physical_cores"]
    parts.append(cores)
    if info.get("memory_gib"):
        parts.append("%s GiB RAM" % info["memory_gib"])
    parts.append("%s, Linux %s, %s" % (info["os"], info["kernel"], info["arch"])
                 if platform.system() == "Linux" else "%s %s" % (info["os"], info["kernel"]))
    return "; ".join(parts)


# --------------------------------------------------------------------------------------------
# Instruction counting (--counts)


def perf_works():
    if not shutil.which("perf"):
        return False
    rc, out, err = run_capture(["perf", "stat", "-x,", "-e", "instructions:u", "true"])
    if rc != 0:
        return False
    return parse_perf(err) is not None


def parse_perf(text):
    for line in (text or "").splitlines():
        fields = line.split(",")
        if len(fields) >= 3 and fields[2].startswith("instructions"):
            try:
                return int(fields[0])
            except ValueError:
                return None
    return None


def counts_wrapper(tool):
    if tool == "perf":
        return ["perf", "stat", "-x,", "-e", "instructions:u", "--"]
    return ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]


def parse_counts(tool, stderr):
    if tool == "perf":
        # perf writes its CSV line after the program's own stderr
        return parse_perf(stderr)
    m = re.findall(r"^==\d+== Collected : (\d+)", stderr or "", re.M)
    return int(m[-1]) if m else None


def strip_tool_stderr(tool, stderr):
    lines = (stderr or "").splitlines()
    if tool == "perf":
        return "\n".join(l for l in lines if ",instructions" not in l)
    return "\n".join(l for l in lines if not re.match(r"^==\d+==", l))


# --------------------------------------------------------------------------------------------
# Main driver


def program_size(prog, args, size_overrides):
    if prog.name in size_overrides:
        base = size_overrides[prog.name]
    elif args.tiny:
        base = prog.tiny
    else:
        base = prog.default
    if base is None:
        return None
    if args.scale != 1.0 and prog.name not in size_overrides:
        base = max(1, int(round(base * args.scale)))
    return base


def parse_size_overrides(items, programs):
    overrides = {}
    names = {p.name for p in programs}
    for item in items or []:
        for part in item.split(","):
            part = part.strip()
            if not part:
                continue
            if "=" not in part:
                raise SystemExit("bench: --size expects name=N, got %r" % part)
            name, _, val = part.partition("=")
            name = name.strip()
            if name.endswith(".py"):
                name = name[:-3]
            if name not in names:
                raise SystemExit("bench: --size names unknown program %r" % name)
            try:
                overrides[name] = int(val)
            except ValueError:
                raise SystemExit("bench: --size value for %s is not an integer: %r" % (name, val))
    return overrides


def bench_program(prog, size, impls, args, progress, idx, nprogs, tool=None, spawner=None):
    cells = [Cell(i) for i in impls]
    argv_tail = [prog.path] + ([str(size)] if size is not None else [])
    label = "[%d/%d] %s" % (idx, nprogs, prog.name)

    # 1. Check run: every implementation once; all checksums must agree.
    for c in cells:
        progress.update("%s | %s | %s" % (label, c.impl.name, "counting instructions" if tool else "check run"))
        if tool:
            timeout = args.timeout * (50 if tool == "callgrind" else 2) if args.timeout else None
            env = dict(os.environ, PYTHONHASHSEED="0")  # identical work from run to run
            r = run_once(c.impl.argv + argv_tail, timeout, counts_wrapper(tool),
                         lambda text: strip_tool_stderr(tool, text), env=env)
            if r.ok():
                c.instructions = parse_counts(tool, r.raw_stderr)
        else:
            r = run_once(c.impl.argv + argv_tail, args.timeout, spawner=spawner)
        c.check = r
        if not r.ok():
            c.fail("error", r.error)
    expected, expected_from = pick_expected(cells, args.baseline)
    for c in cells:
        if c.status == "ok":
            c.checksum = c.check.checksum
            if c.checksum != expected:
                c.fail("mismatch", "checksum mismatch: printed %r, expected %r (from %s)"
                       % (c.checksum, expected, expected_from))
        if c.status != "ok":
            log("FAILED  %-16s %-15s %s" % (prog.name, c.impl.name, c.reason.replace("\n", "\n        ")))
    if tool:
        return cells, expected, expected_from
    live = [c for c in cells if c.status == "ok"]

    # 2. Warmup runs, then 3. measured runs, interleaved round-robin across implementations.
    phases = [("warmup", args.warmup), ("run", args.runs)]
    for phase, count in phases:
        for i in range(count):
            for c in live:
                if c.status != "ok":
                    continue
                progress.update("%s | %s | %s %d/%d" % (label, c.impl.name, phase, i + 1, count))
                r = run_once(c.impl.argv + argv_tail, args.timeout, spawner=spawner)
                if r.ok() and r.checksum != expected:
                    c.fail("mismatch", "%s %d: checksum changed between runs: printed %r, expected %r"
                           % (phase, i + 1, r.checksum, expected))
                elif not r.ok():
                    c.fail("error", "%s %d: %s" % (phase, i + 1, r.error))
                if c.status != "ok":
                    log("FAILED  %-16s %-15s %s" % (prog.name, c.impl.name, c.reason))
                    continue
                (c.warmups if phase == "warmup" else c.runs).append(r)
    return cells, expected, expected_from


def summarize_line(prog, cells, baseline, counts=False):
    parts = []
    base = next((c for c in cells if c.impl.name == baseline and c.status == "ok"), None)
    for c in cells:
        if c.status != "ok":
            parts.append("%s FAILED" % c.impl.name)
            continue
        if counts:
            if c.instructions is None:
                parts.append("%s ?" % c.impl.name)
            else:
                txt = "%s %.1fM" % (c.impl.name, c.instructions / 1e6)
                if base is not None and c is not base and base.instructions:
                    txt += " (%.2fx)" % (c.instructions / base.instructions)
                parts.append(txt)
            continue
        s = c.stats()
        if s is None:
            continue
        txt = "%s %ss" % (c.impl.name, fmt_time(s["median"]))
        if base is not None and c is not base and base.stats():
            txt += " (%.2fx)" % (s["median"] / base.stats()["median"])
        parts.append(txt)
    return "%-15s %s" % (prog.name, "  ".join(parts))


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="bench.py",
        description="Run the Quicken benchmark suite against Quicken, CPython and PyPy.",
        epilog="Examples: Tools/bench --tiny --runs 1 --warmup 0 ; "
               "Tools/bench -p fib,richards --impl quicken,cpython3.13 ; "
               "Tools/bench --counts --tiny")
    ap.add_argument("--impl", help="comma-separated implementations (globs allowed), default: all available. "
                    "Names: quicken-nospec, quicken, quicken-jit, cpython3.10 ... cpython3.13, pypy3")
    ap.add_argument("-p", "--programs", help="comma-separated program names or globs (default: all)")
    ap.add_argument("--runs", type=int, default=5, help="measured runs per program and implementation (default 5)")
    ap.add_argument("--warmup", type=int, default=1, help="unmeasured warmup runs (default 1)")
    ap.add_argument("--size", action="append", metavar="NAME=N",
                    help="size override for a program (repeatable, or comma-separated)")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size by F (default 1.0)")
    ap.add_argument("--tiny", action="store_true", help="use the tiny sizes (about 0.05 s each on CPython 3.13)")
    ap.add_argument("--out", help="output directory (default: Benchmarks/results/<timestamp>/)")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before one run is killed and marked FAILED (default 300; 0 = none)")
    ap.add_argument("--baseline", default=DEFAULT_BASELINE,
                    help="implementation the ratios are relative to (default cpython3.13)")
    ap.add_argument("--quicken", help="path to the quicken binary (default $QUICKEN or .build/release/quicken)")
    ap.add_argument("--counts", action="store_true",
                    help="count instructions (perf stat or callgrind) instead of timing; one run each")
    ap.add_argument("--counts-tool", choices=["auto", "perf", "callgrind"], default="auto",
                    help="instruction counter for --counts (default auto: perf if it can count, else callgrind)")
    ap.add_argument("--rss", choices=["auto", "time", "wait4", "off"], default="auto",
                    help="how peak RSS is measured: 'time' runs each child through GNU time (accurate; "
                    "adds about 1-2 ms of spawn time to every run), 'wait4' reads ru_maxrss of the direct "
                    "child (no overhead, but never below the harness's own RSS), 'off'. "
                    "Default auto: 'time' if /usr/bin/time is GNU time, else 'wait4'")
    ap.add_argument("--allow-errors", action="store_true",
                    help="exit 0 even if an implementation crashes or times out (checksum mismatches still exit 1)")
    ap.add_argument("--no-chart", action="store_true", help="do not draw chart.png/chart.svg")
    ap.add_argument("--list", action="store_true", help="list programs (with sizes) and implementations, then exit")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    if args.warmup < 0:
        ap.error("--warmup must be >= 0")
    if args.scale <= 0:
        ap.error("--scale must be positive")
    if args.timeout == 0:
        args.timeout = None

    all_programs = discover_programs()
    programs = select_programs(all_programs, args.programs)
    overrides = parse_size_overrides(args.size, all_programs)
    available, notes = discover_impls(args)

    if args.list:
        print("Programs (tiny / default size):")
        for p in all_programs:
            print("  %-16s %8s %10s" % (p.name, p.tiny, p.default))
        print("Implementations available:")
        for i in available:
            print("  %-16s %s   [%s]" % (i.name, i.describe(), i.version))
        for n in notes:
            print("  note: " + n)
        return 0

    for n in notes:
        log("bench: " + n)
    impls = select_impls(available, notes, args.impl)
    if not impls:
        log("bench: no implementation to run")
        return 2

    tool = None
    if args.counts:
        tool = args.counts_tool
        if tool == "auto":
            tool = "perf" if perf_works() else "callgrind"
        if tool == "perf" and not perf_works():
            raise SystemExit("bench: `perf stat -e instructions:u true` does not work here; use --counts-tool callgrind")
        if tool == "callgrind" and not shutil.which("valgrind"):
            raise SystemExit("bench: valgrind is not installed (apt-get install valgrind)")
        log("bench: counting instructions with %s" % ("perf stat -e instructions:u" if tool == "perf"
                                                      else "valgrind --tool=callgrind"))

    spawner = None
    if not tool:
        rss = args.rss
        if rss in ("auto", "time"):
            if gnu_time_available():
                rss = "time"
            elif args.rss == "time":
                raise SystemExit("bench: --rss time needs GNU time at %s (apt-get install time)" % GNU_TIME)
            else:
                rss = "wait4"
                notes.append("GNU time not found at %s: peak RSS is ru_maxrss from wait4, which is never "
                             "below the harness's own RSS at spawn (about %.0f MiB); install the Debian "
                             "package 'time' for accurate values" % (GNU_TIME, own_maxrss_mib()))
                log("bench: " + notes[-1])
        spawner = Spawner(rss)
        spawner.measure_overhead()
        if rss == "time":
            notes.append("every run is started through GNU time (for the child's own peak RSS); this adds "
                         "about %.1f ms of spawn time to each measured wall time, the same for every "
                         "implementation" % (spawner.overhead_s * 1000))

    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    out_dir = os.path.abspath(args.out or os.path.join(HERE, "results", stamp + ("-counts" if tool else "")))
    os.makedirs(out_dir, exist_ok=True)

    info = machine_info()
    invoked = os.environ.get("QUICKEN_BENCH_ARGV0") or os.path.relpath(os.path.abspath(sys.argv[0]), REPO)
    command = " ".join([invoked] + [shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:])])
    started = datetime.datetime.now().astimezone()
    log("bench: %d programs x %d implementations (%s); %s; output in %s"
        % (len(programs), len(impls), ", ".join(i.name for i in impls),
           "instruction counts" if tool else "%d warmup + %d measured runs" % (args.warmup, args.runs),
           out_dir))

    progress = Progress()
    results = []
    for idx, prog in enumerate(programs, 1):
        size = program_size(prog, args, overrides)
        cells, expected, expected_from = bench_program(prog, size, impls, args, progress, idx, len(programs),
                                                       tool, spawner)
        results.append({"program": prog, "size": size, "cells": cells,
                        "expected": expected, "expected_from": expected_from})
        log(summarize_line(prog, cells, args.baseline, counts=bool(tool)))
    progress.clear()
    finished = datetime.datetime.now().astimezone()

    meta = {
        "command": command,
        "started": started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "duration_s": round(progress.elapsed(), 1),
        "machine": info,
        "notes": notes,
        "tool": tool,
        "rss_method": spawner.mode if spawner else None,
        "spawn_overhead_s": spawner.overhead_s if spawner else None,
    }
    report = build_report(results, impls, args, meta)
    write_json(os.path.join(out_dir, "results.json"), report)
    md = render_markdown(report, results, impls, args, meta)
    with open(os.path.join(out_dir, "results.md"), "w", encoding="utf-8") as f:
        f.write(md)
    written = ["results.md", "results.json"]
    if not tool:
        written += write_pyperf(out_dir, results, impls, meta)
    if not args.no_chart:
        written += draw_chart(out_dir, report, impls, args, meta)

    print(md_summary_for_terminal(report, impls, args))
    print("bench: wrote %s in %s" % (", ".join(written), out_dir))

    mismatches = [(r["program"].name, c.impl.name) for r in results for c in r["cells"] if c.kind == "mismatch"]
    errors = [(r["program"].name, c.impl.name) for r in results for c in r["cells"] if c.kind == "error"]
    if mismatches:
        print("bench: CHECKSUM MISMATCH: " + ", ".join("%s/%s" % m for m in mismatches), file=sys.stderr)
    if errors:
        print("bench: FAILED (crash/timeout/no checksum): " + ", ".join("%s/%s" % m for m in errors), file=sys.stderr)
    if mismatches or (errors and not args.allow_errors):
        return 1
    return 0


# --------------------------------------------------------------------------------------------
# Reports


def build_report(results, impls, args, meta):
    baseline = args.baseline
    rep = {
        "schema": SCHEMA,
        "mode": "counts" if meta["tool"] else "time",
        "command": meta["command"],
        "started": meta["started"],
        "finished": meta["finished"],
        "duration_s": meta["duration_s"],
        "machine": meta["machine"],
        "settings": {
            "runs": args.runs, "warmup": args.warmup, "tiny": args.tiny, "scale": args.scale,
            "timeout_s": args.timeout, "baseline": baseline, "counts_tool": meta["tool"],
        },
        "notes": meta["notes"],
        "rss_method": meta.get("rss_method"),
        "spawn_overhead_s": meta.get("spawn_overhead_s"),
        "implementations": {i.name: {"command": i.argv, "version": i.version, "kind": i.kind} for i in impls},
        "programs": {},
        "geomean_ratio": {},
    }
    ratios = {i.name: [] for i in impls}
    for r in results:
        prog = r["program"]
        base = next((c for c in r["cells"] if c.impl.name == baseline and c.status == "ok"), None)
        entry = {"size": r["size"], "expected_checksum": r["expected"], "checksum_source": r["expected_from"],
                 "results": {}}
        for c in r["cells"]:
            d = {"status": c.status, "failure_kind": c.kind, "reason": c.reason, "checksum": c.checksum}
            if c.check is not None:
                d["check_run"] = run_dict(c.check)
            if meta["tool"]:
                d["instructions"] = c.instructions
                metric = c.instructions
                base_metric = base.instructions if base is not None else None
            else:
                d["warmup_runs"] = [run_dict(x) for x in c.warmups]
                d["runs"] = [run_dict(x) for x in c.runs]
                d["times_s"] = [x.wall for x in c.runs]
                d["maxrss_kib"] = [x.maxrss_kib for x in c.runs]
                s = c.stats() if c.status == "ok" else None
                d["stats"] = s
                metric = s["median"] if s else None
                bs = base.stats() if base is not None else None
                base_metric = bs["median"] if bs else None
            ratio = None
            if c.status == "ok" and metric and base_metric:
                ratio = metric / base_metric
                ratios[c.impl.name].append(ratio)
            d["ratio_to_baseline"] = ratio
            entry["results"][c.impl.name] = d
        rep["programs"][prog.name] = entry
    for name, rs in ratios.items():
        g = geomean(rs)
        rep["geomean_ratio"][name] = {"value": g, "programs": len(rs)}
    # The same over only the programs that every selected implementation passed, so that the
    # implementations are compared on one common set.
    common = [p for p, e in rep["programs"].items()
              if all(d["ratio_to_baseline"] is not None for d in e["results"].values())]
    rep["common_programs"] = common
    rep["geomean_ratio_common"] = {}
    for i in impls:
        g = geomean([rep["programs"][p]["results"][i.name]["ratio_to_baseline"] for p in common])
        rep["geomean_ratio_common"][i.name] = {"value": g, "programs": len(common)}
    return rep


def run_dict(r):
    return {"wall_s": r.wall, "user_s": r.user, "sys_s": r.sys, "maxrss_kib": r.maxrss_kib,
            "returncode": r.returncode, "checksum": r.checksum, "error": r.error}


def write_json(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=False)
        f.write("\n")


def md_escape(s):
    return (s or "").replace("|", "\\|").replace("\n", " ")


def ratio_text(ratio):
    if ratio is None:
        return "-"
    return "%.2f" % ratio


def render_markdown(rep, results, impls, args, meta):
    info = meta["machine"]
    baseline = args.baseline
    counts = rep["mode"] == "counts"
    names = [i.name for i in impls]
    L = []
    L.append("# Quicken benchmark results%s" % (" (instruction counts)" if counts else ""))
    L.append("")
    L.append("- Date: %s (took %.0f s)" % (meta["started"], meta["duration_s"]))
    L.append("- Command: `%s`" % meta["command"])
    L.append("- Machine: %s" % describe_machine(info))
    extra = []
    if info.get("loadavg_at_start") is not None:
        extra.append("load average at start %s" % " ".join(str(x) for x in info["loadavg_at_start"]))
    if info.get("cpu_governor"):
        extra.append("governor %s" % info["cpu_governor"])
    extra.append("harness Python %s" % info["harness_python"])
    L.append("- Conditions: " + ", ".join(extra))
    if counts:
        L.append("- Mode: instruction counts with `%s`, one run per program and implementation "
                 "(deterministic; includes interpreter start-up)" %
                 ("perf stat -e instructions:u" if meta["tool"] == "perf" else "valgrind --tool=callgrind"))
    else:
        L.append("- Runs: %d warmup + %d measured per program and implementation, interleaved round-robin; "
                 "wall-clock time of the whole process (start-up included)" % (args.warmup, args.runs))
    L.append("- Sizes: %s%s" % ("tiny" if args.tiny else "default",
                                "" if args.scale == 1.0 else ", scaled by %g" % args.scale))
    L.append("")
    L.append("## Implementations")
    L.append("")
    L.append("| name | command | version |")
    L.append("| --- | --- | --- |")
    for i in impls:
        L.append("| %s | `%s` | %s |" % (i.name, md_escape(i.describe()), md_escape(i.version)))
    for n in meta["notes"]:
        L.append("")
        L.append("Note: %s" % md_escape(n))
    L.append("")

    have_base = baseline in names
    # Main table
    if counts:
        L.append("## Instructions executed (millions)")
    else:
        L.append("## Median wall time (seconds; ± is the standard deviation)")
    L.append("")
    L.append("| program | size | " + " | ".join(names) + " |")
    L.append("| --- | ---: | " + " | ".join("---:" for _ in names) + " |")
    for r in results:
        pname = r["program"].name
        entry = rep["programs"][pname]
        row = ["%s" % pname, str(r["size"])]
        for n in names:
            d = entry["results"][n]
            if d["status"] != "ok":
                row.append("FAILED")
            elif counts:
                row.append("%.1f" % (d["instructions"] / 1e6) if d["instructions"] else "?")
            else:
                s = d["stats"]
                if len(d["runs"]) > 1:
                    row.append("%s ± %s" % (fmt_time(s["median"]), fmt_time(s["stdev"])))
                else:
                    row.append(fmt_time(s["median"]))
        L.append("| " + " | ".join(row) + " |")
    L.append("")

    if have_base:
        L.append("## Ratio to %s (%s / %s; below 1 = faster than %s, above 1 = slower)"
                 % (baseline, "instructions" if counts else "time", baseline, baseline))
        L.append("")
        L.append("| program | " + " | ".join(names) + " |")
        L.append("| --- | " + " | ".join("---:" for _ in names) + " |")
        for r in results:
            pname = r["program"].name
            entry = rep["programs"][pname]
            row = [pname]
            for n in names:
                d = entry["results"][n]
                row.append("FAILED" if d["status"] != "ok" else ratio_text(d["ratio_to_baseline"]))
            L.append("| " + " | ".join(row) + " |")
        row = ["**geometric mean**"]
        for n in names:
            g = rep["geomean_ratio"][n]
            if g["value"] is None:
                row.append("-")
            else:
                row.append("**%.2f** (%d)" % (g["value"], g["programs"]))
        L.append("| " + " | ".join(row) + " |")
        ncommon = len(rep["common_programs"])
        partial = any(rep["geomean_ratio"][n]["programs"] != ncommon for n in names)
        if partial:
            row = ["**geometric mean, common programs**"]
            for n in names:
                g = rep["geomean_ratio_common"][n]
                row.append("-" if g["value"] is None else "**%.2f** (%d)" % (g["value"], g["programs"]))
            L.append("| " + " | ".join(row) + " |")
        L.append("")
        L.append("The number in parentheses is how many programs a geometric mean covers: the first "
                 "row uses every program where the implementation and %s both succeeded%s." % (
                     baseline, "; the second only the %d programs that every implementation passed" % ncommon
                     if partial else ""))
        L.append("")
        use_common = partial and ncommon > 0
        L.append("Summary (geometric mean%s):" % (" over the %d common programs" % ncommon if use_common
                                                  else ""))
        L.append("")
        key = "geomean_ratio_common" if use_common else "geomean_ratio"
        for n in names:
            g = rep[key][n]["value"]
            if n == baseline or g is None:
                continue
            if counts:
                L.append("- %s executes %.2fx %s instructions than %s" % (
                    n, 1 / g if g < 1 else g, "fewer" if g < 1 else "more", baseline))
            elif g < 1:
                L.append("- %s is %.2fx faster than %s" % (n, 1 / g, baseline))
            else:
                L.append("- %s is %.2fx slower than %s" % (n, g, baseline))
        L.append("")
    else:
        L.append("(No ratios: the baseline %s was not run.)" % baseline)
        L.append("")

    if not counts:
        L.append("## Details")
        L.append("")
        L.append("| program | implementation | median s | min–max s | IQR s | stdev s | peak RSS MiB | runs |")
        L.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for r in results:
            pname = r["program"].name
            entry = rep["programs"][pname]
            for n in names:
                d = entry["results"][n]
                if d["status"] != "ok":
                    L.append("| %s | %s | FAILED | | | | | %d |" % (pname, n, len(d["runs"])))
                    continue
                s = d["stats"]
                rss = s["maxrss_kib"]
                L.append("| %s | %s | %s | %s–%s | %s | %s | %s | %d |" % (
                    pname, n, fmt_time(s["median"]), fmt_time(s["min"]), fmt_time(s["max"]),
                    fmt_time(s["iqr"]), fmt_time(s["stdev"]),
                    "%.1f" % (rss / 1024.0) if rss is not None else "-", len(d["runs"])))
        L.append("")

    fails = [(r["program"].name, c) for r in results for c in r["cells"] if c.status != "ok"]
    L.append("## Failures")
    L.append("")
    if not fails:
        L.append("None: every implementation printed the expected checksum on every program.")
    else:
        L.append("| program | implementation | kind | reason |")
        L.append("| --- | --- | --- | --- |")
        for pname, c in fails:
            L.append("| %s | %s | %s | %s |" % (pname, c.impl.name, c.kind, md_escape(c.reason)))
    L.append("")
    L.append("## Checksums")
    L.append("")
    L.append("| program | expected checksum | taken from |")
    L.append("| --- | --- | --- |")
    for r in results:
        L.append("| %s | `%s` | %s |" % (r["program"].name, md_escape(r["expected"] or "-"),
                                         md_escape(r["expected_from"] or "no implementation succeeded")))
    L.append("")
    return "\n".join(L)


def md_summary_for_terminal(rep, impls, args):
    names = [i.name for i in impls]
    counts = rep["mode"] == "counts"
    width = max([len(n) for n in names] + [13]) + 2
    lines = []
    head = "%-16s" % "program" + "".join(("%" + str(width) + "s") % n for n in names)
    lines.append(head)
    for pname, entry in rep["programs"].items():
        row = "%-16s" % pname
        for n in names:
            d = entry["results"][n]
            if d["status"] != "ok":
                cell = "FAILED"
            elif counts:
                cell = "%.1fM" % (d["instructions"] / 1e6) if d["instructions"] else "?"
                if d["ratio_to_baseline"] is not None and n != args.baseline:
                    cell += " %.2fx" % d["ratio_to_baseline"]
            else:
                cell = fmt_time(d["stats"]["median"]) + "s"
                if d["ratio_to_baseline"] is not None and n != args.baseline:
                    cell += " %.2fx" % d["ratio_to_baseline"]
            row += ("%" + str(width) + "s") % cell
        lines.append(row)
    if args.baseline in names:
        row = "%-16s" % "geometric mean"
        for n in names:
            g = rep["geomean_ratio"][n]["value"]
            row += ("%" + str(width) + "s") % ("-" if g is None else "%.2fx" % g)
        lines.append(row)
        if any(rep["geomean_ratio"][n]["programs"] != len(rep["common_programs"]) for n in names):
            row = "%-16s" % "geomean common"
            for n in names:
                g = rep["geomean_ratio_common"][n]["value"]
                row += ("%" + str(width) + "s") % ("-" if g is None else "%.2fx" % g)
            lines.append(row + "   (%d programs every implementation passed)" % len(rep["common_programs"]))
        lines.append("(ratios are %s / %s: below 1 is faster)" % ("instructions" if counts else "time", args.baseline))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# pyperf output


def pyperf_suite_metadata(impl, meta):
    info = meta["machine"]
    md = {
        "description": "Quicken benchmark suite, implementation %s" % impl.name,
        "command": meta["command"],
        "cpu_model_name": info["cpu_model"],
        "cpu_count": info["logical_cpus"] or 1,
        "hostname": info["hostname"],
        "platform": "%s %s %s" % (info["os"], info["kernel"], info["arch"]),
        "date": meta["started"],
        "implementation": impl.name,
        "implementation_version": impl.version,
    }
    if impl.kind == "cpython":
        md["python_implementation"] = "cpython"
        m = re.search(r"(\d+\.\d+\.\d+)", impl.version or "")
        if m:
            md["python_version"] = m.group(1)
    elif impl.kind == "pypy":
        md["python_implementation"] = "pypy"
    else:
        md["python_implementation"] = impl.name
    return md


def pyperf_documents(results, impls, meta):
    """Yield (impl, dict in pyperf's JSON format 1.0)."""
    for impl in impls:
        benchmarks = []
        for r in results:
            cell = next(c for c in r["cells"] if c.impl is impl)
            if cell.status != "ok" or not cell.runs:
                continue
            runs = []
            for run in cell.runs:
                md = {"date": meta["started"], "duration": run.wall}
                if run.maxrss_kib is not None:
                    md["mem_max_rss"] = int(run.maxrss_kib) * 1024
                runs.append({"metadata": md, "values": [run.wall]})
            benchmarks.append({
                "metadata": {"name": r["program"].name, "unit": "second", "loops": 1,
                             "inner_loops": 1,
                             "description": "%s %s" % (r["program"].name, r["size"])},
                "runs": runs,
            })
        if not benchmarks:
            continue
        yield impl, {"version": "1.0", "metadata": pyperf_suite_metadata(impl, meta), "benchmarks": benchmarks}


def write_pyperf(out_dir, results, impls, meta):
    written = []
    try:
        import pyperf  # noqa: F401
        have = True
    except ImportError:
        have = False
        log("bench: pyperf is not importable; writing pyperf-*.json in pyperf's JSON format by hand "
            "(pip install pyperf to build them with the pyperf API)")
    for impl, doc in pyperf_documents(results, impls, meta):
        path = os.path.join(out_dir, "pyperf-%s.json" % impl.name)
        if have:
            try:
                _write_pyperf_api(path, doc)
                written.append(os.path.basename(path))
                continue
            except Exception as e:  # fall back to the hand-written format
                log("bench: pyperf API failed for %s (%s: %s); writing the JSON by hand"
                    % (impl.name, type(e).__name__, e))
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f)
            f.write("\n")
        written.append(os.path.basename(path))
    return written


def _write_pyperf_api(path, doc):
    import pyperf
    suite_md = doc["metadata"]
    benches = []
    for b in doc["benchmarks"]:
        runs = []
        for r in b["runs"]:
            md = dict(suite_md)
            md.update(b["metadata"])
            md.update(r["metadata"])
            runs.append(pyperf.Run(r["values"], metadata=md, collect_metadata=False))
        benches.append(pyperf.Benchmark(runs))
    suite = pyperf.BenchmarkSuite(benches)
    suite.dump(path, replace=True)


# --------------------------------------------------------------------------------------------
# Chart


def draw_chart(out_dir, rep, impls, args, meta):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log("bench: matplotlib is not importable; skipping chart.png/chart.svg (pip install matplotlib)")
        return []
    counts = rep["mode"] == "counts"
    names = [i.name for i in impls]
    progs = list(rep["programs"].keys())
    use_ratio = args.baseline in names
    groups = progs + (["geomean"] if use_ratio else [])
    n_impl = len(names)
    width = 0.8 / max(n_impl, 1)
    fig_w = max(8.0, 0.55 * len(groups) * max(1.0, n_impl / 3.0) + 2.5)
    fig, ax = plt.subplots(figsize=(fig_w, 5.6))
    cmap = plt.get_cmap("tab10")
    all_vals = []
    failed_marks = []
    for k, n in enumerate(names):
        xs, ys, lo, hi = [], [], [], []
        for g_i, pname in enumerate(groups):
            x = g_i - 0.4 + width * (k + 0.5)
            if pname == "geomean":
                v = rep["geomean_ratio"][n]["value"]
                if v is not None:
                    xs.append(x); ys.append(v); lo.append(0); hi.append(0)
                continue
            d = rep["programs"][pname]["results"][n]
            if d["status"] != "ok":
                failed_marks.append(x)
                continue
            if counts:
                v = d["ratio_to_baseline"] if use_ratio else (d["instructions"] or 0) / 1e6
                if v is None:
                    continue
                xs.append(x); ys.append(v); lo.append(0); hi.append(0)
            else:
                s = d["stats"]
                if use_ratio:
                    b = rep["programs"][pname]["results"][args.baseline]
                    if b["status"] != "ok":
                        continue
                    bm = b["stats"]["median"]
                    v = s["median"] / bm
                    xs.append(x); ys.append(v)
                    lo.append(v - s["min"] / bm); hi.append(s["max"] / bm - v)
                else:
                    xs.append(x); ys.append(s["median"])
                    lo.append(s["median"] - s["min"]); hi.append(s["max"] - s["median"])
        all_vals += [y for y in ys if y > 0]
        all_vals += [y - l for y, l in zip(ys, lo) if y - l > 0] + [y + h for y, h in zip(ys, hi)]
        if xs:
            err = [lo, hi] if any(lo) or any(hi) else None
            if use_ratio:
                # Bars grow from 1.0: up = slower than the baseline, down = faster.
                if n == args.baseline:
                    # The baseline is 1 by definition: draw a thin marker so its slot is visible.
                    ax.bar(xs, [0.03] * len(xs), bottom=0.985, width=width * 0.95, label=n + " (baseline)",
                           color=cmap(k % 10))
                else:
                    ax.bar(xs, [y - 1.0 for y in ys], bottom=1.0, width=width * 0.95, label=n,
                           color=cmap(k % 10))
                if err:
                    ax.errorbar(xs, ys, yerr=err, fmt="none", ecolor="#333333", elinewidth=0.7, capsize=1.5)
            else:
                ax.bar(xs, ys, width=width * 0.95, label=n, color=cmap(k % 10), yerr=err,
                       ecolor="#333333", capsize=1.5, error_kw={"elinewidth": 0.7})
    ax.set_yscale("log")
    if all_vals:
        lo_v, hi_v = min(all_vals), max(all_vals)
        if use_ratio:
            lo_v, hi_v = min(lo_v, 1.0), max(hi_v, 1.0)
        ax.set_ylim(lo_v / 1.5, hi_v * 1.5)
    for x in failed_marks:
        y = (1.0 if use_ratio else ax.get_ylim()[0]) * 1.05
        ax.text(x, y, "FAILED", rotation=90, ha="center", va="bottom", fontsize=6, color="#b00000")
    if use_ratio:
        ax.axhline(1.0, color="#444444", linewidth=0.8)
        what = "instructions" if counts else "time"
        ax.set_ylabel("%s / %s %s (log scale)\n%s" % (
            what, args.baseline, what,
            "below 1 = fewer instructions" if counts else "below 1 = faster, above 1 = slower"))
    else:
        ax.set_ylabel("millions of instructions (log)" if counts else "median wall time, s (log; lower is faster)")
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator
    ymin, ymax = ax.get_ylim()
    ticks = []
    for mantissas in ((1, 1.5, 2, 3, 5, 7), (1, 2, 5), (1,)):
        ticks = [m * 10.0 ** d for d in range(-4, 7) for m in mantissas if ymin <= m * 10.0 ** d <= ymax]
        if len(ticks) <= 12:
            break
    ax.yaxis.set_major_locator(FixedLocator(ticks))
    ax.yaxis.set_minor_locator(NullLocator())
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: "%g" % v))
    ax.set_xticks(range(len(groups)))
    ax.set_xticklabels(groups, rotation=40, ha="right", fontsize=8)
    ax.set_xlim(-0.6, len(groups) - 0.4)
    ax.grid(axis="y", which="major", alpha=0.3)
    info = meta["machine"]
    title = "Quicken benchmarks%s — %s" % (" (instruction counts)" if counts else "",
                                            "tiny sizes" if args.tiny else "default sizes")
    sub = "%s, %s CPUs; %s" % (info["cpu_model"], info["logical_cpus"], meta["started"][:16].replace("T", " "))
    if not counts:
        sub += "; median of %d runs, whiskers min–max" % args.runs
    fig.suptitle(title + "\n" + sub, fontsize=9)
    ax.legend(fontsize=7, ncol=min(n_impl, 8), loc="lower center", bbox_to_anchor=(0.5, 1.0),
              frameon=False)
    fig.tight_layout()
    out = []
    for ext in ("png", "svg"):
        path = os.path.join(out_dir, "chart." + ext)
        fig.savefig(path, dpi=130 if ext == "png" else None)
        out.append(os.path.basename(path))
    plt.close(fig)
    return out


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        Progress.current.clear()
        print("bench: interrupted", file=sys.stderr)
        sys.exit(130)
