#!/usr/bin/env python3
"""Run tenet-cpp on the annotated C++ fixtures and compare with their expectations.

Each directory tests/fixtures/cpp/<CODE>/ holds C++ files annotated with `expect: CODE[, CODE]`
comments on the line before each expected finding, and a golden `expected.txt` of
`relpath:line:col: CODE message` lines. The real driver runs once per directory with
`--select CODE`; NOLINT suppressions it reports are applied as tenet applies them.

A rule's options are exercised by a subdirectory holding a file named `options`, one
`KEY=VALUE` per line (`#` starts a comment), each passed to the driver as `--option
KEY=VALUE`: the sources below that subdirectory are checked in a run of their own with
those options, the others without. All runs share the directory's expected.txt.

Usage: run_cpp_fixtures.py --driver PATH [--update] [CODE ...]
"""

import argparse
import collections
import json
import pathlib
import re
import subprocess
import sys

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "cpp"
SOURCES = {".cpp", ".cc", ".cxx", ".h", ".hh", ".hpp", ".hxx"}
EXPECT = re.compile(r"(?://|/\*)[/!*]?\s*expect:\s*([A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*)")


def line_col(text: bytes, offset: int) -> tuple[int, int]:
    """1-based line and byte column of offset in text."""
    line = text.count(b"\n", 0, offset) + 1
    start = text.rfind(b"\n", 0, offset) + 1
    return line, offset - start + 1


def expectations(directory: pathlib.Path, files: list[pathlib.Path]) -> collections.Counter:
    """(relpath, line, code) for every annotation, counting repeats."""
    expected = collections.Counter()
    for path in files:
        rel = path.relative_to(directory).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            match = EXPECT.search(line)
            if match:
                for code in re.split(r"\s*,\s*", match.group(1).strip()):
                    expected[(rel, number + 1, code)] += 1
    return expected


def suppressed(record: dict, line: int, suppressions: list[dict], contents: bytes) -> bool:
    """Whether a NOLINT record covers the diagnostic on line (as the core applies them)."""
    def names(directive: dict) -> bool:
        codes = directive["codes"]
        return not codes or "*" in codes or record["code"] in codes

    open_blocks = []
    for directive in suppressions:
        at, _ = line_col(contents, directive["begin"])
        scope = directive["scope"]
        if scope == "line" and at == line and names(directive):
            return True
        if scope == "next_line" and at + 1 == line and names(directive):
            return True
        if scope == "block_begin":
            open_blocks.append((directive, at))
        if scope == "block_end" and open_blocks:
            begin, first = open_blocks.pop()
            if first <= line <= at and names(begin):
                return True
    return any(first <= line and names(begin) for begin, first in open_blocks)


def option_groups(directory: pathlib.Path, files: list[pathlib.Path]) -> list[tuple[list[str], list[pathlib.Path]]]:
    """Split files into runs: (driver --option arguments, sources) per options subdirectory."""
    option_dirs = sorted((p.parent for p in directory.rglob("options") if p.is_file()),
                         key=lambda p: len(p.parts), reverse=True)
    groups: dict[pathlib.Path, list[pathlib.Path]] = collections.defaultdict(list)
    for path in files:
        owner = next((d for d in option_dirs if d in path.parents), directory)
        groups[owner].append(path)
    runs = []
    for owner, sources in sorted(groups.items()):
        arguments = []
        if owner != directory:
            for line in (owner / "options").read_text(encoding="utf-8").splitlines():
                line = line.split("#", 1)[0].strip()
                if line:
                    arguments += ["--option", line]
        runs.append((arguments, sources))
    return runs


def run_fixture(driver: str, directory: pathlib.Path, update: bool) -> list[str]:
    """Run one fixture directory; return failure messages."""
    code = directory.name
    files = sorted(p for p in directory.rglob("*") if p.suffix in SOURCES)
    records = []
    for arguments, sources in option_groups(directory, files):
        command = [driver, "--select", code, "--project-root", str(directory), *arguments, *map(str, sources)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            return [f"{code}: tenet-cpp exited with {result.returncode}: {result.stderr.strip()}"]
        records += [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    failures = [f"{code}: problem in {r['file']}: {r['message']}" for r in records if r["kind"] == "problem"]
    by_file = collections.defaultdict(list)
    for record in records:
        if record["kind"] == "suppression":
            by_file[record["file"]].append(record)

    actual = collections.Counter()
    golden = []
    for record in records:
        if record["kind"] != "diagnostic" or record["code"] != code:
            continue
        path = pathlib.Path(record["file"])
        contents = path.read_bytes()
        line, col = line_col(contents, record["begin"])
        if suppressed(record, line, by_file[record["file"]], contents):
            continue
        rel = path.relative_to(directory).as_posix()
        actual[(rel, line, code)] += 1
        golden.append((rel, line, col, f"{rel}:{line}:{col}: {code} {record['message']}"))
    golden_text = "".join(entry[3] + "\n" for entry in sorted(golden))

    expected = expectations(directory, files)
    for key in sorted(set(expected) | set(actual)):
        if expected[key] != actual[key]:
            rel, line, what = key
            failures.append(f"{code}: {rel}:{line}: expected {expected[key]} {what}, got {actual[key]}")

    golden_path = directory / "expected.txt"
    if update:
        golden_path.write_text(golden_text, encoding="utf-8")
    elif not golden_path.exists():
        failures.append(f"{code}: {golden_path} is missing (run with --update)")
    elif golden_path.read_text(encoding="utf-8") != golden_text:
        failures.append(f"{code}: output differs from expected.txt:\n--- expected\n"
                        f"{golden_path.read_text(encoding='utf-8')}--- actual\n{golden_text}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--driver", required=True, help="path of the tenet-cpp executable")
    parser.add_argument("--update", action="store_true", help="rewrite each expected.txt")
    parser.add_argument("codes", nargs="*", help="fixture directories to run (default: all)")
    args = parser.parse_args()
    directories = sorted(p for p in FIXTURES.iterdir() if p.is_dir())
    if args.codes:
        directories = [p for p in directories if p.name in args.codes]
        missing = set(args.codes) - {p.name for p in directories}
        if missing:
            print(f"no fixture directory for {', '.join(sorted(missing))}", file=sys.stderr)
            return 1
    failures = []
    for directory in directories:
        failures += run_fixture(args.driver, directory, args.update)
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"{len(directories)} fixture directories, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
