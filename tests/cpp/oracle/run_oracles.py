#!/usr/bin/env python3
"""Oracle test: tenet's C++ rules find at least what established tools find.

Runs, for real, on the sources in tests/fixtures/cpp-oracle/:
  * Doxygen (WARN_IF_UNDOCUMENTED, WARN_IF_INCOMPLETE_DOC, EXTRACT_ALL = NO) on the headers,
  * clang++ -fsyntax-only -Wdocumentation -Wdocumentation-unknown-command on the headers,
  * clang-tidy with bugprone-empty-catch, misc-throw-by-value-catch-by-reference,
    hicpp-exception-baseclass, bugprone-exception-escape, performance-noexcept-move-constructor
    and performance-noexcept-swap on the sources,
and tenet-cpp on all of them. Each tool's warnings are parsed to (file, line, kind); for every
warning of a kind that a tenet rule covers (MAPPING below), tenet must report one of the
mapped codes on the same line (or, for warnings that tools place on a documentation comment,
between that line and the end of the declaration it documents; for bugprone-exception-escape,
anywhere in the function it names). Differences that RULES.md makes on purpose are listed in
DELIBERATE with the reason. Every row of MAPPING must be exercised by at least one warning,
so that a tool whose output stops parsing cannot pass the test by reporting nothing.

Prints a per-tool agreement summary. Exits 1 on a miss, 77 (CTest's skip code) when a tool is
not installed, after checking with the tools that are.

Usage: run_oracles.py --driver TENET_CPP [--clangxx CLANG++] [--clang-tidy CLANG_TIDY]
                      [--doxygen DOXYGEN]
"""

import argparse
import collections
import dataclasses
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

# Under tests/fixtures, which the repository's own checks (selfcheck) leave out: these files
# hold findings on purpose.
SOURCES = pathlib.Path(__file__).resolve().parents[2] / "fixtures" / "cpp-oracle"
HEADERS = sorted(SOURCES.glob("*.h"))
ALL_SOURCES = sorted(p for p in SOURCES.iterdir() if p.suffix in {".h", ".cpp"})
SKIP = 77
TIDY_CHECKS = [
    "bugprone-empty-catch",
    "misc-throw-by-value-catch-by-reference",
    "hicpp-exception-baseclass",
    "bugprone-exception-escape",
    "performance-noexcept-move-constructor",
    "performance-noexcept-swap",
]


@dataclasses.dataclass(frozen=True)
class OracleWarning:
    """One oracle warning, classified."""

    tool: str
    path: pathlib.Path
    line: int
    kind: str  # a MAPPING key, or "" when no tenet rule covers it
    text: str
    scope: str = "line"  # "line", "comment" (Doxygen's comment-level warnings) or "function"
    function: str = ""  # for scope "function": the function's name as the tool gives it


