#!/usr/bin/env python3
"""Measure tenet's C++ engine against clang++-19 -fsyntax-only and clang-tidy-19 (DESIGN.md 9).

One invocation configures googletest (Debian's sources in /usr/src/googletest) with CMake and
clang++-19 into a temporary directory to get a compile database, takes its translation units,
and measures on exactly those units the wall time and CPU time (user + sys of the command and
of every child it waited for) of:

* the floor: ``clang++-19 -fsyntax-only`` per unit, one after the other and with all cores,
* the same compile with ``-fplugin=libtenet-clang.so`` and every C++ rule,
* ``clang-tidy-19`` with the six checks closest to tenet's exception rules, one process over
  every unit and in parallel (run-clang-tidy-19, or a pool of nproc processes),
* ``tenet check`` over the same units through the database, ``--jobs 1`` and ``--jobs nproc``.

Rounds alternate (every contender once per round, the order rotated from round to round) and
the median of the rounds is reported. Prints a table and the ratios next to their budgets and
writes bench/results/cpp-latest.json. ``--database DIR --files GLOB`` measures the units of
another compile database instead (for instance tenet's own build). ``--quick``: 3 units, one
round.

This is a measurement tool: it never fails because of a timing.
"""

from __future__ import annotations

import argparse
import datetime
import glob
import importlib.util
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
GOOGLETEST = Path("/usr/src/googletest")

# One source of truth for spawning and timing a command: bench/run.py (the Python bench).
_spec = importlib.util.spec_from_file_location("tenet_python_bench", BENCH_DIR / "run.py")
pybench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pybench)
log = pybench.log

# The clang-tidy checks that match tenet's exception rules (CXE001, CXE003, CXE005, CXE010,
# CXE009 and its swap twin), as the issue lists them.
TIDY_CHECKS = [
    "bugprone-empty-catch",
    "misc-throw-by-value-catch-by-reference",
    "hicpp-exception-baseclass",
    "bugprone-exception-escape",
    "performance-noexcept-move-constructor",
    "performance-noexcept-swap",
]

# DESIGN.md section 9 and the issue; printed next to the figures, never asserted.
BUDGETS = {
    "plugin_cpu_over_floor": ("<", 1.10),
    "tenet_jobs1_cpu_over_floor": ("<=", 1.15),
    "tenet_jobsN_wall_over_tidy_parallel_wall": ("<", 1.0),
}

RULE_TIME = re.compile(r"tenet: rules took ([0-9.]+) ms CPU")
TENET_FINDING = re.compile(r":\d+:\d+: ([A-Z]+\d+)\b")
TIDY_FINDING = re.compile(r"warning: .*\[([a-z]+-[a-z0-9-]+)(?:,[^\]]*)?\]$", re.MULTILINE)


# --------------------------------------------------------------------------- the units


def syntax_only(entry: dict, clangxx: str) -> list[str]:
    """Return the database's command for one unit as a clang++-19 -fsyntax-only command.

    The output, dependency-file and -c arguments go; -w silences the compiler's own warnings
    so that only parsing and semantic analysis are timed (the plugin applies -w to its
    findings too, after computing them, so the rules still run in full).
    """
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    out = [clangxx]
    skip = False
    for arg in args[1:]:
        if skip:
            skip = False
            continue
        if arg in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if arg in ("-c", "-MD", "-MMD") or arg.startswith("-o"):
            continue
        out.append(arg)
    return out + ["-fsyntax-only", "-w", "-Wno-unknown-warning-option"]


