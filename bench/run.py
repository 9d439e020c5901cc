#!/usr/bin/env python3
"""Measure tenet against the floor and its peers (DESIGN.md section 9).

One invocation measures, for each corpus, the wall time, CPU time (user + sys of
the child and the children it waited for) and peak RSS of:

* the floor (bench/floor.c: read, parse and walk every node, one thread),
* ``tenet check --isolated --select D1 --jobs 1`` and ``--jobs 2``,
* pydocstyle with D100-D107,
* flake8 + flake8-docstrings with ``--select=D1`` (when installed),

plus start-up on one ~12 KB file and tenet's peak RSS on ten copies of the
standard library. Repetitions alternate (each round runs every contender once,
in rotating order) and the median is reported. Prints a table and the ratios
and writes the figures to bench/results/latest.json.

This is a measurement tool: it never fails because of a timing.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
STDLIB = Path("/usr/lib/python3.11")
DJANGO = Path("/usr/lib/python3/dist-packages/django")
STARTUP_TARGET_BYTES = 12 * 1024

# The Python exception-handling and logging rules (RULES.md), as tenet selectors.
ERROR_AND_LOGGING = ("E722,BLE001,S110,S112,B904,B012,B014,TRY,EM,RSE102,PLE0704,PLW0711,TPY,"
                     "G,LOG,PLE1205,PLE1206,T20")

# pylint's messages for the same family (pylint 2.16 names; print through the bad-builtin
# extension). Enabled alone, so that pylint does only what tenet's family does, as far as
# pylint allows: it still builds and infers over every module.
PYLINT_MESSAGES = ",".join([
    "bare-except", "broad-exception-caught", "raise-missing-from", "try-except-raise",
    "lost-exception", "duplicate-except", "misplaced-bare-raise", "binary-op-exception",
    "broad-exception-raised", "raising-bad-type", "raising-non-exception",
    "catching-non-exception", "logging-too-many-args", "logging-too-few-args",
    "logging-not-lazy", "logging-format-interpolation", "logging-fstring-interpolation",
    "logging-unsupported-format", "logging-format-truncated", "bad-builtin",
])


class Family:
    """A rule family: tenet's selection and each peer's command-line words for it."""

    def __init__(self, name, title, select, budgets, pydocstyle=None, flake8=None,
                 flake8_plugin=None, pylint=None):
        """Describe one family.

        Args:
            name: The family's key (``--family``).
            title: What the tables call it.
            select: tenet's ``--select`` value.
            budgets: Ratio key -> (operator, limit), from DESIGN.md section 9 and the issues.
            pydocstyle: pydocstyle's selection words, or None when it has no part in it.
            flake8: flake8's selection words, or None.
            flake8_plugin: The plugin ``flake8 --version`` must list for flake8 to take part.
            pylint: pylint's selection words, or None.

        """
        self.name = name
        self.title = title
        self.select = select
        self.budgets = budgets
        self.pydocstyle = pydocstyle
        self.flake8 = flake8
        self.flake8_plugin = flake8_plugin
        self.pylint = pylint


DOC_BUDGETS = {
    "tenet_cpu_over_floor": ("<=", 1.5),
    "pydocstyle_wall_over_tenet": (">=", 20.0),
    "flake8_wall_over_tenet": (">=", 30.0),
    "jobs2_wall_over_jobs1": ("<=", 0.6),
}

FAMILIES = {
    f.name: f for f in [
        Family("d1", "D1 (missing docstrings)", "D1", DOC_BUDGETS,
               pydocstyle=["--select=D1"], flake8=["--select=D1"],
               flake8_plugin="flake8-docstrings"),
        # Every D code: pydocstyle with every check (prefixes select them all, the
        # D203/D211 and D212/D213 pairs included, as tenet without a convention);
        # flake8-docstrings needs the "all" convention for the same.
        Family("d", "D (PEP 257, every pydocstyle rule)", "D", DOC_BUDGETS,
               pydocstyle=["--select=D1,D2,D3,D4"],
               flake8=["--select=D", "--docstring-convention=all"],
               flake8_plugin="flake8-docstrings"),
        Family("docs", "D + DOC + RST (the whole docstring family)", "D,DOC,RST",
               {"tenet_cpu_over_floor": ("<=", 1.6), "jobs2_wall_over_jobs1": ("<=", 0.6)}),
        Family("errors", "exception handling + logging", ERROR_AND_LOGGING,
               {"tenet_cpu_over_floor": ("<=", 1.75), "pylint_wall_over_tenet": (">=", 30.0),
                "jobs2_wall_over_jobs1": ("<=", 0.6)},
               flake8=["--select=E722,B90"], flake8_plugin="flake8-blind-except",
               pylint=["--disable=all", "--enable=" + PYLINT_MESSAGES,
                       "--load-plugins=pylint.extensions.bad_builtin", "--bad-functions=print"]),
        Family("all", "every Python rule", "ALL",
               {"tenet_cpu_over_floor": ("<=", 1.75), "jobs2_wall_over_jobs1": ("<=", 0.6)}),
    ]
}
DEFAULT_FAMILIES = "d1,d,docs,errors,all"

# Budgets outside the families, printed next to the figures for reference only.
BUDGETS = {
    "tenet_startup_ms": ("<", 10.0),
    "tenet_peak_rss_mib": ("<", 64.0),
}

FINDING_PATTERNS = {
    # path:line:col: D103 message   (tenet text format, flake8, pylint)
    "colon": re.compile(r":\d+:\d+: ([A-Z]+\d+)\b"),
    # "        D103: Missing docstring in public function"   (pydocstyle)
    "pydocstyle": re.compile(r"^\s+(D\d\d\d): ", re.MULTILINE),
}


# --------------------------------------------------------------------------- running


class Contender:
    """One command to measure, and what it did in each run."""

    def __init__(self, name, argv, ok_codes=(0,), findings=None, parse_floor=False, role=None,
                 max_runs=None):
        """Set up a contender that has not run yet.

        Args:
            name: The label in the tables and in the JSON figures.
            argv: The command; its words are converted to strings.
            ok_codes: The exit codes of a successful run.
            findings: The key into FINDING_PATTERNS to count the first run's findings with, or
                None not to count them.
            parse_floor: Whether to read the floor's counts from the output of every run.
            role: What it is within its family ("tenet1", "tenet2", "pydocstyle", "flake8",
                "pylint"), for the ratios; None for the floor.
            max_runs: At most this many runs (slow peers), or None for one per round.

        """
        self.name = name
        self.role = role
        self.max_runs = max_runs
        self.argv = [str(a) for a in argv]
        self.ok_codes = set(ok_codes)
        self.findings = findings  # key into FINDING_PATTERNS, or None
        self.parse_floor = parse_floor
        self.runs = []  # dicts: wall_s, cpu_s, user_s, sys_s, maxrss_kib, exit
        self.failed = None  # message when the command could not run properly
        self.finding_counts = None
        self.floor_counts = None

    def summary(self):
        """Return the command, its runs and their medians as a dict for the JSON figures."""
        out = {"argv": self.argv, "runs": self.runs}
        if self.failed:
            out["failed"] = self.failed
        if self.runs:
            for key in ("wall_s", "cpu_s", "user_s", "sys_s"):
                out[key] = statistics.median(r[key] for r in self.runs)
            out["maxrss_mib"] = statistics.median(r["maxrss_kib"] for r in self.runs) / 1024
            out["maxrss_mib_max"] = max(r["maxrss_kib"] for r in self.runs) / 1024
            out["exit_codes"] = sorted({r["exit"] for r in self.runs})
        if self.finding_counts is not None:
            out["findings"] = self.finding_counts
        if self.floor_counts is not None:
            out["floor"] = self.floor_counts
        return out

    def median(self, key):
        """Return the median of one measurement over the runs, or None before any run."""
        if not self.runs:
            return None
        return statistics.median(r[key] for r in self.runs)


SPAWN = None  # path of tenet_bench_spawn, set in main()


def spawn_and_measure(argv, stdout_path=None):
    """Run argv with stdin from /dev/null; return (measurement dict or None, stderr text).

    Through tenet_bench_spawn (bench/spawn.c) when it was found: it times the command from
    fork to wait4 and reports the rusage wait4 gives for it (CPU time and peak RSS of the
    command and of the children it waited for). Without it the command is spawned directly;
    then wall time spans posix_spawn to wait4 and peak RSS is at least this harness's own,
    because Linux counts the memory image exec replaced.
    """
    with tempfile.TemporaryFile() as err:
        actions = [
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_OPEN, 1, stdout_path or os.devnull,
             os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
            (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
        ]
        result_path = None
        full = argv
        if SPAWN:
            fd, result_path = tempfile.mkstemp(prefix="tenet-bench-ru-")
            os.close(fd)
            full = [SPAWN, result_path, *argv]
        try:
            start = time.perf_counter_ns()
            try:
                pid = os.posix_spawnp(full[0], full, os.environ, file_actions=actions)
            except OSError as exc:
                return None, f"cannot run {full[0]}: {exc}"
            _, status, ru = os.wait4(pid, 0)
            wall = (time.perf_counter_ns() - start) / 1e9
            err.seek(0)
            stderr = err.read().decode("utf-8", "replace")
            code = os.waitstatus_to_exitcode(status)
            if SPAWN:
                fields = Path(result_path).read_text().split()
                if len(fields) != 5:
                    return None, f"tenet_bench_spawn failed (exit {code}): {stderr.strip()}"
                wall_ns, user_us, sys_us, maxrss, code = map(int, fields)
                if code == 127 and "tenet_bench_spawn:" in stderr:
                    return None, stderr.strip()
                return {
                    "wall_s": wall_ns / 1e9,
                    "cpu_s": (user_us + sys_us) / 1e6,
                    "user_s": user_us / 1e6,
                    "sys_s": sys_us / 1e6,
                    "maxrss_kib": maxrss,
                    "exit": code,
                }, stderr
        finally:
            if result_path:
                os.unlink(result_path)
    return {
        "wall_s": wall,
        "cpu_s": ru.ru_utime + ru.ru_stime,
        "user_s": ru.ru_utime,
        "sys_s": ru.ru_stime,
        "maxrss_kib": ru.ru_maxrss,  # KiB on Linux
        "exit": code,
    }, stderr


def run_rounds(contenders, rounds, label, capture_first=True, verbose=True):
    """Run every contender once per round, rotating the order each round."""
    for rnd in range(rounds):
        active = [c for c in contenders
                  if not c.failed and (c.max_runs is None or len(c.runs) < c.max_runs)]
        if not active:
            return
        shift = rnd % len(active)
        order = active[shift:] + active[:shift]
        for c in order:
            capture = (capture_first and rnd == 0 and (c.findings or c.parse_floor)) or (
                c.parse_floor
            )
            out_path = None
            if capture:
                fd, out_path = tempfile.mkstemp(prefix="tenet-bench-out-")
                os.close(fd)
            try:
                m, stderr = spawn_and_measure(c.argv, out_path)
                if m is None:
                    c.failed = stderr
                    log(f"  {label}: {c.name}: {stderr}")
                    continue
                if m["exit"] not in c.ok_codes:
                    snippet = stderr.strip().splitlines()[-5:]
                    c.failed = f"exit {m['exit']}: " + " | ".join(snippet)
                    log(f"  {label}: {c.name} failed ({c.failed}); dropped")
                    continue
                c.runs.append(m)
                if out_path:
                    text = Path(out_path).read_text("utf-8", "replace")
                    if c.parse_floor:
                        c.floor_counts = parse_floor_output(text)
                    if c.findings and rnd == 0:
                        c.finding_counts = count_findings(text, c.findings)
                if verbose:
                    log(f"  {label} round {rnd + 1}/{rounds}: {c.name:<22} "
                        f"wall {m['wall_s']:8.3f}s cpu {m['cpu_s']:8.3f}s "
                        f"rss {m['maxrss_kib'] / 1024:7.1f} MiB")
            finally:
                if out_path:
                    os.unlink(out_path)


def parse_floor_output(text):
    """Return the counts the floor prints (files, bytes, nodes, error trees), or None."""
    m = re.search(r"files (\d+) bytes (\d+) nodes (\d+)(?: error_trees (\d+))?", text)
    if not m:
        return None
    return {
        "files": int(m.group(1)),
        "bytes": int(m.group(2)),
        "nodes": int(m.group(3)),
        "error_trees": int(m.group(4) or 0),
    }


def count_findings(text, kind):
    """Count the findings per code in a tool's output.

    Args:
        text: The tool's standard output.
        kind: The key into FINDING_PATTERNS of the tool's output format.

    Returns:
        The count of each code, their total and, from tenet's summary line, the number of
        files checked.

    """
    counts = {}
    for m in FINDING_PATTERNS[kind].finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    out = {"total": sum(counts.values()), **dict(sorted(counts.items()))}
    # tenet's text summary: "Found N findings in M files (K files checked)."
    checked = re.search(r"\((\d+) files? checked\)", text)
    if checked:
        out["files_checked"] = int(checked.group(1))
    return out


def log(msg):
    """Print msg on stderr at once."""
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- discovery


OPTIMIZED = ("Release", "RelWithDebInfo", "MinSizeRel")


def build_type(exe):
    """CMAKE_BUILD_TYPE of the build directory exe lies in, or None."""
    for d in Path(exe).resolve().parents:
        cache = d / "CMakeCache.txt"
        if cache.is_file():
            m = re.search(r"^CMAKE_BUILD_TYPE:\w+=(.*)$", cache.read_text("utf-8", "replace"),
                          re.MULTILINE)
            return m.group(1).strip() if m else ""
    return None


def find_newest(patterns):
    """Return the executable matching patterns, preferring optimised builds, then the newest."""
    found = []
    for pattern in patterns:
        for p in REPO.glob(pattern):
            if p.is_file() and os.access(p, os.X_OK):
                found.append(p)
    if not found:
        return None
    return max(found, key=lambda p: (build_type(p) in OPTIMIZED, p.stat().st_mtime))


def find_floor(tenet=None):
    """Return the floor in tenet's build directory, else the newest one built, or None."""
    if tenet:  # the floor from tenet's own build directory: same compiler and flags
        for d in Path(tenet).resolve().parents:
            if (d / "CMakeCache.txt").is_file():
                beside = d / "bench" / "tenet_bench_floor"
                if beside.is_file() and os.access(beside, os.X_OK):
                    return beside
                break
    return find_newest(["build*/bench/tenet_bench_floor", "build*/tenet_bench_floor"])


