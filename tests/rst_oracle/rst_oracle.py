#!/usr/bin/env python3
"""Compare tenet's RST findings with docutils' own verdicts on the same docstrings.

Every docstring of the given files (module, class and function docstrings, found with
`ast`) is cleaned as Python's `inspect.cleandoc` does and parsed by docutils alone, one
docstring at a time, the way flake8-rst-docstrings runs it. Each system message at warning
level or above is mapped to its flake8-rst-docstrings code by its text. `tenet check
--select RST --format json` runs over the same files, and each of its findings is mapped
to the docstring whose lines hold it. Both sides are then counted per (file, docstring,
code):

- recall: the share of docutils' messages that tenet reports too;
- extra: tenet's findings beyond docutils' count for that docstring and code.

docutils is the oracle of this test only, never a dependency of tenet. Sphinx's directives
and roles, which tenet knows by default, are registered with docutils as stand-ins whose
argument rules follow Sphinx's (a directive that needs a version needs it here too).
Messages that have no RST code (flake8-rst-docstrings' RST299/RST399/RST499) are counted
apart and left out of both figures.

Exit status: 0 when recall is at least --min-recall and extra at most --max-extra, 1
otherwise, 2 on a usage error, 77 (CTest's skip) when docutils is not installed.
"""

from __future__ import annotations

import argparse
import ast
import collections
import inspect
import json
import multiprocessing
import re
import subprocess
import sys
import warnings
from pathlib import Path

# docutils' message texts (their fixed beginnings) and the codes flake8-rst-docstrings
# gives them.
MESSAGE_CODES = [
    ("Block quote ends without a blank line; unexpected unindent.", "RST201"),
    ("Bullet list ends without a blank line; unexpected unindent.", "RST202"),
    ("Definition list ends without a blank line; unexpected unindent.", "RST203"),
    ("Enumerated list ends without a blank line; unexpected unindent.", "RST204"),
    ("Explicit markup ends without a blank line; unexpected unindent.", "RST205"),
    ("Field list ends without a blank line; unexpected unindent.", "RST206"),
    ("Literal block ends without a blank line; unexpected unindent.", "RST207"),
    ("Option list ends without a blank line; unexpected unindent.", "RST208"),
    ("Blank line required after table.", "RST211"),
    ("Title underline too short.", "RST212"),
    ("Inline strong start-string without end-string.", "RST210"),
    ("Inline emphasis start-string without end-string.", "RST213"),
    ("Inline literal start-string without end-string.", "RST214"),
    ("Inline interpreted text or phrase reference start-string without end-string.", "RST215"),
    ("Multiple roles in interpreted text", "RST216"),
    ("Mismatch: both interpreted text role suffix and reference suffix.", "RST217"),
    ("Literal block expected; none found.", "RST218"),
    ("Inline substitution_reference start-string without end-string.", "RST219"),
    ("Unexpected indentation.", "RST301"),
    ("Malformed table.", "RST302"),
    ("Unknown directive type", "RST303"),
    ("Unknown interpreted text role", "RST304"),
    ("Undefined substitution referenced:", "RST305"),
    ("Unknown target name:", "RST306"),
    ("Error in ", "RST307"),
    # flake8-rst-docstrings has no code of its own for this one (its RST399); it is an error
    # in a directive, so tenet reports it as RST307.
    ("Content block expected for the ", "RST307"),
    ("Unexpected section title", "RST401"),
]

