#!/usr/bin/env python3
"""The configuration table in the user guide is what docs/gen_config_reference prints.

Usage:
    check_config_reference.py --generator PATH --guide docs/guide/configuration.md [--update]

The guide holds the table between two marker lines:

    <!-- BEGIN gen_config_reference: generated, do not edit -->
    ...
    <!-- END gen_config_reference -->

Fails (and shows a diff) when the text between them differs from the generator's output,
or when the generator fails (a key without a description, for instance). `--update`
rewrites the guide instead; the `update_config_reference` CMake target runs that.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
from pathlib import Path

BEGIN = "<!-- BEGIN gen_config_reference: generated, do not edit -->"
END = "<!-- END gen_config_reference -->"


def main() -> int:
    """Compare (or update); return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generator", required=True, type=Path)
    parser.add_argument("--guide", required=True, type=Path)
    parser.add_argument("--update", action="store_true", help="rewrite the guide's table")
    args = parser.parse_args()

    result = subprocess.run([str(args.generator)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(f"FAIL {args.generator.name} exited with {result.returncode}:\n{result.stderr}", end="")
        return 1
    generated = result.stdout

    guide = args.guide.read_text(encoding="utf-8")
    begin = guide.find(BEGIN + "\n")
    end = guide.find(END, begin + 1)
    if begin < 0 or end < 0:
        print(f"FAIL {args.guide}: no `{BEGIN}` ... `{END}` block")
        return 1
    start = begin + len(BEGIN) + 1
    committed = guide[start:end]
    if committed == generated:
        print(f"{args.guide.name}: the configuration table is up to date")
        return 0
    if args.update:
        args.guide.write_text(guide[:start] + generated + guide[end:], encoding="utf-8")
        print(f"{args.guide}: configuration table updated")
        return 0
    diff = difflib.unified_diff(committed.splitlines(keepends=True), generated.splitlines(keepends=True),
                                f"{args.guide} (committed)", f"{args.generator.name} (generated)")
    print(f"FAIL {args.guide}: the configuration table differs from the generator's output "
          "(run `cmake --build BUILD --target update_config_reference`):")
    sys.stdout.writelines(diff)
    return 1


if __name__ == "__main__":
    sys.exit(main())
