#!/usr/bin/env python3
"""The C++ engine's cost against `clang++-19 -fsyntax-only` (DESIGN.md §9).

For each translation unit of a compile database (default: the repository's own
linters/core/*.cpp), measures the CPU time (user + system, of the child processes) of

  1. clang++-19 -fsyntax-only                          the floor
  2. clang++-19 -fsyntax-only -fplugin=libtenet-clang.so   the plugin (budget: < 1.10x)
  3. tenet-cpp --jobs 1 -p BUILD FILE...               the driver over the same units, one
                                                       process (budget: <= 1.15x the sum of 1)

and prints each ratio, plus the CPU time the plugin's rules take inside the compile
(-fplugin-arg-tenet-timing), which is the overhead without the noise of two separate runs.
Every measurement is repeated (--repeat), the floor and the plugin alternately, and the
minimum kept, which is the least disturbed by other work on a shared machine. Build tenet in
Release first:

  cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DTENET_BUILD_TESTS=OFF
  cmake --build build-release --target tenet-cpp tenet-clang tenet-clang-impl
  python3 clang-plugin/bench/cpp_overhead.py --build build-release

Not part of the test suite: timings depend on the machine.
"""

import argparse
import glob
import json
import os
import re
import pathlib
import resource
import shlex
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


RULE_TIME = re.compile(r"tenet: rules took ([0-9.]+) ms CPU")


def cpu_of(command: list[str], cwd: str) -> tuple[float, str]:
    """CPU seconds (user + system) the command and its children used, and its stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {shlex.join(command)}\n{result.stderr[-2000:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), result.stderr


def best(command: list[str], cwd: str, repeat: int) -> float:
    """Return the least CPU time, in seconds, of repeat runs of command."""
    return min(cpu_of(command, cwd)[0] for _ in range(repeat))


def syntax_only(entry: dict, clangxx: str) -> list[str]:
    """Return the database's command for one file, as a clang++-19 -fsyntax-only command."""
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


def main() -> int:
    """Measure every unit, print the ratios and optionally write them as JSON; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=str(ROOT / "build-release"),
                        help="build directory with bin/tenet-cpp and lib/libtenet-clang.so (Release)")
    parser.add_argument("--database", default=None,
                        help="directory of the compile_commands.json whose units are measured (default: --build)")
    parser.add_argument("--files", default="linters/core/*.cpp", help="glob of the units, relative to the repository")
    parser.add_argument("--clangxx", default="clang++-19")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()

    build = pathlib.Path(args.build).resolve()
    database = pathlib.Path(args.database or build).resolve()
    plugin = build / "lib" / "libtenet-clang.so"
    driver = build / "bin" / "tenet-cpp"
    for needed in (plugin, driver, database / "compile_commands.json"):
        if not needed.exists():
            sys.exit(f"missing {needed}")
    entries = {str(pathlib.Path(e["directory"], e["file"]).resolve()): e
               for e in json.loads((database / "compile_commands.json").read_text())}
    files = [str(pathlib.Path(f).resolve()) for f in sorted(glob.glob(str(ROOT / args.files)))]
    files = [f for f in files if f in entries]
    if not files:
        sys.exit(f"no unit of {args.files} is in {database}/compile_commands.json")

    rows = []
    total_floor = total_plugin = total_rules = 0.0
    print(f"{'unit':40} {'syntax-only':>12} {'plugin':>9} {'ratio':>7} {'rules':>9} {'rules/floor':>11}")
    for path in files:
        entry = entries[path]
        floor_command = syntax_only(entry, args.clangxx)
        plugin_command = floor_command + [f"-fplugin={plugin}", "-fplugin-arg-tenet-timing"]
        floor = with_plugin = rules = float("inf")
        for _ in range(args.repeat):  # alternate, so that drift affects both alike
            floor = min(floor, cpu_of(floor_command, entry["directory"])[0])
            cpu, stderr = cpu_of(plugin_command, entry["directory"])
            with_plugin = min(with_plugin, cpu)
            match = RULE_TIME.search(stderr)
            if match:
                rules = min(rules, float(match.group(1)) / 1000)
        total_floor += floor
        total_plugin += with_plugin
        total_rules += rules
        rows.append({"unit": os.path.relpath(path, ROOT), "syntax_only_s": floor, "plugin_s": with_plugin,
                     "rules_s": rules})
        print(f"{os.path.relpath(path, ROOT):40} {floor:11.3f}s {with_plugin:8.3f}s {with_plugin / floor:6.3f}x "
              f"{rules:8.3f}s {rules / floor:10.3f}x")
    driver_cpu = best([str(driver), "--jobs", "1", "-p", str(database), *files], str(ROOT), args.repeat)
    print(f"{'all units':40} {total_floor:11.3f}s {total_plugin:8.3f}s {total_plugin / total_floor:6.3f}x "
          f"{total_rules:8.3f}s {total_rules / total_floor:10.3f}x")
    print(f"tenet-cpp --jobs 1 over the {len(files)} units: {driver_cpu:.3f}s CPU, "
          f"{driver_cpu / total_floor:.3f}x the sum of -fsyntax-only (budget 1.15x)")
    print(f"plugin: {total_plugin / total_floor:.3f}x -fsyntax-only (budget 1.10x); its rules alone: "
          f"{total_rules / total_floor:.3f}x")
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps({
            "units": rows, "syntax_only_s": total_floor, "plugin_s": total_plugin, "rules_s": total_rules,
            "driver_s": driver_cpu,
            "plugin_ratio": total_plugin / total_floor, "driver_ratio": driver_cpu / total_floor}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
