#!/usr/bin/env python3
r"""Build the developer reference with docs/Doxyfile and fail on any Doxygen warning.

Usage:
    run_doxygen.py --doxygen PATH --source-dir REPO_ROOT --output DIR

Runs Doxygen from the repository root with docs/Doxyfile, moving only the output into DIR.
The Doxyfile makes every warning an error (WARN_AS_ERROR = FAIL_ON_WARNINGS); this script
also fails when Doxygen prints anything on stderr, so a warning cannot slip through a
changed setting.

It also requires every header of the Doxyfile's INPUT to have a `\file` comment: Doxygen
does not warn about the free functions, variables and macros of a header it has no file
documentation for, so without one a header's undocumented declarations go unreported.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

FILE_COMMAND = re.compile(r"^\s*(///|//!|/\*\*|/\*!|\*)\s*[\\@]file\b", re.M)


def doxyfile_inputs(doxyfile: Path) -> list[str]:
    """Return the INPUT entries of *doxyfile* (`INPUT =` and `INPUT +=`, continuation lines)."""
    inputs: list[str] = []
    collecting = False
    for raw in doxyfile.read_text(encoding="utf-8").splitlines():
        line = "" if raw.lstrip().startswith("#") else raw.rstrip()  # `#` only starts a line comment
        match = re.match(r"^\s*INPUT\s*(\+?=)\s*(.*)$", line)
        if match:
            if match.group(1) == "=":
                inputs = []
            value = match.group(2)
        elif collecting:
            value = line
        else:
            continue
        collecting = value.endswith("\\")
        inputs += value.rstrip("\\").split()
    return inputs


def main() -> int:
    r"""Run Doxygen and the `\file` check; return 1 on any warning or missing `\file`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--doxygen", required=True)
    parser.add_argument("--source-dir", required=True, type=Path)
    parser.add_argument("--output", required=True, type=Path)
    args = parser.parse_args()

    doxyfile = args.source_dir / "docs" / "Doxyfile"
    problems = []
    inputs = doxyfile_inputs(doxyfile)
    if not inputs:
        problems.append(f"{doxyfile} has no INPUT")
    for entry in inputs:
        root = args.source_dir / entry
        headers = [root] if root.is_file() else sorted(root.rglob("*.h"))
        for header in headers:
            if not FILE_COMMAND.search(header.read_text(encoding="utf-8", errors="replace")):
                problems.append(f"{header.relative_to(args.source_dir)}: no `\\file` comment "
                                "(Doxygen skips its free functions without one)")

    args.output.mkdir(parents=True, exist_ok=True)
    config = doxyfile.read_text(encoding="utf-8") + f'\nOUTPUT_DIRECTORY = "{args.output}"\n'
    try:
        result = subprocess.run([args.doxygen, "-"], input=config, cwd=args.source_dir,
                                capture_output=True, text=True, check=False, timeout=600)
    except FileNotFoundError:
        print(f"FAIL doxygen not found ({args.doxygen}); scripts/setup.sh installs it")
        return 1
    warnings = [line for line in result.stderr.splitlines() if line.strip()]
    problems += warnings
    if result.returncode != 0 and not warnings:
        problems.append(f"doxygen exited with {result.returncode}")
    for problem in problems:
        print(f"FAIL {problem}")
    print(f"doxygen {'failed' if problems else 'ok'}: {len(inputs)} input(s), {len(problems)} problem(s); "
          f"output in {args.output / 'html' / 'index.html'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