# (tool, kind) -> (tenet codes that match, why they correspond). RULES.md's C++ tables.
MAPPING = {
    ("doxygen", "undocumented function"): ({"CXD100"}, "CXD100 undocumented public function"),
    ("doxygen", "undocumented compound"): ({"CXD101"}, "CXD101 undocumented class/struct/union"),
    ("doxygen", "undocumented member function"): ({"CXD102"}, "CXD102 undocumented method"),
    ("doxygen", "undocumented enumeration"): ({"CXD103"}, "CXD103 undocumented enum"),
    ("doxygen", "undocumented typedef"): ({"CXD104"}, "CXD104 undocumented type alias"),
    ("doxygen", "undocumented variable"): ({"CXD105"}, "CXD105 undocumented variable/data member"),
    ("doxygen", "undocumented macro"): ({"CXD106"}, "CXD106 undocumented macro"),
    ("doxygen", "parameter not documented"): ({"CXD201"}, "CXD201 parameter without \\param"),
    ("doxygen", "param not in argument list"): ({"CXD200"}, "CXD200 \\param names no parameter"),
    ("doxygen", "param documented twice"): ({"CXD202"}, "CXD202 parameter documented twice"),
    ("doxygen", "unknown command"): ({"CXD240"}, "CXD240 unknown documentation command"),
    ("clang", "param not found"): ({"CXD200"}, "CXD200 \\param names no parameter"),
    ("clang", "param already documented"): ({"CXD202"}, "CXD202 parameter documented twice"),
    ("clang", "tparam not found"): ({"CXD210"}, "CXD210 \\tparam names no template parameter"),
    ("clang", "return on void"): ({"CXD221"}, "CXD221 \\return on a void function"),
    ("clang", "return on constructor"): ({"CXD221"}, "CXD221 \\return on a constructor or destructor"),
    ("clang", "tparam on non-template"): ({"CXD210"}, "CXD210 \\tparam on a declaration that is no template"),
    ("clang", "unknown command"): ({"CXD240"}, "CXD240 unknown documentation command"),
    ("clang", "deprecated sync"): ({"CXD241"}, "CXD241 \\deprecated without [[deprecated]]"),
    ("clang", "empty brief"): ({"CXD242"}, "CXD242 empty \\brief"),
    ("clang-tidy", "bugprone-empty-catch"): ({"CXE001"}, "CXE001 empty handler"),
    ("clang-tidy", "catch by value"): ({"CXE003"}, "CXE003 catch by value"),
    ("clang-tidy", "throw pointer"): ({"CXE004"}, "CXE004 throw of a pointer"),
    # A thrown pointer is CXE004's, not CXE005's (RULES.md: "Pointers are CXE004's").
    ("clang-tidy", "hicpp-exception-baseclass"): ({"CXE005", "CXE004"}, "CXE005 throw of a non-std::exception"),
    # clang-tidy also holds move operations and swap to "should not throw"; tenet asks for
    # them to be noexcept (CXE009), after which CXE010 reports the throw.
    ("clang-tidy", "bugprone-exception-escape"): ({"CXE008", "CXE010", "CXE009"},
                                                  "CXE008 throwing destructor / CXE010 throw escaping noexcept / "
                                                  "CXE009 move or swap not noexcept"),
    ("clang-tidy", "performance-noexcept-move-constructor"): ({"CXE009"}, "CXE009 move not noexcept"),
    ("clang-tidy", "performance-noexcept-swap"): ({"CXE009"}, "CXE009 swap not noexcept"),
}

# Rows of MAPPING the bundled sources cannot exercise with these tool versions.
NOT_EXERCISED: set[tuple[str, str]] = set()

# (tool, kind, file name, unique text of the warned line) -> why tenet is silent on purpose.
DELIBERATE = {
    ("clang-tidy", "bugprone-empty-catch", "exceptions.cpp", "catch (const std::runtime_error&) {"):
        "RULES.md CXE001: a handler whose body holds a comment giving a reason is not reported; "
        "bugprone-empty-catch reports it unless the comment holds one of its keywords (@TODO, @FIXME)",
    ("clang-tidy", "bugprone-exception-escape", "more_exceptions.cpp", "int main() {"):
        "RULES.md maps bugprone-exception-escape to destructors (CXE008) and noexcept functions (CXE010); "
        "an exception escaping main() is not in their scope",
    ("doxygen", "undocumented member function", "templates_and_members.h", "Later(const Later&) = default;"):
        "RULES.md CXD100-CXD106: trivial members (defaulted, deleted, overrides of a documented method) "
        "are exempt; Doxygen 1.9.4 asks for a comment on a defaulted copy constructor",
    ("doxygen", "undocumented function", "templates_and_members.h", "friend bool operator=="):
        "RULES.md: a friend declaration is not public API (is_public_api); the function it declares is judged "
        "where it is declared outside the class",
    ("doxygen", "undocumented function", "documented_api.h", "void empty_brief();"):
        "RULES.md CXD242: a documentation comment with nothing in it (an empty \\brief) is CXD242's finding, "
        "on the comment, not CXD100's; Doxygen counts the function as undocumented",
}


