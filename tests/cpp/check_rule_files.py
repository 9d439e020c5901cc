#!/usr/bin/env python3
"""Every C++ rule in clang-plugin/rules/rules.def has its source, doc page and fixture.

Doc pages must have exactly the sections of DESIGN.md §4 in order; fixtures need at least
one `expect:` annotation and a golden expected.txt.

Usage: check_rule_files.py SOURCE_DIR
"""

import pathlib
import re
import sys

SECTIONS = ["## What it flags", "## Why", "## Example", "## Prefer", "## Options", "## Fix safety", "## References"]


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    failures = []
    rules = re.findall(r"^TENET_CPP_RULE\((\w+), *(\w+)\)", (root / "clang-plugin/rules/rules.def").read_text(), re.M)
    for code, slug in rules:
        source = root / f"clang-plugin/rules/{code}_{slug}.cpp"
        if not source.exists():
            failures.append(f"{code}: {source} is missing")
            continue
        text = source.read_text()
        name = re.search(r'\.name = "([a-z0-9-]+)"', text)
        if f"kMeta{code}" not in text or "#ifndef TENET_CPP_META_ONLY" not in text or not name:
            failures.append(f"{code}: {source.name} lacks kMeta{code}, a name or the TENET_CPP_META_ONLY guard")
        doc = root / f"docs/rules/{code}.md"
        if not doc.exists():
            failures.append(f"{code}: {doc} is missing")
        else:
            lines = doc.read_text().splitlines()
            if name and lines[0] != f"# {code} — {name.group(1)}":
                failures.append(f"{code}: doc title is {lines[0]!r}")
            headings = [line for line in lines if line.startswith("## ")]
            if headings != SECTIONS:
                failures.append(f"{code}: doc sections are {headings}")
            if "```cpp" not in doc.read_text():
                failures.append(f"{code}: doc has no ```cpp example")
        fixture = root / f"tests/fixtures/cpp/{code}"
        if not (fixture / "expected.txt").exists():
            failures.append(f"{code}: {fixture}/expected.txt is missing")
        elif not any("expect: " + code in p.read_text() for p in fixture.rglob("*") if p.suffix in {".cpp", ".h"}):
            failures.append(f"{code}: fixture has no `expect: {code}` annotation")
    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    print(f"{len(rules)} C++ rules, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
