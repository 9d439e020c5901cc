#!/usr/bin/env python3
"""Generate tenet's rule reference: one Markdown page per rule and an index by family.

Usage:
    gen_rule_reference.py --tenet PATH --docs-dir DIR --output DIR

The rules and their metadata come from the binary (`tenet rules --format json`), so the
reference lists exactly the rules a build knows; each page's text comes from the rule's
doc page, DIR/<CODE>.md (the page `tenet explain CODE` prints). Writes OUTPUT/index.md and
OUTPUT/rules/<CODE>.md, replacing what a previous run wrote there.

Exits with 1 (after writing everything it can) when a rule has no doc page or belongs to
no family in FAMILIES below, and with 2 when the binary cannot list its rules.
Standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Family:
    """A group of rules in the index: a heading, a one-line description, a code pattern."""

    key: str
    title: str
    description: str
    pattern: re.Pattern[str]


# In index order. Python rules keep the codes of the tool they match, so the exception and
# logging families gather several prefixes (DESIGN.md §4, RULES.md).
FAMILIES = [
    Family("D", "D: docstrings (PEP 257)",
           "Missing docstrings and their layout and content; pydocstyle's codes.",
           re.compile(r"^D\d")),
    Family("DOC", "DOC: docstrings against the code",
           "Parameters, returns, yields and raises a docstring documents, checked against the "
           "function; pydoclint's codes.",
           re.compile(r"^DOC\d")),
    Family("RST", "RST: reStructuredText markup in docstrings",
           "Markup errors docutils would report; flake8-rst-docstrings' codes.",
           re.compile(r"^RST\d")),
    Family("exceptions", "Python exception handling",
           "Handlers that hide errors and exceptions raised in ways that lose information; "
           "the codes of pycodestyle, flake8-blind-except, bandit, bugbear, tryceratops, "
           "flake8-errmsg, flake8-raise and pylint, and TPY2xx.",
           re.compile(r"^(E722|BLE\d|S11\d|B\d|TRY\d|EM\d|RSE\d|PLE0704|PLW0711|TPY2\d)")),
    Family("logging", "Python logging",
           "How log messages are built and where output goes; the codes of "
           "flake8-logging-format, flake8-logging, pylint and flake8-print, and TPY3xx.",
           re.compile(r"^(G\d|LOG\d|PLE120\d|T20\d|TPY3\d)")),
    Family("CXD", "CXD: C++ documentation",
           "Doxygen comments of a C++ project's public API, through Clang's comment AST.",
           re.compile(r"^CXD\d")),
    Family("CXE", "CXE: C++ exception handling",
           "Empty and swallowing handlers, catching and throwing the wrong way.",
           re.compile(r"^CXE\d")),
    Family("CXL", "CXL: C++ logging",
           "Console output in library code and logging calls that lose information.",
           re.compile(r"^CXL\d")),
    Family("TNT", "TNT: tenet itself",
           "Findings about the run rather than the code: unused suppressions, files that "
           "did not parse or could not be read.",
           re.compile(r"^TNT\d")),
]

FIX_WORDS = {
    "-": "none: the rule offers no fix",
    "safe": "safe: applied by `--fix`",
    "unsafe": "unsafe: applied by `--fix --unsafe-fixes` only",
}


def family_of(code: str) -> Family | None:
    """Return the family whose pattern matches *code*, or None."""
    return next((family for family in FAMILIES if family.pattern.match(code)), None)


def list_rules(tenet: Path) -> list[dict]:
    """Return the binary's rules as `tenet rules --format json` prints them."""
    result = subprocess.run([str(tenet), "rules", "--format", "json"],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"`{tenet} rules --format json` failed: {result.stderr.strip()}")
    rules = json.loads(result.stdout)
    if not isinstance(rules, list) or not rules:
        raise RuntimeError(f"`{tenet} rules --format json` listed no rules")
    return rules


def page_body(doc: str, code: str) -> str:
    """Return a doc page without its `# CODE — name` title, which the reference rewrites."""
    lines = doc.splitlines()
    if lines and lines[0].startswith(f"# {code}"):
        lines = lines[1:]
    return "\n".join(lines).strip("\n") + "\n"