# Sphinx's directives that tenet judges (RST307): name -> (required arguments, optional
# arguments, last argument may hold spaces, content required). Facts of Sphinx's own
# definitions; every option is accepted. Sphinx replaces docutils' code-block and math.
SPHINX_DIRECTIVES = {
    "versionadded": (1, 1, True, False), "versionchanged": (1, 1, True, False),
    "deprecated": (1, 1, True, False), "versionremoved": (1, 1, True, False),
    "seealso": (0, 0, True, True), "todo": (0, 0, True, True), "only": (1, 0, True, False),
    "code-block": (0, 1, False, False), "sourcecode": (0, 1, False, False), "math": (0, 1, True, False),
}
# The other Sphinx directives tenet knows: anything goes.
for _name in ["toctree", "centered", "hlist", "highlight", "literalinclude", "glossary", "productionlist",
              "sectionauthor", "moduleauthor", "codeauthor", "index", "tabularcolumns", "acks", "todolist",
              "default-domain", "describe", "object", "function", "method", "classmethod", "staticmethod",
              "attribute", "property", "data", "exception", "module", "currentmodule", "decorator",
              "decoratormethod", "program", "option", "envvar", "cmdoption", "autosummary", "automodule",
              "autoclass", "autofunction", "automethod", "autoattribute", "autodata", "autoexception",
              "autoproperty", "autodecorator", "doctest", "testcode", "testoutput", "testsetup", "testcleanup",
              "plot", "graphviz", "graph", "digraph", "inheritance-diagram"]:
    SPHINX_DIRECTIVES.setdefault(_name, (0, 100, True, False))
# The Python domain's directives, as tenet accepts any domain-qualified name.
for _name in ["function", "class", "method", "attribute", "data", "exception", "module", "decorator",
              "property", "classmethod", "staticmethod", "currentmodule"]:
    SPHINX_DIRECTIVES.setdefault("py:" + _name, (0, 100, True, False))
# Sphinx directives whose content (and, for the version notes, last argument) is reST.
SPHINX_BODY = {"seealso", "versionadded", "versionchanged", "deprecated", "versionremoved", "todo", "hlist",
               "only"}
# docutils' own directives that Sphinx replaces.
SPHINX_REPLACES = {"code-block", "sourcecode", "math"}

SPHINX_ROLES = [
    "any", "ref", "doc", "download", "numref", "envvar", "token", "keyword", "option", "term", "abbr",
    "command", "dfn", "file", "guilabel", "kbd", "mailheader", "makevar", "manpage", "menuselection",
    "mimetype", "newsgroup", "program", "regexp", "samp", "index", "eq", "class", "func", "meth", "attr",
    "data", "exc", "obj", "mod", "const", "type", "deco", "ctype", "cfunc", "cmember", "cmacro", "cdata",
]

_READY = False


def _prepare_docutils() -> None:
    """Register Sphinx's directives and roles with docutils (once per process)."""
    global _READY
    if _READY:
        return
    from docutils import nodes
    from docutils.parsers.rst import Directive, directives, roles

    class AnyOptions(dict):
        """An option spec that accepts every option (Sphinx directives have many)."""

        def __missing__(self, key):
            return directives.unchanged

        def __bool__(self):
            # docutils reads options only when the spec is truthy; this one is, though empty.
            return True

    def make(name: str, required: int, optional: int, whitespace: bool, needs_content: bool):
        class Stand_in(Directive):
            required_arguments = required
            optional_arguments = optional
            final_argument_whitespace = whitespace
            has_content = True
            option_spec = AnyOptions()

            def run(self):
                if needs_content:
                    self.assert_has_content()
                if name not in SPHINX_BODY:
                    return []
                node = nodes.container()
                messages = []
                if name.startswith("version") or name == "deprecated":
                    if len(self.arguments) == 2:
                        inline, messages = self.state.inline_text(self.arguments[1], self.lineno + 1)
                        node += nodes.paragraph("", "", *inline)
                self.state.nested_parse(self.content, self.content_offset, node)
                return [node] + messages
        return Stand_in

    from docutils.parsers.rst.languages import en
    for name, spec in SPHINX_DIRECTIVES.items():
        # docutils' own directives keep their own rules, but for those Sphinx replaces.
        if name in SPHINX_REPLACES or (name not in en.directives and name not in directives._directives):
            directives.register_directive(name, make(name, *spec))

    def role(name, rawtext, text, lineno, inliner, options=None, content=None):
        return [nodes.literal(rawtext, text)], []

    for name in SPHINX_ROLES:
        roles.register_local_role(name, role)
    # The Python domain's roles, as tenet accepts any domain-qualified name.
    for name in ["func", "meth", "class", "attr", "data", "exc", "obj", "mod", "const", "type"]:
        roles.register_local_role("py:" + name, role)
    _READY = True


def code_of(message: str) -> str | None:
    """Return the RST code of a docutils message, or None when it has none."""
    for start, code in MESSAGE_CODES:
        if message.startswith(start):
            return code
    return None


