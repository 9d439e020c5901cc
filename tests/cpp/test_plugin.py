#!/usr/bin/env python3
"""The plugin inside a real compile: clang++-19 -fplugin=libtenet-clang.so -fsyntax-only.

Checks that findings appear as `warning: ... [CODE]`, that NOLINT is honoured, that
-fplugin-arg-tenet-select limits the rules, and that loading the plugin into another major
version of Clang (/usr/bin/clang, 14 here) neither crashes nor compiles differently.

Usage: test_plugin.py --plugin PATH --clangxx PATH [--tenet PATH]

With --tenet, also checks that `tenet merge` joins the SARIF files of two translation units
that include one header into one run that reports the header's finding once.
"""

import argparse
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "cpp"
failures = []


def check(condition: bool, what: str) -> None:
    if not condition:
        failures.append(what)


def compile_with(compiler: str, plugin: str, source: pathlib.Path, *extra: str) -> subprocess.CompletedProcess:
    command = [compiler, "-std=c++20", "-fsyntax-only", f"-fplugin={plugin}", *extra, str(source)]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)


def merge_per_tu_logs(tenet: str, clangxx: str, plugin: str, scratch: pathlib.Path) -> None:
    """Two TUs, one shared header with an undocumented function: `tenet merge` reports it once."""
    project = scratch / "merge"
    (project / "include").mkdir(parents=True)
    (project / "include" / "shared.h").write_text("#pragma once\nint shared_undocumented(int value);\n")
    logs = []
    for name in ["one", "two"]:
        source = project / f"{name}.cpp"
        source.write_text(f'#include "include/shared.h"\n/// Uses the header.\nint {name}() {{ return shared_undocumented(1); }}\n')
        log = project / f"{name}.sarif"
        compile_with(clangxx, plugin, source, f"-I{project}", f"-fplugin-arg-tenet-sarif={log}",
                     f"-fplugin-arg-tenet-project-root={project}", "-fplugin-arg-tenet-select=CXD100,CXD101")
        check(log.exists(), f"plugin wrote no SARIF for {name}.cpp")
        logs.append(log)
    if not all(log.exists() for log in logs):
        return
    per_tu = [json.loads(log.read_text())["runs"][0]["results"] for log in logs]
    merged_path = project / "all.sarif"
    result = subprocess.run([tenet, "merge", *map(str, logs), "-o", str(merged_path)],
                            capture_output=True, text=True, check=False, timeout=120)
    check(result.returncode == 0, f"tenet merge exits {result.returncode}: {result.stderr}")
    if result.returncode != 0:
        return
    merged = json.loads(merged_path.read_text())
    check(len(merged["runs"]) == 1, "merge writes one run")
    run = merged["runs"][0]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]]
    check(uris.count("include/shared.h") == 1, f"the header's finding once after merge: {uris}")
    check(sum(len(results) for results in per_tu) > len(run["results"]),
          f"each TU reported the header: {[len(r) for r in per_tu]} -> {len(run['results'])}")
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    check(all(rule_ids[r["ruleIndex"]] == r["ruleId"] for r in run["results"]), "ruleIndex points at the rule")
    bad = subprocess.run([tenet, "merge", str(project / "one.cpp")], capture_output=True, text=True, check=False)
    check(bad.returncode == 2 and "one.cpp" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1,
          f"merging a non-SARIF file: one-line error, exit 2: {bad.returncode} {bad.stderr!r}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--clangxx", required=True)
    parser.add_argument("--foreign-clang", default="/usr/bin/clang")
    parser.add_argument("--tenet", help="the tenet binary, to check `tenet merge` on the per-TU files")
    args = parser.parse_args()

    # Every exception rule fires on its fixture, as a Clang warning with the code appended.
    for code in ["CXE001", "CXE002", "CXE003", "CXE004", "CXE005", "CXE006", "CXE007", "CXE008", "CXE010",
                 "CXL002", "CXL003", "CXL004"]:
        source = next((FIXTURES / code).glob("*.cpp"))
        result = compile_with(args.clangxx, args.plugin, source, f"-fplugin-arg-tenet-select={code}")
        check(result.returncode == 0, f"{code}: compile failed: {result.stderr}")
        expected = sum(len(re.findall(r"expect:\s*(.*)", line)) for line in source.read_text().splitlines()
                       if f"expect: {code}" in line)
        found = re.findall(rf"warning: [^\n]* \[{code}\]", result.stderr)
        check(len(found) == expected, f"{code}: expected {expected} warnings, got {len(found)}:\n{result.stderr}")
        other = set(re.findall(r"\[(CX[A-Z]\d+)\]", result.stderr)) - {code}
        check(not other, f"{code}: -fplugin-arg-tenet-select let other rules through: {other}")

    # NOLINT(CXE001) in the fixture's last function is honoured: the line is not reported.
    source = FIXTURES / "CXE001" / "handlers.cpp"
    nolint_line = next(i for i, line in enumerate(source.read_text().splitlines(), 1) if "NOLINT(CXE001)" in line)
    result = compile_with(args.clangxx, args.plugin, source)
    check(f"handlers.cpp:{nolint_line}:" not in result.stderr, f"NOLINT ignored:\n{result.stderr}")

    # Headers are checked through the TU (CXD100 on api.h via impl.cpp), once.
    result = compile_with(args.clangxx, args.plugin, FIXTURES / "CXD100" / "impl.cpp", "-fplugin-arg-tenet-select=CXD1")
    annotated = (FIXTURES / "CXD100" / "api.h").read_text(encoding="utf-8").count("expect: CXD100")
    check(len(re.findall(r"api\.h:\d+:\d+: warning: .*\[CXD100\]", result.stderr)) == annotated,
          f"CXD100 through impl.cpp:\n{result.stderr}")

    # The enumerator option reaches CXD103 through the plugin's argument, and only then.
    levels = FIXTURES / "CXD103" / "enumerators" / "levels.h"
    enumerators = []
    for arguments in ([], ["-fplugin-arg-tenet-document-enumerators=true"]):
        result = compile_with(args.clangxx, args.plugin, levels, "-fplugin-arg-tenet-select=CXD103", *arguments)
        enumerators.append(len(re.findall(r"warning: Public enumerator .*\[CXD103\]", result.stderr)))
    expected = sum(1 for line in levels.read_text(encoding="utf-8").splitlines()
                   if "expect: CXD103" in line) - 1  # one of them is the enum `Legacy` itself
    check(enumerators == [0, expected], f"CXD103 enumerators without / with the option: {enumerators}, "
                                        f"expected [0, {expected}]")

    # An unknown plugin argument is a warning, not a failure.
    result = compile_with(args.clangxx, args.plugin, source, "-fplugin-arg-tenet-bogus")
    check(result.returncode == 0 and "unknown argument 'bogus'" in result.stderr, f"bogus argument:\n{result.stderr}")

    # -Werror turns findings into errors, like any warning; -w silences them.
    result = compile_with(args.clangxx, args.plugin, source, "-w")
    check("[CXE001]" not in result.stderr, "-w does not silence tenet's warnings")
    result = compile_with(args.clangxx, args.plugin, source, "-Werror")
    check(result.returncode != 0 and "error: Empty" in result.stderr, f"-Werror:\n{result.stderr}")

    # -fplugin-arg-tenet-sarif=FILE: the TU's findings as SARIF 2.1.0, one run, URIs relative to
    # the project root; a directory gets one file per translation unit.
    with tempfile.TemporaryDirectory() as scratch:
        scratch = pathlib.Path(scratch)
        sarif = scratch / "out.sarif"
        source = FIXTURES / "CXE010" / "noexcept.cpp"
        root = FIXTURES.parent.parent.parent
        result = compile_with(args.clangxx, args.plugin, source, "-fplugin-arg-tenet-select=CXE010",
                              f"-fplugin-arg-tenet-sarif={sarif}", f"-fplugin-arg-tenet-project-root={root}")
        warnings = re.findall(r"warning: [^\n]* \[CXE010\]", result.stderr)
        check(sarif.exists(), f"no SARIF written:\n{result.stderr}")
        if sarif.exists():
            log = json.loads(sarif.read_text())
            check(log["version"] == "2.1.0" and len(log["runs"]) == 1, "one SARIF 2.1.0 run")
            run = log["runs"][0]
            check([r["id"] for r in run["tool"]["driver"]["rules"]] == ["CXE010"], "rules[] lists the selected rules")
            results = run["results"]
            check(len(results) == len(warnings) > 0, f"{len(results)} results for {len(warnings)} warnings")
            for entry in results:
                location = entry["locations"][0]["physicalLocation"]
                check(location["artifactLocation"] == {"uri": "tests/fixtures/cpp/CXE010/noexcept.cpp",
                                                       "uriBaseId": "%SRCROOT%"}, f"location: {location}")
                check("primaryLocationLineHash" in entry["partialFingerprints"], "line hash")
                check(entry["ruleIndex"] == 0 and entry["level"] == "warning", f"result: {entry}")
        outputs = scratch / "per-tu"
        outputs.mkdir()
        for name in ["CXE001", "CXE006"]:
            compile_with(args.clangxx, args.plugin, next((FIXTURES / name).glob("*.cpp")),
                         f"-fplugin-arg-tenet-sarif={outputs}/")
        check(len(list(outputs.glob("*.sarif"))) == 2, f"one SARIF file per TU: {list(outputs.iterdir())}")
        if args.tenet:
            merge_per_tu_logs(args.tenet, args.clangxx, args.plugin, scratch)
        # -w silences the warnings, not the SARIF file.
        quiet = scratch / "quiet.sarif"
        result = compile_with(args.clangxx, args.plugin, source, "-w", f"-fplugin-arg-tenet-sarif={quiet}")
        check("[CXE010]" not in result.stderr and quiet.exists() and json.loads(quiet.read_text())["runs"][0]["results"],
              "-w keeps the SARIF findings")

        # [cpp] options as plugin arguments: logger-functions (comma-separated, repeatable).
        handler = scratch / "handler.cpp"
        handler.write_text("#include <exception>\nnamespace mylog { void error(const char*); }\n"
                           "void f() { try { f(); } catch (const std::exception&) { mylog::error(\"x\"); } }\n")
        result = compile_with(args.clangxx, args.plugin, handler, "-fplugin-arg-tenet-select=CXL002")
        check("[CXL002]" not in result.stderr, f"mylog::error is not a logger by default:\n{result.stderr}")
        result = compile_with(args.clangxx, args.plugin, handler, "-fplugin-arg-tenet-select=CXL002",
                              "-fplugin-arg-tenet-logger-functions=other::log,mylog::error")
        check("[CXL002]" in result.stderr, f"logger-functions reaches the plugin:\n{result.stderr}")

    # Another major version of Clang: a clear message, no crash, the compile unaffected.
    foreign = shutil.which(args.foreign_clang) or args.foreign_clang
    version = subprocess.run([foreign, "--version"], capture_output=True, text=True, check=False).stdout \
        if pathlib.Path(foreign).exists() else ""
    match = re.search(r"clang version (\d+)", version)
    if not match or match.group(1) == "19":
        print(f"skipped the foreign-Clang check: {foreign} is not another major version of Clang")
    else:
        with tempfile.TemporaryDirectory() as scratch:
            plain = pathlib.Path(scratch) / "plain.cpp"
            plain.write_text("int main() { try { throw 1; } catch (...) {} }\n")
            result = subprocess.run([foreign, "-fsyntax-only", f"-fplugin={args.plugin}",
                                     "-fplugin-arg-tenet-select=CXE", str(plain)],
                                    capture_output=True, text=True, check=False, timeout=120)
            check(result.returncode == 0, f"clang {match.group(1)} with the plugin exited {result.returncode}:\n"
                                          f"{result.stderr}")
            check("built for Clang 19" in result.stderr and f"Clang {match.group(1)}" in result.stderr,
                  f"no clear message from clang {match.group(1)}:\n{result.stderr}")
            check("[CXE001]" not in result.stderr, "the plugin ran inside a foreign Clang")

    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    print(f"plugin checks: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
