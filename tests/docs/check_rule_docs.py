#!/usr/bin/env python3
"""Every rule's doc page has the required sections, and its examples do what they say.

Usage:
    check_rule_docs.py --tenet PATH --docs-dir DIR [--only CODE ...] [-v]

For each rule `tenet rules --format json` lists, DIR/<CODE>.md must consist of

    # CODE — kebab-name
    <summary paragraph>
    ## What it flags / ## Why / ## Example / ## Prefer / ## Options / ## Fix safety /
    ## References            (exactly these, in this order, none of them empty)

and the first ```python or ```cpp block under `## Example` must make the real
`tenet check --isolated --select CODE` report CODE, while the one under `## Prefer` must
not. Each block is written to a scratch directory as `example.py` / `example.cpp`, unless
its first line names the file it needs:

    # file: pkg/__init__.py          (Python: a `file:` comment)
    // geometry.h                    (C++: a comment holding just a file name;
                                      `// file: geometry.h` works too)

A Prefer block without such a line reuses the Example's file name. C++ blocks go through
the same `tenet check`, which runs tenet-cpp (default flags when, as here, there is no
compile_commands.json).

With --source-dir, every configuration key a rule's own source file reads (through
`settings()` or its options) must be named in its `## Options` section.

Rules whose example cannot be shown on a page are listed in UNSHOWABLE with the reason;
their structure is still checked, and the test fails if one of them starts to work (so the
list does not outlive its reason).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

SECTIONS = ["What it flags", "Why", "Example", "Prefer", "Options", "Fix safety", "References"]

# Rules whose example cannot be reproduced from the text of a Markdown page.
UNSHOWABLE = {
    "TNT003": "the example must be a file that is not valid UTF-8 (or cannot be read), and a "
              "Markdown page can only hold valid UTF-8 text",
}

PY_FILE_LINE = re.compile(r"^#\s*file:\s*(\S+)\s*$")
CPP_FILE_LINE = re.compile(
    r"^//\s*(?:file:\s*)?([\w./+-]+\.(?:h|hh|hpp|hxx|inl|ipp|c|cc|cpp|cxx|c\+\+))\s*$")
FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w+-]*)")
DEFAULT_NAMES = {"python": "example.py", "cpp": "example.cpp"}
# An example that does not parse (TNT002) or compile (TNT003) shows nothing about its rule,
# whatever else it produces: these are selected too, and reported as a problem of the page.
BROKEN_CODE = ["TNT002", "TNT003"]


@dataclass
class Block:
    """One fenced code block of a page."""

    language: str
    text: str
    line: int  # 1-based line of the opening fence


@dataclass
class Page:
    """A doc page split into title, summary and `##` sections (outside code fences)."""

    title: str = ""
    summary: str = ""
    headings: list[str] = field(default_factory=list)
    bodies: dict[str, list[str]] = field(default_factory=dict)
    blocks: dict[str, list[Block]] = field(default_factory=dict)
    stray_titles: list[int] = field(default_factory=list)


def parse_page(text: str) -> Page:
    """Split *text* into a Page; fenced blocks never count as headings."""
    page = Page()
    lines = text.splitlines()
    if lines:
        page.title = lines[0]
    section = None  # None: before the first `##` heading
    preamble: list[str] = []
    fence = None
    block: Block | None = None
    for number, line in enumerate(lines[1:], start=2):
        if fence is not None:
            if line.startswith(fence) and not line[len(fence):].strip():
                fence = None
                if block is not None and section is not None:
                    page.blocks.setdefault(section, []).append(block)
                block = None
            elif block is not None:
                block.text += line + "\n"
            (page.bodies[section] if section is not None else preamble).append(line)
            continue
        opening = FENCE.match(line)
        if opening:
            fence = opening.group(1)
            block = Block(opening.group(2).lower(), "", number)
        elif line.startswith("## "):
            section = line[3:].strip()
            page.headings.append(section)
            page.bodies.setdefault(section, [])
            continue
        elif line.startswith("# "):
            page.stray_titles.append(number)
        (page.bodies[section] if section is not None else preamble).append(line)
    paragraph = []
    for line in preamble:
        if line.strip():
            paragraph.append(line.strip())
        elif paragraph:
            break
    page.summary = " ".join(paragraph)
    return page


def structure_problems(page: Page, code: str, name: str) -> list[str]:
    """Return what is missing or out of place in the page's structure."""
    problems = []
    expected_title = f"# {code} — {name}"
    if page.title != expected_title:
        problems.append(f"title is {page.title!r}, expected {expected_title!r}")
    if not page.summary or page.summary.startswith("#"):
        problems.append("no summary paragraph between the title and `## What it flags`")
    for number in page.stray_titles:
        problems.append(f"line {number}: a second `# ` title")
    if page.headings != SECTIONS:
        missing = [s for s in SECTIONS if s not in page.headings]
        extra = [s for s in page.headings if s not in SECTIONS]
        detail = []
        if missing:
            detail.append("missing " + ", ".join(f"`## {s}`" for s in missing))
        if extra:
            detail.append("unexpected " + ", ".join(f"`## {s}`" for s in extra))
        if not missing and not extra:
            detail.append("out of order or repeated")
        problems.append(f"sections are {['## ' + h for h in page.headings]}: {'; '.join(detail)}")
    for section in SECTIONS:
        if section in page.bodies and not any(line.strip() for line in page.bodies[section]):
            problems.append(f"`## {section}` is empty")
    return problems