def run(command: list[str], cwd: pathlib.Path | None = None) -> subprocess.CompletedProcess:
    """Run a tool; its exit code is not an error (clang-tidy exits 1 on warnings)."""
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd)


def doxygen_warnings(doxygen: str) -> list[OracleWarning]:
    """Doxygen's warnings on the headers, with a generated Doxyfile in a temporary directory."""
    with tempfile.TemporaryDirectory(prefix="tenet-oracle-") as temp:
        doxyfile = pathlib.Path(temp) / "Doxyfile"
        doxyfile.write_text(
            "\n".join([
                "INPUT = " + " ".join(f'"{p}"' for p in HEADERS),
                f'OUTPUT_DIRECTORY = "{temp}/out"',
                "QUIET = YES", "WARNINGS = YES",
                "WARN_IF_UNDOCUMENTED = YES", "WARN_IF_INCOMPLETE_DOC = YES", "WARN_IF_DOC_ERROR = YES",
                "WARN_NO_PARAMDOC = NO", "EXTRACT_ALL = NO", "ENABLE_PREPROCESSING = YES",
                # Warnings about members come while output is written: generate XML (no dot).
                "GENERATE_HTML = NO", "GENERATE_LATEX = NO", "GENERATE_XML = YES", "HAVE_DOT = NO",
                'WARN_FORMAT = "$file:$line: $text"', "",
            ]),
            encoding="utf-8",
        )
        result = run([doxygen, str(doxyfile)], cwd=pathlib.Path(temp))
    if result.returncode != 0:
        raise RuntimeError(f"doxygen exited with {result.returncode}: {result.stderr.strip()}")
    # A warning's continuation lines ("  parameter 'b'") are folded into it.
    entries = []
    for raw in result.stderr.splitlines():
        if re.match(r"^\S.*:\d+: ", raw):
            entries.append(raw)
        elif entries and raw.startswith(" "):
            entries[-1] += " " + raw.strip()
    warnings = set()
    for entry in entries:
        match = re.match(r"^(.*?):(\d+): (?:warning|error): (.*)$", entry)
        if not match:
            continue
        path, line, text = pathlib.Path(match.group(1)), int(match.group(2)), match.group(3)
        kind, scope = "", "line"
        member = re.match(r"Member .* \(([a-z ]+)\) of (\w+) .* is not documented\.", text)
        if member:
            what, owner = member.groups()
            kind = {
                "function": "undocumented member function" if owner in {"class", "struct", "union"}
                else "undocumented function",
                "enumeration": "undocumented enumeration",
                "enumvalue": "undocumented enumeration",
                "typedef": "undocumented typedef",
                "variable": "undocumented variable",
                "macro definition": "undocumented macro",
                "friend": "undocumented function",
                "define": "undocumented macro",
            }.get(what, "")
        elif re.match(r"Compound .* is not documented\.", text):
            kind = "undocumented compound"
        elif re.match(r"The following parameters? of .* (is|are) not documented", text):
            kind, scope = "parameter not documented", "comment"
        elif re.match(r"argument '.*' of command @param is not found in the argument list", text):
            kind, scope = "param not in argument list", "comment"
        elif "has multiple @param documentation sections" in text:
            kind, scope = "param documented twice", "comment"
        elif text.startswith("Found unknown command"):
            kind = "unknown command"
        warnings.add(OracleWarning("doxygen", path.resolve(), line, kind, text, scope))
    return sorted(warnings, key=lambda w: (str(w.path), w.line, w.text))