_SETTINGS = None
_HEARD: list = []


def _settings():
    """Return docutils' settings for one docstring, made once per process (making them is slow)."""
    global _SETTINGS
    if _SETTINGS is None:
        import io

        import docutils.frontend
        import docutils.parsers.rst
        import docutils.readers.standalone
        import docutils.utils

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parser = docutils.frontend.OptionParser(
                components=(docutils.parsers.rst.Parser, docutils.readers.standalone.Reader))
            _SETTINGS = parser.get_default_values()
        _SETTINGS.report_level = 2
        _SETTINGS.halt_level = 5
        _SETTINGS.warning_stream = io.StringIO()
        _SETTINGS.file_insertion_enabled = False
        _SETTINGS.raw_enabled = False
        # Messages of transforms (unknown targets, undefined substitutions) never reach the
        # tree: hear every message as the reporter sends it out.
        original = docutils.utils.Reporter.notify_observers

        def notify(reporter, message):
            _HEARD.append(message)
            original(reporter, message)
        docutils.utils.Reporter.notify_observers = notify
    return _SETTINGS


def docutils_codes(text: str) -> list[tuple[str | None, str, int]]:
    """Return (code, message, level) for each message of level 2 or above on *text*."""
    _prepare_docutils()
    import docutils.core

    settings = _settings()
    settings.warning_stream.seek(0)
    settings.warning_stream.truncate()
    _HEARD.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docutils.core.publish_doctree(text, settings=settings)
    found = []
    for node in _HEARD:
        level = int(node["level"])
        if level < 2:
            continue
        message = node.children[0].astext() if node.children else ""
        found.append((code_of(message), message, level))
    return found


def docstrings(path: Path) -> list[tuple[int, int, str]]:
    """Return (first line, last line, value) of every docstring of the file, or [] if unparsable."""
    try:
        source = path.read_bytes()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source, filename=str(path))
    except (SyntaxError, ValueError, OSError):
        return []
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        if not node.body:
            continue
        first = node.body[0]
        if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)):
            out.append((first.value.lineno, first.value.end_lineno, first.value.value))
    return out


def oracle_for_file(path: str):
    """Return [(first line, last line, [(code, message, level), ...])] for one file."""
    result = []
    for first, last, value in docstrings(Path(path)):
        try:
            messages = docutils_codes(inspect.cleandoc(value))
        except Exception as error:  # noqa: BLE001 - a docutils crash is reported, not fatal
            messages = [(None, f"docutils failed: {error!r}", 4)]
        result.append((first, last, messages))
    return path, result


def tenet_findings(tenet: str, files: list[str]) -> list[dict]:
    """Return tenet's RST findings on *files* (the JSON records)."""
    findings = []
    chunk = 500
    for i in range(0, len(files), chunk):
        run = subprocess.run([tenet, "check", "--select", "RST", "--format", "json", "--exit-zero",
                              *files[i:i + chunk]], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"tenet failed ({run.returncode}): {run.stderr.strip()}")
        data = json.loads(run.stdout or "[]")
        findings.extend(data if isinstance(data, list) else data.get("findings", data.get("results", [])))
    return findings


def finding_fields(record: dict) -> tuple[str, int, str]:
    """Return (path, line, code) of one tenet JSON record."""
    path = record.get("path") or record.get("file") or record.get("filename")
    line = record.get("line")
    if line is None:
        location = record.get("location") or record.get("start") or {}
        line = location.get("line")
    return path, int(line), record.get("code") or record.get("rule")


def collect_files(paths: list[str]) -> list[str]:
    """Return the .py files under *paths*, sorted."""
    files: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(str(f) for f in sorted(path.rglob("*.py")) if f.is_file())
        elif path.is_file():
            files.append(str(path))
    return sorted(set(files))


