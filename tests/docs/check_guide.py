#!/usr/bin/env python3
"""The user guide (docs/guide/) keeps up with the binary it documents.

Usage:
    check_guide.py --tenet PATH --guide-dir DIR

Fails when
- a relative link in the guide points to a file or `#anchor` that does not exist;
- an option of `tenet check --help` or a subcommand of `tenet --help` is mentioned nowhere
  in the guide;
- an output format `tenet check --help` lists is missing from outputs.md;
- a rule `tenet rules` lists with a code kept from another tool (everything but TNT and TPY
  codes) is missing from the mapping tables of migrating.md (a range such as D100–D107
  counts for every code in it).
The configuration table has its own test (check_config_reference.py).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
RANGE = re.compile(r"\b([A-Z]+)(\d+)\s*[–-]\s*(?:\1)?(\d+)\b")
CODE = re.compile(r"\b([A-Z]+\d+)\b")
OWN_PREFIXES = ("TNT", "TPY")


def slug(heading: str) -> str:
    """Return the anchor GitHub and most Markdown renderers give *heading*."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    text = re.sub(r"[^\w\s-]", "", text)
    return re.sub(r"\s", "-", text)


def anchors(markdown: str) -> set[str]:
    """Return the anchors of the headings of *markdown* (outside code fences)."""
    found, fenced = set(), False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            found.add(slug(line.lstrip("#")))
    return found


def prose(markdown: str) -> str:
    """Return *markdown* without fenced code blocks (links inside them are not links)."""
    return re.sub(r"^```.*?^```", "", markdown, flags=re.M | re.S)


def run(tenet: Path, *args: str) -> str:
    """Return what `tenet ARGS` prints on stdout."""
    return subprocess.run([str(tenet), *args], capture_output=True, text=True, check=True).stdout


def codes_in(text: str) -> set[str]:
    """Return every rule code *text* names, ranges expanded."""
    codes = set(CODE.findall(text))
    for prefix, first, last in RANGE.findall(text):
        width = len(first)
        for number in range(int(first), int(last) + 1):
            codes.add(f"{prefix}{number:0{width}d}")
    return codes


def main() -> int:
    """Run every check; print one line per problem; return 1 if there were any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenet", required=True, type=Path)
    parser.add_argument("--guide-dir", required=True, type=Path)
    args = parser.parse_args()

    pages = {path.name: path.read_text(encoding="utf-8") for path in sorted(args.guide_dir.glob("*.md"))}
    everything = "\n".join(pages.values())
    problems = []

    for name, text in pages.items():
        for target in LINK.findall(prose(text)):
            if re.match(r"^[a-z]+:", target):
                continue  # an absolute URL
            file_part, _, anchor = target.partition("#")
            linked = (args.guide_dir / file_part).resolve() if file_part else args.guide_dir / name
            if not linked.exists():
                problems.append(f"{name}: link to {target}: no such file")
            elif anchor and linked.suffix == ".md" and anchor not in anchors(linked.read_text(encoding="utf-8")):
                problems.append(f"{name}: link to {target}: no heading with that anchor")

    check_help = run(args.tenet, "check", "--help")
    for option in sorted(set(re.findall(r"^\s+(?:-\w,)?(--[\w-]+)", check_help, re.M)) - {"--help"}):
        short = re.search(rf"^\s+(-\w),{option}\b", check_help, re.M)
        mentioned = re.search(rf"{re.escape(option)}(?![\w-])", everything)
        if not mentioned and not (short and re.search(rf"(?<![\w-]){short.group(1)}(?![\w-])", everything)):
            problems.append(f"`tenet check {option}` is mentioned nowhere in the guide")
    main_help = run(args.tenet, "--help")
    listing = re.split(r"^subcommands:", main_help, flags=re.M | re.I)
    subcommands = re.findall(r"^\s+(\w+)\s{2,}\S", listing[-1], re.M) if len(listing) > 1 else []
    if not subcommands:
        problems.append("`tenet --help` lists no subcommands")
    for subcommand in subcommands:
        if not re.search(rf"tenet {subcommand}\b", everything):
            problems.append(f"`tenet {subcommand}` is mentioned nowhere in the guide")

    formats = re.search(r"Output format: ([\w, ]+)", check_help)
    if not formats:
        problems.append("`tenet check --help` lists no output formats")
    else:
        outputs = pages.get("outputs.md", "")
        for name in [f.strip() for f in formats.group(1).split(",")]:
            if f"| `{name}` |" not in outputs:
                problems.append(f"outputs.md: the format `{name}` is not in the table of formats")

    rules = json.loads(run(args.tenet, "rules", "--format", "json"))
    mapped = codes_in(pages.get("migrating.md", ""))
    for rule in rules:
        code = rule["code"]
        if not code.startswith(OWN_PREFIXES) and code not in mapped:
            problems.append(f"migrating.md: rule {code} is not in the mapping tables")

    for problem in problems:
        print(f"FAIL {problem}")
    print(f"{len(pages)} guide page(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
