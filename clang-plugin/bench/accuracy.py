#!/usr/bin/env python3
"""Run every C++ rule over googletest, fmt and spdlog and print a sample of findings to read.

The corpus is what Debian installs: googletest's sources (/usr/src/googletest, package
googletest) and the fmt and spdlog headers (libfmt-dev, libspdlog-dev). The script writes a
compile database into a work directory:

* one entry per googletest/googlemock src/*.cc (the library's own unity files gtest-all.cc and
  gmock-all.cc only #include these, so each is given its own entry with their flags), with
  the public include directories as -I so that their headers are project files;
* one small unit including every fmt and spdlog header that builds on Linux, through a
  directory of symbolic links (DIR/inc/fmt -> /usr/include/fmt): headers found through
  /usr/include are system headers, which tenet never checks.

Then it runs ``tenet check --select CX,CXE011`` (every C++ rule, the opt-in one too) over the
sources and every public header, writes the findings to DIR/findings.txt, prints the count
per rule and a deterministic sample: each rule gets a share of the sample proportional to
the square root of its count (at least one), and its findings, sorted by path and line, are
taken at evenly spaced positions. Reading them is the point (SAMPLE.md holds the verdicts).

  python3 clang-plugin/bench/accuracy.py --build build-release [--dir /tmp/tenet-accuracy] [--sample 50]
"""

from __future__ import annotations

import argparse
import glob
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

GOOGLETEST = Path("/usr/src/googletest")
FINDING = re.compile(r"^(.*?):(\d+):\d+: (CX[A-Z]\d+) ")

# Every fmt and spdlog header a Linux build can include (the others need Windows, Qt,
# systemd or MongoDB: tenet reports those as TNT003 when it parses them alone).
UNIT = """\
// Includes the public fmt and spdlog headers (spdlog header-only, with Debian's external fmt).
#include <fmt/args.h>
#include <fmt/chrono.h>
#include <fmt/color.h>
#include <fmt/compile.h>
#include <fmt/format.h>
#include <fmt/os.h>
#include <fmt/ostream.h>
#include <fmt/printf.h>
#include <fmt/ranges.h>
#include <fmt/std.h>
#include <fmt/xchar.h>
#include <spdlog/spdlog.h>
#include <spdlog/async.h>
#include <spdlog/stopwatch.h>
#include <spdlog/cfg/env.h>
#include <spdlog/cfg/argv.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/daily_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/syslog_sink.h>
#include <spdlog/sinks/hourly_file_sink.h>
#include <spdlog/sinks/dup_filter_sink.h>
#include <spdlog/sinks/udp_sink.h>
#include <spdlog/sinks/tcp_sink.h>
int main() { spdlog::info("{}", fmt::format("{}", 1)); }
"""


def corpus(work: Path, clangxx: str) -> list[str]:
    """Write the compile database and the fmt/spdlog unit into work; return the files to check."""
    entries, files = [], []

    def add(source: str, flags: list[str]) -> None:
        entries.append({"directory": str(work), "file": source,
                        "arguments": [clangxx, *flags, "-DGTEST_HAS_PTHREAD=1", "-fexceptions", "-c", source]})
        files.append(source)

    gtest, gmock = GOOGLETEST / "googletest", GOOGLETEST / "googlemock"
    for source in sorted(glob.glob(str(gtest / "src" / "*.cc"))):
        if not source.endswith("-all.cc"):
            add(source, ["-std=c++14", f"-I{gtest}/include", f"-I{gtest}"])
    for source in sorted(glob.glob(str(gmock / "src" / "*.cc"))):
        if not source.endswith("-all.cc"):
            add(source, ["-std=c++14", f"-I{gmock}/include", f"-I{gmock}", f"-I{gtest}/include", f"-I{gtest}"])
    files += sorted(glob.glob(str(gtest / "include" / "**" / "*.h"), recursive=True))
    files += sorted(glob.glob(str(gmock / "include" / "**" / "*.h"), recursive=True))

    inc = work / "inc"
    inc.mkdir(parents=True, exist_ok=True)
    for library in ("fmt", "spdlog"):
        link = inc / library
        if not link.is_symlink():
            link.symlink_to(Path("/usr/include") / library)
    (work / "fmt_spdlog.cpp").write_text(UNIT)
    add(str(work / "fmt_spdlog.cpp"), ["-std=c++17", f"-I{inc}"])
    for library in ("fmt", "spdlog"):
        # Named through the links, as the unit includes them.
        files += sorted(str(Path(dirpath) / name)
                        for dirpath, _, names in os.walk(inc / library, followlinks=True)
                        for name in names if name.endswith(".h"))
    (work / "compile_commands.json").write_text(json.dumps(entries, indent=1) + "\n")
    return files


