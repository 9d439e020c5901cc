#!/usr/bin/env python3
"""tenet-cpp's protocol on scratch projects: compile databases, headers, problems, NOLINT.

Usage: test_driver.py --driver PATH [--tenet PATH]

With --tenet, the [cpp] options are also checked end to end: from a tenet.toml through
`tenet check` to the driver.
"""

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

failures = []


def check(condition: bool, what: str) -> None:
    if not condition:
        failures.append(what)


def run(driver: str, *args: str) -> tuple[int, list[dict], str]:
    result = subprocess.run([driver, *args], capture_output=True, text=True, check=False, timeout=300)
    records = []
    for line in result.stdout.splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            failures.append(f"not JSON: {line!r}")
    return result.returncode, records, result.stderr


def kinds(records: list[dict], kind: str) -> list[dict]:
    return [r for r in records if r["kind"] == kind]


def write(path: pathlib.Path, text: str) -> pathlib.Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


HEADER = """#pragma once
int undocumented_in_header();
"""
SOURCE = """#include "lib.h"
void f() {
  try { undocumented_in_header(); } catch (...) {}
}
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--driver", required=True)
    parser.add_argument("--tenet")
    arguments = parser.parse_args()
    driver = arguments.driver

    with tempfile.TemporaryDirectory() as scratch:
        root = pathlib.Path(scratch).resolve()

        # 1. No compile database: default flags, said once; findings with byte offsets.
        project = root / "nodb"
        header = write(project / "lib.h", HEADER)
        a = write(project / "a.cpp", SOURCE)
        b = write(project / "b.cpp", SOURCE.replace("void f()", "void g()"))
        orphan = write(project / "orphan.h", "#pragma once\nint also_undocumented();\n")
        status, records, stderr = run(driver, "--select", "CXE001,CXD100", str(a), str(b), str(header), str(orphan))
        check(status == 0, f"exit {status}: {stderr}")
        notes = [r["message"] for r in kinds(records, "note")]
        check(any("no compile_commands.json found" in n and "-std=c++20" in n for n in notes), f"notes: {notes}")
        diagnostics = kinds(records, "diagnostic")
        in_header = [d for d in diagnostics if d["file"] == str(header)]
        check(len(in_header) == 1, f"a header finding seen from two TUs is reported once: {in_header}")
        check(any(d["file"] == str(orphan) and d["code"] == "CXD100" for d in diagnostics),
              "a header no TU includes is parsed alone")
        for d in diagnostics:
            text = pathlib.Path(d["file"]).read_bytes()[d["begin"]:d["end"]].decode()
            expected = {"CXE001": "catch", "CXD100": d["symbol"].split("::")[-1]}[d["code"]]
            check(text == expected, f"{d['code']} at bytes {d['begin']}-{d['end']} is {text!r}, not {expected!r}")
            check(d["message"].endswith("."), f"message without a period: {d['message']}")
        check({d["file"] for d in diagnostics if d["code"] == "CXE001"} == {str(a), str(b)}, "CXE001 in both sources")

        # 2. A compile database (found in build/ of an ancestor), with a GCC-only flag.
        project = root / "withdb"
        source = write(project / "src" / "x.cpp", "#include \"inc.h\"\nvoid h() { try { h(); } catch (...) {} }\n")
        write(project / "include" / "inc.h", "#pragma once\n")
        write(project / "build" / "compile_commands.json", json.dumps([{
            "directory": str(project / "build"),
            "command": f"/usr/bin/g++ -std=c++17 -I../include -fconserve-stack -c {source} -o x.o",
            "file": str(source)}]))
        status, records, stderr = run(driver, str(source))
        check(status == 0, f"exit {status}: {stderr}")
        check(not kinds(records, "problem"), f"problems with a good database: {kinds(records, 'problem')}")
        check(any("-fconserve-stack" in r["message"] for r in kinds(records, "note")), f"no note on the dropped flag: {records}")
        check(any(d["code"] == "CXE001" for d in kinds(records, "diagnostic")), "findings with a database")

        # 2b. Declarations a system header's macro generates (googlemock's MATCHER) are not the
        # project's public API: their names are spelled where the user cannot document them.
        # The class the macro names is the user's, and is documented where the macro is used.
        generated = root / "generated"
        write(generated / "sys" / "matchers.h", "#pragma once\n#define DEFINE_MATCHER(name) class name##Matcher "
              "{ public: class Impl { public: bool Match(int value) const; }; }\n")
        write(generated / "lib.h", "#pragma once\n#include <matchers.h>\n/// Matches even numbers.\n"
              "DEFINE_MATCHER(Even);\n/// Documented.\nclass Own { public: void method(); };\n")
        user = write(generated / "user.cpp", "#include \"lib.h\"\n")
        write(generated / "compile_commands.json", json.dumps([{
            "directory": str(generated), "file": str(user),
            "arguments": ["clang++-19", "-std=c++17", "-isystem", str(generated / "sys"), "-c", str(user)]}]))
        status, records, stderr = run(driver, "--select", "CXD1", str(user), str(generated / "lib.h"))
        symbols = sorted(d["symbol"] for d in kinds(records, "diagnostic"))
        check(status == 0 and symbols == ["Own::method"], f"macro-generated declarations: {symbols} {stderr}")

        # 3. -p with a broken compile_commands.json: a problem naming it, default flags used.
        broken = write(root / "broken" / "compile_commands.json", "{ not json")
        status, records, stderr = run(driver, "-p", str(broken.parent), str(source))
        check(status == 0, f"exit {status} with a broken database: {stderr}")
        check(any(p["file"] == str(broken) for p in kinds(records, "problem")), f"broken database: {records}")

        # 4. A TU that fails to compile: a problem, and findings in what parsed.
        bad = write(root / "bad" / "bad.cpp", "void ok() { try { ok(); } catch (...) {} }\nint broken( {\n")
        status, records, stderr = run(driver, str(bad))
        check(status == 0, f"exit {status} on a broken TU: {stderr}")
        problems = kinds(records, "problem")
        check(len(problems) == 1 and problems[0]["file"] == str(bad) and "failed to compile" in problems[0]["message"],
              f"broken TU: {problems}")
        check(any(d["code"] == "CXE001" for d in kinds(records, "diagnostic")), "findings before the error")

        # 4b. An unknown caught type (a missing header) is recovered by Clang as `int`: each of
        # two identical empty handlers is reported, naming the type as written.
        unknown = write(root / "unknown" / "unknown.cpp",
                        "void f();\nvoid g() {\n  try { f(); } catch (const missing::Error&) {}\n"
                        "  try { f(); } catch (const missing::Error&) {}\n}\n")
        status, records, stderr = run(driver, "--select", "CXE001", str(unknown))
        messages = [d["message"] for d in kinds(records, "diagnostic")]
        check(status == 0 and messages == ["Empty `catch (const missing::Error&)` handler has no comment giving a reason."] * 2,
              f"unknown caught type: {messages} {stderr}")

        # 5. NOLINT comments come out as suppression records with byte ranges.
        nolint = write(root / "nolint" / "n.cpp",
                       "void n() {\n  try { n(); } catch (...) {}  // NOLINT(CXE001)\n"
                       "  // NOLINTNEXTLINE\n  try { n(); } catch (...) {}\n}\n// NOLINTBEGIN(CXE)\n// NOLINTEND(CXE)\n")
        status, records, stderr = run(driver, str(nolint))
        suppressions = kinds(records, "suppression")
        check([s["scope"] for s in suppressions] == ["line", "next_line", "block_begin", "block_end"],
              f"suppressions: {suppressions}")
        text = nolint.read_bytes()
        check(all(text[s["begin"]:s["end"]].startswith(b"//") for s in suppressions), "suppression ranges")
        check(suppressions and suppressions[0]["codes"] == ["CXE001"], f"codes: {suppressions}")

        # 7. [cpp] options through --option KEY=VALUE (one list item per flag).
        project = root / "options"
        write(project / ".git" / "HEAD", "ref: refs/heads/main\n")
        public = write(project / "include" / "pub.h", "#pragma once\nint in_public();\n")
        private = write(project / "src" / "detail.h", "#pragma once\nint in_private();\n")
        generated = write(project / "gen" / "made.h", "#pragma once\nint in_generated();\n")
        source = write(project / "src" / "use.cpp", """#include "../include/pub.h"