def configure_googletest(dest: Path, clangxx: str, tests: bool) -> Path:
    """Configure /usr/src/googletest with CMake and clang++-19 into dest; return dest.

    Without tests the database holds the library's four units (gtest-all.cc and
    gmock-all.cc include every src/*.cc; the two *_main.cc); with them, also googletest's and
    googlemock's own tests and samples (80 files).
    """
    if not (GOOGLETEST / "CMakeLists.txt").is_file():
        sys.exit(f"{GOOGLETEST} not found: apt-get install googletest")
    clang = clangxx.replace("clang++", "clang")
    command = ["cmake", "-S", str(GOOGLETEST), "-B", str(dest), "-DCMAKE_BUILD_TYPE=Release",
               f"-DCMAKE_CXX_COMPILER={clangxx}", f"-DCMAKE_C_COMPILER={clang}",
               "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"]
    if tests:
        command += ["-Dgtest_build_tests=ON", "-Dgmock_build_tests=ON", "-Dgtest_build_samples=ON"]
    if shutil.which("ninja"):
        command += ["-G", "Ninja"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"configuring googletest failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return dest


def load_units(database: Path, pattern: str | None) -> list[dict]:
    """Return the database's entries (first per file, sorted by path), filtered by a glob."""
    entries = {}
    for entry in json.loads((database / "compile_commands.json").read_text()):
        path = str(Path(entry["directory"], entry["file"]).resolve())
        entries.setdefault(path, {**entry, "path": path})
    if pattern:
        wanted = {str(Path(f).resolve()) for f in glob.glob(pattern, recursive=True)}
        entries = {p: e for p, e in entries.items() if p in wanted}
    return [entries[p] for p in sorted(entries)]


# --------------------------------------------------------------------------- the tools


def find_build(given: str | None) -> Path:
    """Return the build directory holding tenet, tenet-cpp and the plugin (newest optimised)."""
    if given:
        return Path(given).resolve()
    tenet = pybench.find_newest(["build*/bin/tenet-cpp"])
    if not tenet:
        sys.exit("no build*/bin/tenet-cpp: build tenet with the C++ engine or pass --build")
    return tenet.resolve().parent.parent


def find_plugin(build: Path) -> Path:
    """Return libtenet-clang.so (the loader Clang is given) in the build directory."""
    for candidate in (build / "lib" / "libtenet-clang.so", *sorted(build.glob("**/libtenet-clang.so"))):
        if candidate.is_file():
            return candidate
    sys.exit(f"libtenet-clang.so not found under {build}: build the tenet-clang target")


def write_pool_script(commands: list[tuple[str, list[str]]], path: Path) -> None:
    """Write one shell line per (directory, command), for xargs -P to run in parallel."""
    lines = [f"cd {shlex.quote(d)} && exec {shlex.join(c)}" for d, c in commands]
    path.write_text("\n".join(lines) + "\n")


def pool_argv(script: Path, jobs: int) -> list[str]:
    """Return a command that runs every line of script with jobs processes at a time.

    xargs waits for each child, so the CPU time wait4 reports for it covers all of them.
    """
    return ["xargs", "-a", str(script), "-d", "\n", "-P", str(jobs), "-I", "{}", "sh", "-c", "{}"]


class Contender:
    """One measured command (or a sequence of commands whose figures are summed)."""

    def __init__(self, name, commands, ok_codes=(0,), count=None, rule_time=False):
        """Set up a contender.

        Args:
            name: Its label in the table and the JSON figures.
            commands: (directory, argv) pairs run one after the other; a round's figures are
                their sums.
            ok_codes: The exit codes of a successful run.
            count: A regular expression whose first group names a finding in the first
                round's output (stdout and stderr), or None.
            rule_time: Whether to read the plugin's -fplugin-arg-tenet-timing line.

        """
        self.name = name
        self.commands = commands
        self.ok_codes = set(ok_codes)
        self.count = count
        self.rule_time = rule_time
        self.rounds = []  # per round: wall_s, cpu_s, rules_s, per_unit [cpu_s]
        self.findings = None
        self.failed = None

    def run_once(self, first):
        """Run the commands once and record their summed figures; False when one failed."""
        wall = cpu = rules = 0.0
        per_unit = []
        text = []
        for directory, argv in self.commands:
            out_path = None
            if first and self.count:
                fd, out_path = tempfile.mkstemp(prefix="tenet-cpp-bench-")
                os.close(fd)
            cwd = os.getcwd()
            try:
                os.chdir(directory)
                m, stderr = pybench.spawn_and_measure(argv, out_path)
            finally:
                os.chdir(cwd)
            if out_path:
                text.append(Path(out_path).read_text("utf-8", "replace"))
                os.unlink(out_path)
            text.append(stderr)
            if m is None or m["exit"] not in self.ok_codes:
                tail = " | ".join(stderr.strip().splitlines()[-5:])
                self.failed = f"exit {m['exit'] if m else '?'}: {shlex.join(argv)[:300]}: {tail}"
                return False
            wall += m["wall_s"]
            cpu += m["cpu_s"]
            per_unit.append(m["cpu_s"])
            found = RULE_TIME.search(stderr) if self.rule_time else None
            if found:
                rules += float(found.group(1)) / 1000
        self.rounds.append({"wall_s": wall, "cpu_s": cpu, "rules_s": rules, "per_unit_cpu_s": per_unit})
        if first and self.count:
            counts = {}
            for found in self.count.finditer("".join(text)):
                counts[found.group(1)] = counts.get(found.group(1), 0) + 1
            self.findings = {"total": sum(counts.values()), **dict(sorted(counts.items()))}
        return True

    def median(self, key):
        """Return the median of one figure over the rounds, or None before any round."""
        return statistics.median(r[key] for r in self.rounds) if self.rounds else None

    def summary(self):
        """Return the contender's commands, rounds and medians, for the JSON figures."""
        out = {"commands": [shlex.join(c) for _, c in self.commands[:3]]
               + ([f"... {len(self.commands)} commands"] if len(self.commands) > 3 else []),
               "rounds": self.rounds}
        if self.rounds:
            out.update(wall_s=self.median("wall_s"), cpu_s=self.median("cpu_s"))
            if self.rule_time:
                out["rules_s"] = self.median("rules_s")
        if self.findings is not None:
            out["findings"] = self.findings
        if self.failed:
            out["failed"] = self.failed
        return out


def contenders(args, units, database, plugin, tenet, jobs, scratch):
    """Build every contender over the same units."""
    floor = [(u["directory"], syntax_only(u, args.clangxx)) for u in units]
    plugin_args = [f"-fplugin={plugin}", f"-fplugin-arg-tenet-select={args.select}",
                   "-fplugin-arg-tenet-timing"]
    with_plugin = [(d, c + plugin_args) for d, c in floor]
    write_pool_script(floor, scratch / "floor.sh")
    write_pool_script(with_plugin, scratch / "plugin.sh")
    files = [u["path"] for u in units]
    checks = "-*," + ",".join(TIDY_CHECKS)
    tidy = [args.clang_tidy, "-p", str(database), f"--checks={checks}", "--quiet", *files]
    run_tidy = shutil.which(args.run_clang_tidy) if args.run_clang_tidy else None
    if run_tidy:
        # run-clang-tidy takes regular expressions of the database's files.
        tidy_parallel = [run_tidy, "-clang-tidy-binary", shutil.which(args.clang_tidy) or args.clang_tidy,
                         "-p", str(database), "-j", str(jobs), f"-checks={checks}", "-quiet",
                         *[f"^{re.escape(f)}$" for f in files]]
    else:
        write_pool_script([(str(REPO), tidy[:5] + [f]) for f in files], scratch / "tidy.sh")
        tidy_parallel = pool_argv(scratch / "tidy.sh", jobs)

    def tenet_check(n):
        # tenet check takes the database from the `[cpp] compile-commands` setting.
        return [str(tenet), "check", "--isolated", "--select", args.select, "--exit-zero",
                "--format", "text", "--jobs", str(n),
                "--config", f"cpp.compile-commands={json.dumps(str(database))}", *files]

    here = str(database)
    return [
        Contender("syntax-only, sequential", floor),
        Contender("plugin, sequential", with_plugin, rule_time=True),
        Contender(f"syntax-only, -P {jobs}", [(here, pool_argv(scratch / "floor.sh", jobs))]),
        Contender(f"plugin, -P {jobs}", [(here, pool_argv(scratch / "plugin.sh", jobs))]),
        Contender("clang-tidy, sequential", [(here, tidy)], ok_codes=(0, 1), count=TIDY_FINDING),
        Contender(f"clang-tidy, {'run-clang-tidy' if run_tidy else 'pool'} -j {jobs}",
                  [(here, tidy_parallel)], ok_codes=(0, 1)),
        Contender("tenet check --jobs 1", [(here, tenet_check(1))], count=TENET_FINDING),
        Contender(f"tenet check --jobs {jobs}", [(here, tenet_check(jobs))]),
    ]


# --------------------------------------------------------------------------- reporting


def ratio(a, b):
    """Return a / b, or None when either is missing."""
    return a / b if a is not None and b else None


def note(key, value):
    """Return the target next to a ratio, '  (target < 1.1: met)', or '' without one."""
    if key not in BUDGETS or value is None:
        return ""
    op, limit = BUDGETS[key]
    met = value < limit if op == "<" else value <= limit
    return f"  (target {op} {limit:g}: {'met' if met else 'NOT met'})"


def ratios(cs, jobs):
    """Return the ratios the budgets and the issue state, from the median figures."""
    by = {c.name: c for c in cs if c.rounds}

    def med(name, key):
        return by[name].median(key) if name in by else None

    floor_seq = med("syntax-only, sequential", "cpu_s")
    tidy_par = next((c for c in cs if c.name.startswith("clang-tidy, ") and "sequential" not in c.name), None)
    tidy_par_wall = tidy_par.median("wall_s") if tidy_par and tidy_par.rounds else None
    return {
        "plugin_cpu_over_floor": ratio(med("plugin, sequential", "cpu_s"), floor_seq),
        "plugin_rules_cpu_over_floor": ratio(med("plugin, sequential", "rules_s"), floor_seq),
        "plugin_parallel_cpu_over_floor_parallel": ratio(med(f"plugin, -P {jobs}", "cpu_s"),
                                                         med(f"syntax-only, -P {jobs}", "cpu_s")),
        "tenet_jobs1_cpu_over_floor": ratio(med("tenet check --jobs 1", "cpu_s"), floor_seq),
        "tenet_jobsN_cpu_over_floor": ratio(med(f"tenet check --jobs {jobs}", "cpu_s"), floor_seq),
        "tidy_cpu_over_floor": ratio(med("clang-tidy, sequential", "cpu_s"), floor_seq),
        "tidy_parallel_cpu_over_floor": ratio(tidy_par.median("cpu_s") if tidy_par else None, floor_seq),
        "tenet_jobsN_wall_over_tidy_parallel_wall": ratio(med(f"tenet check --jobs {jobs}", "wall_s"),
                                                          tidy_par_wall),
        "tenet_jobsN_wall_over_floor_parallel_wall": ratio(med(f"tenet check --jobs {jobs}", "wall_s"),
                                                           med(f"syntax-only, -P {jobs}", "wall_s")),
        "tenet_jobsN_wall_over_jobs1_wall": ratio(med(f"tenet check --jobs {jobs}", "wall_s"),
                                                  med("tenet check --jobs 1", "wall_s")),
    }


RATIO_LABELS = {
    "plugin_cpu_over_floor": "plugin CPU / -fsyntax-only CPU (sequential)",
    "plugin_rules_cpu_over_floor": "the rules inside the plugin / -fsyntax-only",
    "plugin_parallel_cpu_over_floor_parallel": "plugin CPU / -fsyntax-only CPU (all cores)",
    "tenet_jobs1_cpu_over_floor": "tenet check --jobs 1 CPU / -fsyntax-only CPU",
    "tenet_jobsN_cpu_over_floor": "tenet check --jobs N CPU / -fsyntax-only CPU",
    "tidy_cpu_over_floor": "clang-tidy CPU / -fsyntax-only CPU",
    "tidy_parallel_cpu_over_floor": "parallel clang-tidy CPU / -fsyntax-only CPU",
    "tenet_jobsN_wall_over_tidy_parallel_wall": "tenet --jobs N wall / parallel clang-tidy wall",
    "tenet_jobsN_wall_over_floor_parallel_wall": "tenet --jobs N wall / -fsyntax-only -P N wall",
    "tenet_jobsN_wall_over_jobs1_wall": "tenet --jobs N wall / --jobs 1 wall",
}


def print_report(cs, units, r):
    """Print the per-unit table, the contenders' medians and the ratios."""
    floor, plugin = cs[0], cs[1]
    if floor.rounds and plugin.rounds:
        base = os.path.commonpath([u["path"] for u in units]) if len(units) > 1 else ""
        print(f"\n{'unit' + (f' (in {base})' if base else ''):58} {'syntax-only':>11} {'plugin':>9} {'ratio':>7}")
        for i, unit in enumerate(units):
            f = statistics.median(r_["per_unit_cpu_s"][i] for r_ in floor.rounds)
            p = statistics.median(r_["per_unit_cpu_s"][i] for r_ in plugin.rounds)
            name = os.path.relpath(unit["path"], base) if base else unit["path"]
            print(f"{name[-58:]:58} {f:10.3f}s {p:8.3f}s {ratio(p, f):6.3f}x")
    print(f"\n{'contender':34} {'wall s':>8} {'cpu s':>8}  findings")
    for c in cs:
        if not c.rounds:
            print(f"{c.name:34} failed: {c.failed}")
            continue
        found = "" if c.findings is None else json.dumps(c.findings)
        print(f"{c.name:34} {c.median('wall_s'):8.2f} {c.median('cpu_s'):8.2f}  {found}")
    print()
    for key, label in RATIO_LABELS.items():
        if r.get(key) is not None:
            print(f"  {label:48} {r[key]:6.3f}{note(key, r[key])}")


# --------------------------------------------------------------------------- main


def main() -> int:
    """Configure googletest, measure every contender, print and write the figures; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", help="tenet's build directory with bin/tenet, bin/tenet-cpp and "
                    "libtenet-clang.so (default: the newest optimised build*/)")
    ap.add_argument("--database", help="measure this compile database's units instead of "
                    "googletest's (a directory holding compile_commands.json)")
    ap.add_argument("--files", help="glob of the units to keep (with --database, e.g. "
                    "'linters/core/*.cpp'; relative to the current directory)")
    ap.add_argument("--tests", action="store_true", help="also googletest's own tests and samples "
                    "(80 units instead of 4; about 20 times longer)")
    ap.add_argument("--clangxx", default="clang++-19")
    ap.add_argument("--clang-tidy", default="clang-tidy-19")
    ap.add_argument("--run-clang-tidy", default="run-clang-tidy-19",
                    help="run-clang-tidy script for the parallel run ('' for a process pool)")
    ap.add_argument("--select", default="CX", help="tenet's rules, by code prefix (default: every C++ rule)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel jobs (default: nproc)")
    ap.add_argument("--rounds", type=int, help="rounds (default 5; 1 with --quick)")
    ap.add_argument("--quick", action="store_true", help="smoke test: the first 3 units, one round")
    ap.add_argument("--spawn", help="tenet_bench_spawn (default: the build's bench/; 'none' to "
                    "spawn directly, which times CPU just as well)")
    ap.add_argument("--json", default=str(BENCH_DIR / "results" / "cpp-latest.json"))
    args = ap.parse_args()
    rounds = args.rounds or (1 if args.quick else 5)

    build = find_build(args.build)
    tenet, driver, plugin = build / "bin" / "tenet", build / "bin" / "tenet-cpp", find_plugin(build)
    for exe in (tenet, driver):
        if not os.access(exe, os.X_OK):
            sys.exit(f"missing {exe}: build the tenet and tenet-cpp targets")
    for tool in (args.clangxx, args.clang_tidy):
        if not shutil.which(tool):
            sys.exit(f"{tool} not found (apt-get install clang-19 clang-tidy-19)")
    if pybench.build_type(tenet) not in pybench.OPTIMIZED:
        log(f"warning: {build} is not an optimised build: its figures say nothing about the budgets")
    if args.spawn != "none":
        spawn = Path(args.spawn) if args.spawn else build / "bench" / "tenet_bench_spawn"
        if os.access(spawn, os.X_OK):
            pybench.SPAWN = str(spawn.resolve())
        else:
            log(f"{spawn} not built: spawning directly (CPU times come from wait4 either way)")

    with tempfile.TemporaryDirectory(prefix="tenet-cpp-bench-") as tmp:
        scratch = Path(tmp)
        if args.database:
            database = Path(args.database).resolve()
        else:
            log(f"configuring {GOOGLETEST} with {args.clangxx} in {scratch / 'googletest'}")
            database = configure_googletest(scratch / "googletest", args.clangxx, args.tests)
        units = load_units(database, args.files)
        if args.quick:
            units = units[:3]
        if not units:
            sys.exit(f"no unit in {database}/compile_commands.json{' matches ' + args.files if args.files else ''}")
        log(f"{len(units)} units, {rounds} round(s), {args.jobs} jobs; load average {os.getloadavg()[0]:.2f}")
        cs = contenders(args, units, database, plugin, tenet, args.jobs, scratch)
        # One untimed run of the floor warms the page cache (headers) and checks the commands.
        warm = Contender("warm-up", cs[0].commands)
        if not warm.run_once(False):
            sys.exit(f"the floor fails: {warm.failed}")
        load_start = os.getloadavg()
        for rnd in range(rounds):
            active = [c for c in cs if not c.failed]
            shift = rnd % len(active)
            for c in active[shift:] + active[:shift]:
                if c.run_once(first=rnd == 0):
                    log(f"round {rnd + 1}/{rounds}: {c.name:34} wall {c.rounds[-1]['wall_s']:7.2f}s "
                        f"cpu {c.rounds[-1]['cpu_s']:7.2f}s")
                else:
                    log(f"round {rnd + 1}/{rounds}: {c.name} failed, dropped: {c.failed}")
        load_end = os.getloadavg()

    r = ratios(cs, args.jobs)
    print_report(cs, units, r)
    print(f"\nload average {load_start[0]:.2f} at the start, {load_end[0]:.2f} at the end "
          f"({os.cpu_count()} cores): wall figures suffer from other work first, CPU figures less")
    results = {
        "meta": {
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "jobs": args.jobs,
            "rounds": rounds,
            "quick": args.quick,
            "loadavg_start": load_start,
            "loadavg_end": load_end,
            "build": str(build),
            "build_type": pybench.build_type(tenet),
            "plugin": str(plugin),
            "select": args.select,
            "tidy_checks": TIDY_CHECKS,
            "clang": pybench.tool_version([args.clangxx, "--version"]),
            "clang_tidy": pybench.tool_version([args.clang_tidy, "--version"]),
            "git": pybench.tool_version(["git", "-C", str(REPO), "describe", "--always", "--dirty"]),
            "database": f"googletest{' with tests' if args.tests else ''} (configured in a temporary "
            "directory)" if not args.database
            else str(database),
        },
        "units": [u["path"] for u in units],
        "budgets": {k: {"op": op, "limit": v} for k, (op, v) in BUDGETS.items()},
        "contenders": {c.name: c.summary() for c in cs},
        "ratios": r,
    }
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = out.with_suffix(out.suffix + ".tmp")
    tmp_out.write_text(json.dumps(results, indent=2) + "\n")
    os.replace(tmp_out, out)
    print(f"figures written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