def clang_warnings(clangxx: str) -> list[OracleWarning]:
    """-Wdocumentation warnings of a real compile of each header."""
    warnings = []
    for header in HEADERS:
        result = run([clangxx, "-fsyntax-only", "-std=c++20", "-x", "c++", "-Wdocumentation",
                      "-Wdocumentation-unknown-command", "-fno-color-diagnostics", str(header)])
        if "error:" in result.stderr:
            raise RuntimeError(f"{clangxx} failed on {header}:\n{result.stderr}")
        for raw in result.stderr.splitlines():
            match = re.match(r"^(.*?):(\d+):\d+: warning: (.*) \[(-W[\w-]+)\]$", raw)
            if not match:
                continue
            path, line, text, flag = pathlib.Path(match.group(1)), int(match.group(2)), match.group(3), match.group(4)
            kind = ""
            if re.match(r"parameter '.*' not found in the function declaration", text):
                kind = "param not found"
            elif re.match(r"parameter '.*' is already documented", text):
                kind = "param already documented"
            elif re.match(r"template parameter '.*' not found in the template declaration", text):
                kind = "tparam not found"
            elif "command used in a comment that is attached to a function returning void" in text:
                kind = "return on void"
            elif re.search(r"command used in a comment that is attached to a (constructor|destructor)", text):
                kind = "return on constructor"
            elif re.match(r"'[\\@]tparam' command used in a comment that is not attached to a template", text):
                kind = "tparam on non-template"
            elif flag == "-Wdocumentation-unknown-command":
                kind = "unknown command"
            elif flag == "-Wdocumentation-deprecated-sync":
                kind = "deprecated sync"
            elif re.match(r"empty paragraph passed to '[\\@](brief|short)' command", text):
                kind = "empty brief"
            warnings.append(OracleWarning("clang", (SOURCES / path).resolve(), line, kind, text))
    return warnings


def tidy_warnings(clang_tidy: str) -> list[OracleWarning]:
    """clang-tidy's warnings of the six exception checks on every source."""
    warnings = []
    for source in ALL_SOURCES:
        # --config keeps any .clang-tidy file above the sources out of the run.
        result = run([clang_tidy, "--quiet", "--config={}", "--checks=-*," + ",".join(TIDY_CHECKS), str(source),
                      "--", "-std=c++20", "-x", "c++"])
        if "error:" in result.stdout:
            raise RuntimeError(f"{clang_tidy} failed on {source}:\n{result.stdout}")
        for raw in result.stdout.splitlines():
            match = re.match(r"^(.*?):(\d+):\d+: warning: (.*) \[([\w.-]+)\]$", raw)
            if not match:
                continue
            path, line, text, check = pathlib.Path(match.group(1)), int(match.group(2)), match.group(3), match.group(4)
            kind, scope, function = check, "line", ""
            if check == "misc-throw-by-value-catch-by-reference":
                kind = "throw pointer" if "throws a pointer" in text else "catch by value" if "by value" in text else ""
            elif check == "bugprone-exception-escape":
                named = re.search(r"in function '([^']+)'", text)
                scope, function = "function", named.group(1) if named else ""
            elif check not in TIDY_CHECKS:
                kind = ""
            warnings.append(OracleWarning("clang-tidy", path.resolve(), line, kind, text, scope, function))
    return warnings


def tenet_findings(driver: str) -> list[dict]:
    """tenet-cpp's diagnostics on every source, with the mapped rules and enumerators on."""
    codes = sorted({code for codes, _ in MAPPING.values() for code in codes})
    result = run([driver, "--select", ",".join(codes), "--project-root", str(SOURCES),
                  "--option", "document-enumerators=true", *map(str, ALL_SOURCES)])
    if result.returncode != 0:
        raise RuntimeError(f"tenet-cpp exited with {result.returncode}: {result.stderr.strip()}")
    findings = []
    for raw in result.stdout.splitlines():
        record = json.loads(raw)
        if record["kind"] == "problem":
            raise RuntimeError(f"tenet-cpp: {record['file']}: {record['message']}")
        if record["kind"] != "diagnostic":
            continue
        path = pathlib.Path(record["file"]).resolve()
        record["line"] = path.read_bytes().count(b"\n", 0, record["begin"]) + 1
        record["path"] = path
        findings.append(record)
    return findings