def example_block(page: Page, section: str) -> Block | None:
    """Return the first ```python or ```cpp block of *section*, if any."""
    return next((b for b in page.blocks.get(section, []) if b.language in DEFAULT_NAMES), None)


def file_name(block: Block) -> str | None:
    """Return the file name the block's first line asks for, if it names one."""
    first = block.text.split("\n", 1)[0].strip()
    match = (PY_FILE_LINE if block.language == "python" else CPP_FILE_LINE).match(first)
    return match.group(1) if match else None


def safe_relative(name: str) -> bool:
    """Whether *name* is a relative path that stays inside the scratch directory."""
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and name.strip() != ""


def broken_code_selection(code: str) -> list[str]:
    """Return the options that also report examples that do not parse or compile."""
    extra = [c for c in BROKEN_CODE if c != code]
    return ["--extend-select", ",".join(extra)] if extra else []


def run_tenet(tenet: Path, code: str, block: Block, name: str) -> tuple[list[str], str]:
    """Check *block* as file *name* with only *code* selected.

    Returns the codes of the findings and, when tenet failed, its error output.
    """
    with tempfile.TemporaryDirectory(prefix="tenet-doc-example-") as scratch:
        path = Path(scratch) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(block.text, encoding="utf-8")
        result = subprocess.run(
            [str(tenet), "check", "--isolated", "--select", code, *broken_code_selection(code),
             "--format", "json", "--exit-zero", "--jobs", "1", name],
            cwd=scratch, capture_output=True, text=True, errors="replace", timeout=300, check=False)
    if result.returncode != 0:
        return [], f"tenet exited with {result.returncode}: {result.stderr.strip()}"
    try:
        findings = json.loads(result.stdout)["findings"]
    except (ValueError, KeyError, TypeError) as error:
        return [], f"tenet printed no JSON report ({error}): {result.stdout[:200]!r}"
    return [f"{f['code']}@{f['start']['line']}:{f['start']['column']} {f['message']}" for f in findings], ""


def has_code(findings: list[str], code: str) -> bool:
    """Whether one of *findings* (as run_tenet formats them) is of *code*."""
    return any(f.split("@", 1)[0] == code for f in findings)


def example_problems(tenet: Path, page: Page, code: str) -> list[str]:
    """Return how the page's Example and Prefer blocks disagree with the rule."""
    problems = []
    example = example_block(page, "Example")
    prefer = example_block(page, "Prefer")
    if example is None:
        return ["`## Example` has no ```python or ```cpp block"]
    if prefer is None:
        problems.append("`## Prefer` has no ```python or ```cpp block")
    example_name = file_name(example) or DEFAULT_NAMES[example.language]
    runs = [("Example", example, example_name, True)]
    if prefer is not None:
        prefer_name = file_name(prefer) or (example_name if prefer.language == example.language
                                            else DEFAULT_NAMES[prefer.language])
        runs.append(("Prefer", prefer, prefer_name, False))
    for section, block, name, must_flag in runs:
        if not safe_relative(name):
            problems.append(f"`## {section}` (line {block.line}) names an unsafe file {name!r}")
            continue
        findings, error = run_tenet(tenet, code, block, name)
        where = f"`## {section}` (line {block.line}, checked as {name})"
        broken = [f for f in findings if f.split("@", 1)[0] in BROKEN_CODE and not has_code([f], code)]
        if error:
            problems.append(f"{where}: {error}")
        elif broken:
            problems.append(f"{where} is not valid code: {'; '.join(broken)}")
        elif must_flag and not has_code(findings, code):
            hint = ""
            if block.language == "cpp" and file_name(block) is None:
                header_findings, _ = run_tenet(tenet, code, block, "example.h")
                if has_code(header_findings, code):
                    hint = " (it does as a header: start the block with `// example.h`)"
            got = "; ".join(findings) if findings else "no findings"
            problems.append(f"{where} does not produce {code}{hint}; got: {got}")
        elif not must_flag and has_code(findings, code):
            got = "; ".join(f for f in findings if has_code([f], code))
            problems.append(f"{where} still produces {code}: {got}")
    return problems