def main() -> int:
    """Run both sides, print the agreement, and judge it against the thresholds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenet", required=True, help="the tenet binary")
    parser.add_argument("--min-recall", type=float, default=95.0, help="least recall, in percent")
    parser.add_argument("--max-extra", type=int, default=0, help="most findings docutils does not give")
    parser.add_argument("--skip-missing", action="store_true",
                        help="succeed (and say so) when none of the paths exists")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--examples", type=int, default=10, help="disagreements to print per side")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()

    try:
        import docutils  # noqa: F401 - the oracle; the test is skipped without it
    except ImportError:
        print("rst_oracle: docutils is not installed; skipped")
        return 77

    files = collect_files(args.paths)
    if not files:
        if args.skip_missing:
            print(f"rst_oracle: nothing to check under {' '.join(args.paths)}; skipped")
            return 0
        print("rst_oracle: no Python files found", file=sys.stderr)
        return 2

    with multiprocessing.Pool(max(1, args.jobs)) as pool:
        oracle = dict(pool.map(oracle_for_file, files, chunksize=8))

    # (file, docstring first line, code) -> count, on each side.
    expected: collections.Counter = collections.Counter()
    messages: dict = collections.defaultdict(list)
    unmapped: collections.Counter = collections.Counter()
    spans: dict[str, list[tuple[int, int]]] = {}
    docstring_count = 0
    for path, entries in oracle.items():
        spans[path] = [(first, last) for first, last, _ in entries]
        docstring_count += len(entries)
        for first, _last, found in entries:
            for code, message, _level in found:
                if code is None:
                    unmapped[re.sub(r'"[^"]*"', '"…"', message.splitlines()[0])[:80]] += 1
                    continue
                expected[(path, first, code)] += 1
                messages[(path, first, code)].append(message.splitlines()[0])

    actual: collections.Counter = collections.Counter()
    outside = []
    resolved = {str(Path(f).resolve()): f for f in files}

    def local(path: str) -> str:
        """Find the file tenet names: it prints paths relative to where it runs or to its project."""
        candidate = str(Path(path).resolve())
        if candidate in resolved:
            return resolved[candidate]
        tail = "/" + path.replace("\\", "/").lstrip("./")
        return next((f for key, f in resolved.items() if key.endswith(tail)), path)

    for record in tenet_findings(args.tenet, files):
        path, line, code = finding_fields(record)
        path = local(path)
        if path not in spans:
            continue  # a file ast cannot parse: docutils never saw its docstrings
        owner = next((first for first, last in spans[path] if first <= line <= last), None)
        if owner is None:
            outside.append(f"{path}:{line}: {code}")
            continue
        actual[(path, owner, code)] += 1

    total = sum(expected.values())
    found = sum(min(n, actual[key]) for key, n in expected.items())
    extra = {key: n - expected[key] for key, n in actual.items() if n > expected[key]}
    missed = {key: n - actual[key] for key, n in expected.items() if n > actual[key]}
    recall = 100.0 if total == 0 else 100.0 * found / total
    extra_count = sum(extra.values()) + len(outside)

    print(f"files: {len(files)}, docstrings: {docstring_count}")
    print(f"docutils messages with an RST code: {total}; without one (not compared): {sum(unmapped.values())}")
    by_code = collections.Counter(code for (_p, _l, code), n in expected.items() for _ in range(n))
    found_by_code = collections.Counter()
    for key, n in expected.items():
        found_by_code[key[2]] += min(n, actual[key])
    for code in sorted(by_code):
        print(f"  {code}: docutils {by_code[code]}, found by tenet {found_by_code[code]}")
    print(f"recall: {recall:.2f}% ({found}/{total}) of docutils' messages found by tenet")
    print(f"extra: {extra_count} tenet findings docutils does not give")
    for (path, line, code), n in sorted(extra.items())[:args.examples]:
        print(f"  extra  {path}:{line}: {code} x{n}")
    for item in outside[:args.examples]:
        print(f"  extra (outside any docstring) {item}")
    for (path, line, code), n in sorted(missed.items())[:args.examples]:
        print(f"  missed {path}:{line}: {code} x{n}: {messages[(path, line, code)][0]}")
    for message, n in unmapped.most_common(5):
        print(f"  not compared: {message} x{n}")

    ok = recall >= args.min_recall and extra_count <= args.max_extra
    print(f"rst_oracle: {'PASS' if ok else 'FAIL'} (need recall >= {args.min_recall}% and extra <= {args.max_extra})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
