#!/usr/bin/env python3
"""docs/gen_rule_reference.py writes a page for every rule and an index that links them all.

Usage:
    check_rule_reference.py --tenet PATH --source-dir REPO_ROOT

Runs the generator into a scratch directory, as the `rule_reference` target runs it into
the build directory, and checks its output against `tenet rules --format json`.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    """Generate, check, print one line per problem; return 1 if there were any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenet", required=True, type=Path)
    parser.add_argument("--source-dir", required=True, type=Path)
    args = parser.parse_args()

    rules = json.loads(subprocess.run([str(args.tenet), "rules", "--format", "json"],
                                      capture_output=True, text=True, check=True).stdout)
    problems = []
    with tempfile.TemporaryDirectory(prefix="tenet-rule-reference-") as scratch:
        output = Path(scratch) / "reference"
        result = subprocess.run(
            [sys.executable, str(args.source_dir / "docs" / "gen_rule_reference.py"),
             "--tenet", str(args.tenet), "--docs-dir", str(args.source_dir / "docs" / "rules"),
             "--output", str(output)],
            capture_output=True, text=True, check=False)
        if result.returncode != 0:
            problems.append(f"the generator exited with {result.returncode}:\n{result.stderr.strip()}")
        index_path = output / "index.md"
        index = index_path.read_text(encoding="utf-8") if index_path.is_file() else ""
        if not index:
            problems.append("no index.md")
        if "\n## Other\n" in index:
            problems.append("the index has an `Other` family: a rule matches none of FAMILIES")
        pages = {path.stem for path in (output / "rules").glob("*.md")}
        for rule in rules:
            code, name = rule["code"], rule["name"]
            page_path = output / "rules" / f"{code}.md"
            if not page_path.is_file():
                problems.append(f"{code}: no page rules/{code}.md")
                continue
            page = page_path.read_text(encoding="utf-8")
            if not page.startswith(f"# {code} — {name}\n"):
                problems.append(f"{code}: the page does not start with `# {code} — {name}`")
            for label, value in [("Default", "on" if rule["default"] else "opt-in"),
                                 ("Severity", rule["severity"])]:
                if not re.search(rf"^\| {label} \| {re.escape(value)}", page, re.M):
                    problems.append(f"{code}: the page's {label} row does not say {value!r}")
            if "## What it flags" not in page:
                problems.append(f"{code}: the page does not include the rule's doc page")
            if f"](rules/{code}.md)" not in index:
                problems.append(f"{code}: the index does not link rules/{code}.md")
        for stray in sorted(pages - {rule["code"] for rule in rules}):
            problems.append(f"rules/{stray}.md is not a rule tenet knows")
    for problem in problems:
        print(f"FAIL {problem}")
    print(f"{len(rules)} rules, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