def comment_span(path: pathlib.Path, line: int) -> range:
    """Return the lines from a warning on a documentation comment to its declaration's end.

    The end is the first line after the comment that holds `;` or `{`.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    number = line
    while number <= len(lines) and (lines[number - 1].strip().startswith(("///", "//!", "/*", "*"))
                                   or not lines[number - 1].strip()):
        number += 1
    while number <= len(lines) and ";" not in lines[number - 1] and "{" not in lines[number - 1]:
        number += 1
    return range(line, number + 1)


def matches(warning: OracleWarning, codes: set[str], findings: list[dict]) -> bool:
    """Return whether tenet reports one of codes where the warning is."""
    for finding in findings:
        if finding["code"] not in codes or finding["path"] != warning.path:
            continue
        if warning.scope == "function":
            symbol = finding.get("symbol", "")
            if warning.function and (symbol == warning.function or symbol.endswith("::" + warning.function)):
                return True
        elif warning.scope == "comment":
            if finding["line"] in comment_span(warning.path, warning.line):
                return True
        elif finding["line"] == warning.line:
            return True
    return False


def deliberate_reason(warning: OracleWarning) -> str:
    """Return the reason a warning is not matched on purpose, or ""."""
    text = warning.path.read_text(encoding="utf-8").splitlines()[warning.line - 1]
    for (tool, kind, name, anchor), reason in DELIBERATE.items():
        if tool == warning.tool and kind == warning.kind and name == warning.path.name and anchor in text:
            return reason
    return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--driver", required=True, help="path of the tenet-cpp executable")
    parser.add_argument("--clangxx", default="clang++-19")
    parser.add_argument("--clang-tidy", default="clang-tidy-19")
    parser.add_argument("--doxygen", default="doxygen")
    args = parser.parse_args()

    findings = tenet_findings(args.driver)
    tools = {
        "doxygen": (args.doxygen, doxygen_warnings),
        "clang": (args.clangxx, clang_warnings),
        "clang-tidy": (args.clang_tidy, tidy_warnings),
    }
    failures, skipped, exercised = [], [], set()
    for tool, (program, collect) in tools.items():
        found = shutil.which(program)
        if found is None:
            skipped.append(f"{program} is not installed (scripts/setup.sh installs it)")
            continue
        version = run([found, "--version"]).stdout.strip().splitlines()
        print(f"{tool}: {found} ({' '.join(version[:2]).strip() if version else 'version unknown'})")
        warnings = collect(found)
        counts = collections.Counter()
        for warning in warnings:
            where = f"{warning.path.name}:{warning.line}"
            if not warning.kind:
                counts["not compared"] += 1
                print(f"  {tool}: {where}: not compared (no tenet rule covers it): {warning.text}")
                continue
            counts["overlapping"] += 1
            exercised.add((tool, warning.kind))
            codes, meaning = MAPPING[(tool, warning.kind)]
            if matches(warning, codes, findings):
                counts["matched"] += 1
            elif reason := deliberate_reason(warning):
                counts["deliberate"] += 1
                print(f"  {tool}: {where}: deliberate difference: {reason}")
            else:
                counts["missed"] += 1
                failures.append(f"{tool}: {where}: {warning.text} -- tenet reports no {'/'.join(sorted(codes))} "
                                f"({meaning}) there")
        print(f"{tool}: {len(warnings)} warnings; {counts['overlapping']} of kinds tenet covers: "
              f"{counts['matched']} matched, {counts['deliberate']} deliberate differences, "
              f"{counts['missed']} missed; {counts['not compared']} of other kinds not compared")
        for key in sorted(k for k in MAPPING if k[0] == tool and k not in exercised and k not in NOT_EXERCISED):
            failures.append(f"{tool}: no warning of kind '{key[1]}' on the bundled sources: the sources or the "
                            f"parser of {tool}'s output no longer exercise {MAPPING[key][1]}")
    own = collections.Counter(f["code"] for f in findings)
    print("tenet: " + ", ".join(f"{code} {count}" for code, count in sorted(own.items())))
    for failure in failures:
        print("FAIL " + failure, file=sys.stderr)
    if failures:
        return 1
    if skipped:
        for message in skipped:
            print("SKIPPED: " + message)
        return SKIP
    return 0


if __name__ == "__main__":
    sys.exit(main())