#include "detail.h"
#include "../gen/made.h"
#include <cstdio>
namespace mylog { void error(const char* text); }
namespace tool { void usage() { std::puts("usage: tool FILE"); } }
void other() { std::puts("not allowed"); }
void work() {
  try { other(); } catch (const std::exception&) { mylog::error("failed"); }
}
""")
        files = [str(source), str(public), str(private), str(generated)]
        status, records, stderr = run(driver, "--select", "CXD100,CXL001,CXL002", "--project-root", str(project),
                                      "--option", "public-headers=include/**", "--option", "public-headers=gen/*.h",
                                      "--option", "exclude=gen", "--option", "logger-functions=mylog::error",
                                      "--option", "allowed-output-functions=tool::usage", *files)
        check(status == 0, f"--option run exits {status}: {stderr}")
        found = {(pathlib.Path(d["file"]).name, d["code"]) for d in kinds(records, "diagnostic")}
        check(("pub.h", "CXD100") in found, f"public-headers keeps include/: {found}")
        check(("detail.h", "CXD100") not in found, f"public-headers drops src/detail.h: {found}")
        check(("made.h", "CXD100") not in found, f"exclude drops gen/: {found}")
        check(("use.cpp", "CXL002") in found, f"logger-functions makes mylog::error a logger: {found}")
        cxl001 = [d for d in kinds(records, "diagnostic") if d["code"] == "CXL001"]
        check(len(cxl001) == 1 and cxl001[0]["symbol"] == "other",
              f"allowed-output-functions allows output in tool::usage only: {cxl001}")
        status, records, stderr = run(driver, "--option", "no-such-key=1", str(source))
        check(status == 2 and "no-such-key" in stderr, f"unknown option key: exit {status}, {stderr!r}")
        status, records, stderr = run(driver, "--option", "public-headers", str(source))
        check(status == 2, f"--option without '=': exit {status}")

        # 8. The same options from the [cpp] table of a tenet.toml, through `tenet check`.
        if arguments.tenet:
            write(project / "tenet.toml", """select = ["CXD100", "CXL001", "CXL002"]