# What a rule's own source reads from the settings: `settings().python.max_string_length`,
# `options.skip_checking_raises` (pydoclint options), `options().logger_functions` (C++).
SETTING_READS = [re.compile(r"settings\(\)\.(?:pydocstyle|pydoclint|python|cpp)\.(\w+)"),
                 re.compile(r"\boptions(?:\(\))?\.(\w+)")]
RULE_SOURCE_DIRS = ["pydoc-checker/rules", "clang-plugin/rules"]


def declared_options(source_dir: Path, code: str) -> set[str]:
    """Return the configuration keys (kebab-case) that *code*'s own source file reads."""
    keys: set[str] = set()
    for directory in RULE_SOURCE_DIRS:
        for source in (source_dir / directory).glob(f"{code}_*.cpp"):
            text = source.read_text(encoding="utf-8")
            for pattern in SETTING_READS:
                keys.update(match.replace("_", "-") for match in pattern.findall(text))
    return keys


def option_problems(page: Page, source_dir: Path, code: str) -> list[str]:
    """Return the options the rule reads that its `## Options` section does not name."""
    options_text = "\n".join(page.bodies.get("Options", []))
    return [f"`## Options` does not document `{key}`, which the rule reads"
            for key in sorted(declared_options(source_dir, code))
            if not re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", options_text)]


def rules(tenet: Path) -> list[dict]:
    """Return the binary's rules (`tenet rules --format json`)."""
    result = subprocess.run([str(tenet), "rules", "--format", "json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main() -> int:
    """Check every page; print one line per problem; return 1 if there were any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenet", required=True, type=Path)
    parser.add_argument("--docs-dir", required=True, type=Path)
    parser.add_argument("--source-dir", type=Path,
                        help="the repository: each rule's source is read for the options it must document")
    parser.add_argument("--only", nargs="*", default=[], help="check only these codes")
    parser.add_argument("-v", "--verbose", action="store_true", help="print passing pages too")
    parser.add_argument("--skip-prefix", action="append", default=[],
                        help="skip the pages of codes with this prefix (the C++ pages in a build without the C++ engine)")
    args = parser.parse_args()
    args.tenet = args.tenet.resolve()  # examples run in scratch directories

    known = rules(args.tenet)
    if not known:
        print("check_rule_docs: `tenet rules` listed no rules", file=sys.stderr)
        return 1
    codes = {rule["code"] for rule in known}
    problems_by_code: dict[str, list[str]] = {}
    for code in sorted(set(UNSHOWABLE) - codes):
        problems_by_code[code] = ["listed in UNSHOWABLE but tenet has no such rule"]
    for rule in known:
        code, name = rule["code"], rule["name"]
        if args.only and code not in args.only:
            continue
        if any(code.startswith(prefix) for prefix in args.skip_prefix):
            continue
        path = args.docs_dir / f"{code}.md"
        if not path.is_file():
            problems_by_code[code] = [f"no doc page {path}"]
            continue
        page = parse_page(path.read_text(encoding="utf-8"))
        problems = structure_problems(page, code, name)
        if args.source_dir is not None:
            problems += option_problems(page, args.source_dir, code)
        if code in UNSHOWABLE:
            if example_block(page, "Example") is not None and not example_problems(args.tenet, page, code):
                problems.append("listed in UNSHOWABLE, but its example works: take it off the list")
        elif "Example" in page.headings:
            problems += example_problems(args.tenet, page, code)
        problems_by_code[code] = problems

    failed = 0
    for code, problems in sorted(problems_by_code.items()):
        if problems:
            failed += 1
            for problem in problems:
                print(f"FAIL {code}: {problem}")
        elif args.verbose:
            print(f"ok   {code}")
    for code, reason in sorted(UNSHOWABLE.items()):
        if code in problems_by_code:
            print(f"note {code}: example not run: {reason}")
    print(f"{len(problems_by_code)} rule doc page(s) checked, {failed} failing")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