def find_spawn(floor):
    """Return tenet_bench_spawn beside the floor, else the newest one built, or None."""
    beside = Path(floor).parent / "tenet_bench_spawn"
    if beside.is_file() and os.access(beside, os.X_OK):
        return beside
    return find_newest(["build*/bench/tenet_bench_spawn", "build*/tenet_bench_spawn"])


def find_tenet():
    """Return the tenet executable of the newest optimised build, or None."""
    return find_newest(["build*/bin/tenet", "build*/linters/cli/tenet", "build*/tenet"])


def flake8_plugins():
    """Return the plugin names ``flake8 --version`` lists, and that text on one line.

    Both are empty/None when flake8 is not installed or does not run.
    """
    if not shutil.which("flake8"):
        return set(), None
    try:
        out = subprocess.run(["flake8", "--version"], capture_output=True, text=True,
                             timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return set(), None
    version = " ".join(out.split())
    return set(re.findall(r"([\w.-]+): [\d.]+", version)), version


def tool_version(argv):
    """Return what argv prints (a version), on one line and cut at 200 characters, or None."""
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        return " ".join((r.stdout or r.stderr).split())[:200] or None
    except (OSError, subprocess.SubprocessError):
        return None


def walk_py(root):
    """Yield *.py files under root as the floor finds them (no symlinked dirs)."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py") and len(name) > 3:
                p = os.path.join(dirpath, name)
                if os.path.isfile(p):
                    yield p


def pick_startup_file():
    """Return the stdlib file closest to 12 KB (deterministic), skipping the codec tables."""
    best = None
    for p in walk_py(STDLIB):
        if os.sep + "encodings" + os.sep in p:
            continue
        size = os.path.getsize(p)
        key = (abs(size - STARTUP_TARGET_BYTES), p)
        if best is None or key < best:
            best = key
    return best[1] if best else None


def corpora(selection, quick):
    """Return the directories of each selected corpus; exit when one is missing."""
    stdlib = [STDLIB]
    django = [DJANGO]
    if quick:
        stdlib = [STDLIB / d for d in ("json", "email", "asyncio")]
        django = [DJANGO / "db"]
    out = {}
    if selection in ("stdlib", "all"):
        out["stdlib"] = stdlib
    if selection in ("django", "all"):
        out["django"] = django
    for name, paths in out.items():
        for p in paths:
            if not p.is_dir():
                sys.exit(f"corpus {name}: {p} is not a directory")
    return out


def make_copies(paths, n, dest):
    """Make n copies of the *.py files under paths, hard-linked (copied if linking fails).

    Returns:
        The root directory of each copy.

    """
    roots = []
    for k in range(n):
        root = Path(dest) / f"copy{k}"
        for base in paths:
            for src in walk_py(base):
                rel = os.path.relpath(src, base.parent)
                dst = root / rel
                dst.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(os.path.realpath(src), dst)
                except OSError:
                    shutil.copyfile(src, dst)
        roots.append(root)
    return roots


# --------------------------------------------------------------------------- building contenders


def tenet_argv(tenet, select, jobs, paths):
    """Return the tenet command checking paths for the select rules with jobs threads."""
    return [tenet, "check", "--isolated", "--select", select, "--exit-zero", "--format", "text",
            "--jobs", str(jobs), *paths]


def pydocstyle_argv(words, paths):
    """Return the pydocstyle command checking paths with the selection words."""
    # --match: pydocstyle skips test_*.py by default (even when named explicitly); the
    # other tools check every *.py file, so match them all here too.
    return ["pydocstyle", *words, r"--match=.*\.py", *paths]


def flake8_argv(words, paths):
    """Return the flake8 command checking paths with the selection words."""
    # --isolated: ignore config files. Default --jobs (auto: every core), as a user runs it.
    return ["flake8", "--isolated", *words, *paths]


def pylint_argv(words, jobs, paths):
    """Return the pylint command checking paths with the selection words on jobs processes."""
    # --rcfile=/dev/null: no configuration file; --persistent=n: no statistics saved between
    # runs; --recursive=y: directories are walked like the other tools walk them.
    return ["pylint", "--rcfile=/dev/null", "--persistent=n", "--score=n", "--recursive=y",
            f"--jobs={jobs}", *words, *paths]


# pylint's exit status is a bit mask of the message categories issued (1 fatal, 2 error,
# 4 warning, 8 refactor, 16 convention); 32 is a usage error.
PYLINT_OK = tuple(range(32))


def family_contenders(args, family, paths):
    """Return the contenders of one family on one corpus: tenet, then the peers found."""
    cs = []
    if args.tenet:
        for jobs in (1, 2):
            cs.append(Contender(f"{family.name}: tenet --jobs {jobs}",
                                tenet_argv(args.tenet, family.select, jobs, paths),
                                findings="colon", role=f"tenet{jobs}"))
    if family.pydocstyle and args.pydocstyle:
        cs.append(Contender(f"{family.name}: pydocstyle", pydocstyle_argv(family.pydocstyle, paths),
                            ok_codes=(0, 1), findings="pydocstyle", role="pydocstyle"))
    if family.flake8 and family.flake8_plugin in args.flake8_plugins:
        cs.append(Contender(f"{family.name}: flake8", flake8_argv(family.flake8, paths),
                            ok_codes=(0, 1), findings="colon", role="flake8"))
    if family.pylint and args.pylint:
        cs.append(Contender(f"{family.name}: pylint --jobs 2", pylint_argv(family.pylint, 2, paths),
                            ok_codes=PYLINT_OK, findings="colon", role="pylint",
                            max_runs=args.slow_rounds))
    return cs


# --------------------------------------------------------------------------- reporting


def ratio(a, b):
    """Return a / b, or None when either is None or b is zero."""
    if a is None or b is None or b == 0:
        return None
    return a / b


def fmt(x, spec=".2f", none="-"):
    """Format x with spec, or return none when x is None."""
    return none if x is None else format(x, spec)


def budget_note(key, value, budgets=None):
    """Return a note saying whether value meets the budget of key, or "" without one.

    Args:
        key: The ratio's key.
        value: Its measured value, or None.
        budgets: The budgets to look key up in (default: the family-independent BUDGETS).

    Returns:
        "   (budget OP LIMIT: met)" or "... NOT met)", or "" when key has no budget.

    """
    budgets = BUDGETS if budgets is None else budgets
    if key not in budgets or value is None:
        return ""
    op, limit = budgets[key]
    met = {"<=": value <= limit, ">=": value >= limit, "<": value < limit}[op]
    return f"   (budget {op} {limit:g}: {'met' if met else 'NOT met'})"


def print_table(title, contenders, with_findings=True):
    """Print the title, then a row of median figures for each contender."""
    print(f"\n{title}")
    head = f"  {'contender':<22} {'wall s':>9} {'cpu s':>9} {'user s':>9} {'sys s':>8} " \
           f"{'peak MiB':>9} {'runs':>5}"
    if with_findings:
        head += f" {'findings':>12}"
    print(head)
    for c in contenders:
        if c.failed and not c.runs:
            print(f"  {c.name:<22} FAILED: {c.failed}")
            continue
        s = c.summary()
        line = (f"  {c.name:<22} {s['wall_s']:9.3f} {s['cpu_s']:9.3f} {s['user_s']:9.3f} "
                f"{s['sys_s']:8.3f} {s['maxrss_mib']:9.1f} {len(c.runs):5d}")
        if with_findings:
            total = (c.finding_counts or {}).get("total")
            line += f" {fmt(total, 'd'):>12}"
            checked = (c.finding_counts or {}).get("files_checked")
            if checked is not None:
                line += f"  ({checked} files checked)"
        if c.failed:
            line += f"  (later run failed: {c.failed})"
        print(line)


def family_ratios(floor, contenders):
    """Return one family's ratios on one corpus, as the budgets state them.

    Args:
        floor: The corpus's floor contender.
        contenders: The family's contenders.

    Returns:
        The ratios by key (RATIO_LABELS), None where a contender did not run.

    """
    by = {c.role: c for c in contenders if c.runs}

    def med(role, key):
        return by[role].median(key) if role in by else None

    floor_cpu = floor.median("cpu_s")
    t1_wall, t2_wall = med("tenet1", "wall_s"), med("tenet2", "wall_s")
    r = {
        "tenet_cpu_over_floor": ratio(med("tenet1", "cpu_s"), floor_cpu),
        "tenet_jobs2_cpu_over_floor": ratio(med("tenet2", "cpu_s"), floor_cpu),
        "jobs2_wall_over_jobs1": ratio(t2_wall, t1_wall),
        "tenet_peak_rss_mib": max(
            (by[n].median("maxrss_kib") / 1024 for n in ("tenet1", "tenet2") if n in by),
            default=None),
    }
    for peer in ("pydocstyle", "flake8", "pylint"):
        if peer in by:
            r[f"{peer}_wall_over_tenet"] = ratio(med(peer, "wall_s"), t2_wall)
            r[f"{peer}_wall_over_tenet_jobs1"] = ratio(med(peer, "wall_s"), t1_wall)
            r[f"{peer}_cpu_over_floor"] = ratio(med(peer, "cpu_s"), floor_cpu)
    return r


RATIO_LABELS = [
    ("tenet_cpu_over_floor", "tenet CPU / floor CPU (--jobs 1)"),
    ("tenet_jobs2_cpu_over_floor", "tenet CPU / floor CPU (--jobs 2)"),
    ("pydocstyle_wall_over_tenet", "pydocstyle wall / tenet wall (--jobs 2)"),
    ("pydocstyle_wall_over_tenet_jobs1", "pydocstyle wall / tenet wall (--jobs 1)"),
    ("flake8_wall_over_tenet", "flake8 wall / tenet wall (--jobs 2)"),
    ("flake8_wall_over_tenet_jobs1", "flake8 wall / tenet wall (--jobs 1)"),
    ("pylint_wall_over_tenet", "pylint --jobs 2 wall / tenet --jobs 2 wall"),
    ("pylint_wall_over_tenet_jobs1", "pylint --jobs 2 wall / tenet --jobs 1 wall"),
    ("jobs2_wall_over_jobs1", "tenet --jobs 2 wall / --jobs 1 wall"),
    ("pydocstyle_cpu_over_floor", "pydocstyle CPU / floor CPU"),
    ("flake8_cpu_over_floor", "flake8 CPU / floor CPU"),
    ("pylint_cpu_over_floor", "pylint CPU / floor CPU"),
    ("tenet_peak_rss_mib", "tenet peak RSS, MiB"),
]


def print_ratios(r, budgets):
    """Print each ratio that was measured, with its budget note."""
    for key, label in RATIO_LABELS:
        if r.get(key) is None:
            continue
        print(f"  {label:<42} {r[key]:8.2f}{budget_note(key, r[key], budgets)}")


# --------------------------------------------------------------------------- main


def main():
    """Measure every contender, print the figures and write them as JSON; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tenet", help="tenet executable (default: newest build*/bin/tenet)")
    ap.add_argument("--floor", help="floor executable (default: newest "
                    "build*/bench/tenet_bench_floor)")
    ap.add_argument("--spawn", help="the tenet_bench_spawn launcher (default: beside the floor, "
                    "else newest build*/bench/); 'none' to spawn commands directly")
    ap.add_argument("--corpus", choices=("stdlib", "django", "all"), default="all")
    ap.add_argument("--rounds", type=int, help="rounds per corpus (default 3; 1 with --quick)")
    ap.add_argument("--startup-runs", type=int,
                    help="start-up rounds (default 20; 5 with --quick)")
    ap.add_argument("--startup-file", help="the file for the start-up figures (default: the "
                    "stdlib file closest to 12 KB, xml/sax/saxutils.py on Python 3.11)")
    ap.add_argument("--quick", action="store_true",
                    help="smoke test: one round, small corpora, few start-up runs")
    ap.add_argument("--copies", type=int, default=10,
                    help="copies of the stdlib for the memory check (0 to skip)")
    ap.add_argument("--family", default=DEFAULT_FAMILIES,
                    help="comma-separated rule families to measure, of "
                    f"{', '.join(FAMILIES)} (default: all of them)")
    ap.add_argument("--slow-rounds", type=int, default=1,
                    help="runs of the slow peers (pylint) per corpus (default 1)")
    ap.add_argument("--no-flake8", action="store_true", help="skip flake8")
    ap.add_argument("--no-pydocstyle", action="store_true", help="skip pydocstyle")
    ap.add_argument("--no-pylint", action="store_true", help="skip pylint")
    ap.add_argument("--json", default=str(BENCH_DIR / "results" / "latest.json"),
                    help="where to write the figures (default bench/results/latest.json)")
    args = ap.parse_args()

    rounds = args.rounds or (1 if args.quick else 3)
    families = []
    for name in filter(None, (n.strip() for n in args.family.split(","))):
        if name not in FAMILIES:
            sys.exit(f"--family: unknown family {name!r} (known: {', '.join(FAMILIES)})")
        families.append(FAMILIES[name])
    if not families:
        sys.exit("--family: no family given")
    startup_runs = args.startup_runs or (5 if args.quick else 20)

    tenet_given = args.tenet is not None
    args.tenet = args.tenet or find_tenet()
    if args.tenet:
        args.tenet = str(Path(args.tenet).resolve())
        if not os.access(args.tenet, os.X_OK):
            sys.exit(f"tenet not executable: {args.tenet}")
    elif not tenet_given:
        log("tenet not found in build*/bin/: measuring the floor and peers only")
    args.floor = args.floor or find_floor(args.tenet)
    if not args.floor or not os.access(args.floor, os.X_OK):
        sys.exit("floor not found: build the tenet_bench_floor target or pass --floor PATH")
    args.floor = str(Path(args.floor).resolve())
    for what, exe in (("floor", args.floor), ("tenet", args.tenet)):
        bt = exe and build_type(exe)
        if bt is not None and exe and bt not in OPTIMIZED:
            log(f"warning: the {what} ({exe}) comes from a {bt or 'no-build-type'} build; "
                "its figures are meaningless for the budgets (configure with "
                "-DCMAKE_BUILD_TYPE=Release)")
    global SPAWN
    if args.spawn != "none":
        SPAWN = args.spawn or find_spawn(args.floor)
        if not SPAWN or not os.access(SPAWN, os.X_OK):
            sys.exit("tenet_bench_spawn not found: build it (bench/CMakeLists.txt), pass "
                     "--spawn PATH, or --spawn none to measure without it")
        SPAWN = str(Path(SPAWN).resolve())
    else:
        log("--spawn none: peak RSS figures include this harness's own (about "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB)")
    args.flake8_plugins, flake8_version = (set(), None) if args.no_flake8 else flake8_plugins()
    for family in families:
        if family.flake8 and not args.no_flake8 and family.flake8_plugin not in args.flake8_plugins:
            log(f"{family.flake8_plugin} not installed: skipping flake8 for {family.name}")
    args.pydocstyle = not args.no_pydocstyle and shutil.which("pydocstyle") is not None
    args.pylint = not args.no_pylint and shutil.which("pylint") is not None
    if not args.no_pylint and not args.pylint and any(f.pylint for f in families):
        log("pylint not installed: skipping pylint")

    results = {
        "meta": {
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "host": platform.node(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "loadavg_start": os.getloadavg(),
            "python": sys.version.split()[0],
            "rounds": rounds,
            "startup_runs": startup_runs,
            "quick": args.quick,
            "floor": args.floor,
            "floor_build_type": build_type(args.floor),
            "spawn": SPAWN,
            "tenet": args.tenet,
            "tenet_build_type": build_type(args.tenet) if args.tenet else None,
            "tenet_version": tool_version([args.tenet, "--version"]) if args.tenet else None,
            "pydocstyle_version": tool_version(["pydocstyle", "--version"]),
            "flake8_version": flake8_version,
            "pylint_version": tool_version(["pylint", "--version"]) if args.pylint else None,
            "families": {f.name: {"title": f.title, "select": f.select} for f in families},
            "git": tool_version(["git", "-C", str(REPO), "describe", "--always", "--dirty"]),
        },
        "budgets": {
            **{k: {"op": op, "limit": v} for k, (op, v) in BUDGETS.items()},
            **{f.name: {k: {"op": op, "limit": v} for k, (op, v) in f.budgets.items()}
               for f in families},
        },
        "corpora": {},
    }

    # ---- corpora
    for name, paths in corpora(args.corpus, args.quick).items():
        log(f"corpus {name}: {' '.join(map(str, paths))}")
        # Warm the page cache (and check the floor runs) before timing anything.
        warm, err = spawn_and_measure([args.floor, *map(str, paths)])
        if warm is None or warm["exit"] != 0:
            sys.exit(f"floor failed on {name}: {err}")
        floor = Contender("floor", [args.floor, *map(str, paths)], parse_floor=True)
        by_family = {f.name: family_contenders(args, f, [str(p) for p in paths]) for f in families}
        cs = [floor] + [c for fcs in by_family.values() for c in fcs]
        run_rounds(cs, rounds, name)
        counts = floor.floor_counts or {}
        title = f"corpus {name}: {counts.get('files', '?')} files, " \
                f"{counts.get('bytes', 0) / 1e6:.1f} MB, {counts.get('nodes', 0) / 1e6:.2f} M nodes"
        if floor.runs and counts.get("bytes"):
            title += f"; floor {counts['bytes'] / 1e6 / floor.median('cpu_s'):.1f} MB/s per core"
        corpus = {
            "paths": [str(p) for p in paths],
            **({"files": counts["files"], "bytes": counts["bytes"], "nodes": counts["nodes"]}
               if counts else {}),
            "floor": floor.summary(),
            "families": {},
        }
        for family in families:
            fcs = by_family[family.name]
            print_table(f"{title}\nfamily {family.name}: {family.title} (tenet --select "
                        f"{family.select})", [floor, *fcs])
            r = family_ratios(floor, fcs) if floor.runs else {}
            print_ratios(r, family.budgets)
            corpus["families"][family.name] = {
                "contenders": {c.name: c.summary() for c in fcs},
                "ratios": r,
            }
        results["corpora"][name] = corpus

    # ---- start-up
    startup_file = args.startup_file or pick_startup_file()
    if startup_file and startup_runs > 0:
        size = os.path.getsize(startup_file)
        log(f"start-up: {startup_file} ({size} bytes), {startup_runs} rounds")
        cs = [Contender("floor", [args.floor, startup_file])]
        if args.tenet:
            cs.append(Contender("tenet check --isolated",
                                [args.tenet, "check", "--isolated", startup_file],
                                ok_codes=(0, 1)))
        d1 = FAMILIES["d1"]
        if args.pydocstyle:
            cs.append(Contender("pydocstyle", pydocstyle_argv(d1.pydocstyle, [startup_file]),
                                ok_codes=(0, 1)))
        if d1.flake8_plugin in args.flake8_plugins:
            cs.append(Contender("flake8+docstrings", flake8_argv(d1.flake8, [startup_file]),
                                ok_codes=(0, 1)))
        for c in cs:  # one untimed warm-up each
            spawn_and_measure(c.argv)
        run_rounds(cs, startup_runs, "start-up", capture_first=False, verbose=False)
        print_table(f"start-up on one file: {startup_file} ({size} bytes), "
                    f"median of {startup_runs}", cs, with_findings=False)
        startup = {c.name: c.summary() for c in cs}
        for c in cs:
            if c.runs:
                ms = c.median("wall_s") * 1000
                key = "tenet_startup_ms" if c.name.startswith("tenet") else None
                print(f"  {c.name + ' start-up, ms':<42} {ms:8.1f}{budget_note(key, ms)}")
        results["startup"] = {"file": startup_file, "bytes": size, "contenders": startup}

    # ---- memory on N copies of the stdlib (tenet only), with the widest family measured
    widest = families[-1]
    if args.tenet and args.copies > 0:
        base = corpora("stdlib", args.quick)["stdlib"]
        tmp = tempfile.mkdtemp(prefix="tenet-bench-copies-")
        try:
            log(f"memory: {args.copies} copies of {' '.join(map(str, base))} under {tmp}")
            roots = [str(p) for p in make_copies(base, args.copies, tmp)]
            cs = [Contender("floor", [args.floor, *roots], parse_floor=True),
                  Contender("tenet --jobs 1", tenet_argv(args.tenet, widest.select, 1, roots),
                            findings="colon"),
                  Contender("tenet --jobs 2", tenet_argv(args.tenet, widest.select, 2, roots),
                            findings="colon")]
            run_rounds(cs, 1, "copies")
            counts = cs[0].floor_counts or {}
            print_table(f"memory: {args.copies} copies of the stdlib"
                        f"{' subset' if args.quick else ''}: {counts.get('files', '?')} files, "
                        f"{counts.get('bytes', 0) / 1e6:.1f} MB; tenet --select {widest.select}", cs)
            peak = max((c.median("maxrss_kib") / 1024 for c in cs[1:] if c.runs), default=None)
            if peak is not None:
                print(f"  {'tenet peak RSS, MiB':<42} {peak:8.2f}"
                      f"{budget_note('tenet_peak_rss_mib', peak)}")
            # Linearity: CPU on N copies against N times the CPU on one copy.
            one = results["corpora"].get("stdlib", {}).get("families", {}) \
                .get(widest.name, {}).get("contenders", {}) \
                .get(f"{widest.name}: tenet --jobs 1", {}).get("cpu_s")
            lin = None
            if one and cs[1].runs and not args.quick:
                lin = cs[1].median("cpu_s") / (args.copies * one)
                print(f"  {'tenet CPU on copies / (copies x stdlib CPU)':<42} {lin:8.2f}")
            results["copies"] = {
                "copies": args.copies,
                "select": widest.select,
                **counts,
                "contenders": {c.name: c.summary() for c in cs},
                "tenet_peak_rss_mib": peak,
                "linearity_cpu": lin,
            }
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    results["meta"]["loadavg_end"] = os.getloadavg()
    load = results["meta"]["loadavg_start"][0]
    if load > 0.5:
        print(f"\nnote: the load average was {load:.2f} before the run (other work on this "
              "machine): wall times and wall ratios are noisy, CPU times less so")
    for what in ("floor", "tenet"):
        bt = results["meta"].get(f"{what}_build_type")
        if bt is not None and bt not in OPTIMIZED:
            print(f"note: the {what} comes from a {bt or 'no-build-type'} build, not an "
                  "optimised one: its figures do not say anything about the budgets")
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = out.with_suffix(out.suffix + ".tmp")
    tmp_out.write_text(json.dumps(results, indent=2) + "\n")
    os.replace(tmp_out, out)
    print(f"\nfigures written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