[cpp]
public-headers = ["include/**", "gen/*.h"]
exclude = ["gen"]
logger-functions = ["mylog::error"]
allowed-output-functions = ["tool::usage"]
""")
            result = subprocess.run([arguments.tenet, "check", "--format", "json", "src", "include", "gen"],
                                    cwd=project, capture_output=True, text=True, check=False, timeout=300)
            check(result.returncode == 1, f"tenet check with [cpp] exits {result.returncode}: {result.stderr}")
            try:
                report = json.loads(result.stdout)
            except json.JSONDecodeError:
                report = []
                failures.append(f"tenet check --format json is not JSON: {result.stdout[:200]!r}")
            entries = report if isinstance(report, list) else report.get("findings", [])
            found = {(pathlib.Path(str(e.get("path", e.get("filename", "")))).name, e.get("code")) for e in entries}
            expected = {("pub.h", "CXD100"), ("use.cpp", "CXL002"), ("use.cpp", "CXL001")}
            forbidden = {("detail.h", "CXD100"), ("made.h", "CXD100")}
            check(expected <= found and not (forbidden & found),
                  f"[cpp] options through tenet check: {sorted(found)} ({result.stdout[:300]!r})")
            cxl001 = [e for e in entries if e.get("code") == "CXL001"]
            check([e.get("symbol") for e in cxl001] == ["other"], f"allowed-output-functions via tenet.toml: {cxl001}")

        # 6. A missing file is a problem, not a crash; a usage error exits 2.
        status, records, stderr = run(driver, str(root / "missing.cpp"))
        check(status == 0 and kinds(records, "problem"), f"missing file: {status} {records}")
        status, records, stderr = run(driver, "--bogus")
        check(status == 2, f"usage error exits {status}")

    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    print(f"driver checks: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