def markdown_cell(text: str) -> str:
    """Return *text* safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def rule_page(rule: dict, doc: str | None) -> str:
    """Return the reference page of one rule: its metadata, then its doc page."""
    code, name = rule["code"], rule["name"]
    family = family_of(code)
    rows = [
        ("Code", f"`{code}`"),
        ("Name", f"`{name}` (accepted wherever a code is)"),
        ("Family", family.title if family else "none"),
        ("Default", "on" if rule["default"] else "opt-in: enable with `--extend-select` or `extend-select`"),
        ("Severity", rule["severity"]),
        ("Fix safety", FIX_WORDS.get(rule["fix"], rule["fix"])),
        ("Since", rule.get("since", "")),
    ]
    # The page's own summary paragraph follows the table, so the registry's one-line
    # summary (shown in the index) is not repeated here.
    out = [f"# {code} — {name}", "", "| | |", "| --- | --- |"]
    out += [f"| {label} | {markdown_cell(value)} |" for label, value in rows]
    out += [""]
    if doc is None:
        out += [f"*This rule has no doc page (docs/rules/{code}.md).*", ""]
    else:
        out += [page_body(doc, code)]
    out += ["[All rules](../index.md)", ""]
    return "\n".join(out)


def index_page(rules: list[dict]) -> str:
    """Return the index: the rules of each family, in code order, linked to their pages."""
    out = ["# tenet rule reference", "",
           f"{len(rules)} rules, generated from `tenet rules --format json` and the rule doc "
           "pages. Select rules by code, code prefix or name (`--select D1,CXE`); "
           "opt-in rules need `extend-select`.", ""]
    groups: list[tuple[str, str, list[dict]]] = [
        (family.title, family.description, [r for r in rules if family_of(r["code"]) is family])
        for family in FAMILIES]
    stray = [r for r in rules if family_of(r["code"]) is None]
    if stray:
        groups.append(("Other", "Rules of no known family.", stray))
    for title, description, members in groups:
        if not members:
            continue
        out += [f"## {title}", "", description, "",
                "| code | name | default | fix | severity | summary |",
                "| --- | --- | --- | --- | --- | --- |"]
        for rule in members:
            code = rule["code"]
            out.append(f"| [{code}](rules/{code}.md) | `{rule['name']}` | "
                       f"{'on' if rule['default'] else 'opt-in'} | {rule['fix']} | "
                       f"{rule['severity']} | {markdown_cell(rule['summary'])} |")
        out.append("")
    return "\n".join(out)


def generate(tenet: Path, docs_dir: Path, output: Path) -> list[str]:
    """Write the reference into *output*; return the problems found (empty when none)."""
    rules = sorted(list_rules(tenet), key=lambda rule: rule["code"])
    pages = output / "rules"
    if pages.exists():
        shutil.rmtree(pages)
    pages.mkdir(parents=True)
    problems = []
    for rule in rules:
        code = rule["code"]
        doc_path = docs_dir / f"{code}.md"
        doc = doc_path.read_text(encoding="utf-8") if doc_path.is_file() else None
        if doc is None:
            problems.append(f"{code}: no doc page {doc_path}")
        if family_of(code) is None:
            problems.append(f"{code}: belongs to no family (add it to FAMILIES in {Path(__file__).name})")
        (pages / f"{code}.md").write_text(rule_page(rule, doc), encoding="utf-8")
    (output / "index.md").write_text(index_page(rules), encoding="utf-8")
    return problems


def main() -> int:
    """Parse the command line, generate, report problems; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenet", required=True, type=Path, help="the tenet binary")
    parser.add_argument("--docs-dir", required=True, type=Path, help="docs/rules")
    parser.add_argument("--output", required=True, type=Path, help="directory to write into")
    args = parser.parse_args()
    try:
        problems = generate(args.tenet, args.docs_dir, args.output)
    except (OSError, RuntimeError, ValueError) as error:
        print(f"gen_rule_reference: {error}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"gen_rule_reference: {problem}", file=sys.stderr)
    print(f"gen_rule_reference: wrote {args.output / 'index.md'}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