def sample(lines: list[str], total: int) -> list[str]:
    """Pick total findings: a sqrt-proportional share per rule, evenly spaced within it."""
    by_rule: dict[str, list[tuple[str, int, str]]] = {}
    for line in lines:
        match = FINDING.match(line)
        if match:
            by_rule.setdefault(match.group(3), []).append((match.group(1), int(match.group(2)), line))
    weight = {code: math.sqrt(len(found)) for code, found in by_rule.items()}
    scale = sum(weight.values())
    quota = {code: max(1, round(total * w / scale)) for code, w in weight.items()}
    while sum(quota.values()) > total:  # trim the largest shares first
        code = max((c for c in quota if quota[c] > 1), key=lambda c: (quota[c], c))
        quota[code] -= 1
    while sum(quota.values()) < total:  # grow the shares of the most-sampled-down rules
        code = max((c for c in quota if quota[c] < len(by_rule[c])), key=lambda c: (len(by_rule[c]) / quota[c], c))
        quota[code] += 1
    picked = []
    for code in sorted(by_rule):
        found = sorted(by_rule[code])
        share = min(quota[code], len(found))
        picked += [found[(2 * i + 1) * len(found) // (2 * share)][2] for i in range(share)]
    return picked


def main() -> int:
    """Build the corpus, run tenet, print the counts and the sample; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", required=True, help="tenet's build directory (bin/tenet, bin/tenet-cpp)")
    parser.add_argument("--dir", default="/tmp/tenet-accuracy", help="work directory (kept)")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--clangxx", default="/usr/bin/clang++-19")
    args = parser.parse_args()
    for needed in (GOOGLETEST / "googletest" / "src", Path("/usr/include/fmt"), Path("/usr/include/spdlog")):
        if not needed.is_dir():
            sys.exit(f"missing {needed}: apt-get install googletest libfmt-dev libspdlog-dev")
    work = Path(args.dir).resolve()
    work.mkdir(parents=True, exist_ok=True)
    files = corpus(work, args.clangxx)
    tenet = Path(args.build).resolve() / "bin" / "tenet"
    result = subprocess.run([str(tenet), "check", "--isolated", "--select", "CX,CXE011", "--exit-zero",
                             "--config", f"cpp.compile-commands={json.dumps(str(work))}", *files],
                            cwd=work, capture_output=True, text=True, check=False)
    (work / "findings.txt").write_text(result.stdout)
    if result.returncode != 0:
        sys.exit(f"tenet failed ({result.returncode}): {result.stderr[-2000:]}")
    lines = result.stdout.splitlines()
    counts: dict[str, int] = {}
    for line in lines:
        match = re.search(r":\d+:\d+: ([A-Z]+\d+) ", line)
        if match:
            counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    print(f"{len(files)} files; findings in {work / 'findings.txt'}; per rule: "
          + ", ".join(f"{code} {n}" for code, n in sorted(counts.items())))
    for number, line in enumerate(sample(lines, args.sample), 1):
        print(f"{number:3} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
