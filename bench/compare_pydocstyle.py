#!/usr/bin/env python3
"""Compare tenet's D findings with pydocstyle's, per definition, and sort the differences.

pydocstyle reports every finding at the line of the definition (``def``, ``class``, or 1 for
the module); tenet, like ruff, reports most at the docstring and section findings at the line
inside it. So both are mapped to (file, enclosing definition, code) through Python's own
``ast``, and the two multisets are compared. Each difference is put in a class by the rules in
CLASSIFIERS: the deliberate differences docs/guide/pydocstyle.md explains (where tenet follows
ruff's documented behaviour); what no rule explains is printed as "unexplained", with
examples, and makes the exit status 1 when ``--strict`` is given.

With ``--ruff``, ruff itself (its WebAssembly build from npm, pinned and checksum-verified,
run with node by bench/ruff_wasm_check.js) is the referee: for every class the output says
on how many of the differences ruff sides with tenet, and how tenet and ruff compare overall.

Usage: compare_pydocstyle.py [--tenet PATH] [--ruff] [--strict] [--json OUT] DIR...
(default corpora: /usr/lib/python3.11 and Django, as bench/run.py measures them).
"""

from __future__ import annotations

import argparse
import ast
import collections
import json
import os
import re
import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = ["/usr/lib/python3.11", "/usr/lib/python3/dist-packages/django"]

RUFF_PACKAGE = "@astral-sh/ruff-wasm-nodejs"
RUFF_VERSION = "0.17.4"
RUFF_SHA512 = ("a446890e1fd95327d62b8c3437322417be1bad7b59c8d37dfcd08f96e4a3dd9f"
               "466268d0c46e12aa454288b52fc59d1b68e00f692851ea75145ae6e37b1cc47c")
RUFF_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "tenet" / \
    f"ruff-wasm-nodejs-{RUFF_VERSION}"

# pydocstyle: "/path/x.py:12 in public method `f`:" then "        D102: Missing ...".
PYDOCSTYLE_HEAD = re.compile(r"^(?P<path>.+?):(?P<line>\d+) (?:in|at) ")
PYDOCSTYLE_CODE = re.compile(r"^\s+(?P<code>D\d{3}): (?P<message>.*)$")


# --------------------------------------------------------------------------- definitions


class Definitions:
    """The definitions of one file and the facts the classifiers need."""

    def __init__(self, path):
        """Parse path; a file that does not parse has only its module."""
        self.path = path
        self.spans = []  # (first line, last line, key, node)
        self.by_key = {}
        self.nested_in_statement = set()  # keys of definitions under if/try/with/for/while
        self.checked_by_tenet = True
        self.dunder_all_is_dynamic = False
        self.source = ""
        try:
            self.source = Path(path).read_text("utf-8", "replace")
            self.tree = ast.parse(self.source)
        except (SyntaxError, ValueError, OSError):
            self.tree = None
            return
        self._walk(self.tree, "", False)
        self.dunder_all_is_dynamic = self._dunder_all_is_dynamic()

    def _walk(self, node, prefix, in_statement):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                first = min([child.lineno] + [d.lineno for d in child.decorator_list])
                key = (name, child.lineno)
                self.spans.append((first, child.end_lineno, key, child))
                self.by_key[key] = child
                if in_statement:
                    self.nested_in_statement.add(key)
                self._walk(child, name + ".", in_statement)
            elif isinstance(child, (ast.If, ast.Try, ast.With, ast.For, ast.While)) \
                    or type(child).__name__ == "TryStar":
                self._walk(child, prefix, True)
            else:
                self._walk(child, prefix, in_statement)

    def _dunder_all_is_dynamic(self):
        """Whether the module's __all__ is built from anything but literal strings."""
        for stmt in self.tree.body:
            targets, value = [], None
            if isinstance(stmt, ast.Assign):
                targets, value = stmt.targets, stmt.value
            elif isinstance(stmt, (ast.AugAssign, ast.AnnAssign)):
                targets, value = [stmt.target], stmt.value
            elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) \
                    and isinstance(stmt.value.func, ast.Attribute) \
                    and isinstance(stmt.value.func.value, ast.Name) \
                    and stmt.value.func.value.id == "__all__":
                return True
            if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
                if not isinstance(value, (ast.List, ast.Tuple)) or not all(
                        isinstance(e, ast.Constant) for e in value.elts):
                    return True
        return False

    def under_statement(self, key):
        """Whether key's definition sits under an if/try/with/for/while."""
        return key in self.nested_in_statement

    def raw_docstring(self, node):
        """Return the docstring's source text (with its escapes), or ""."""
        if node is None or not getattr(node, "body", None):
            return ""
        return ast.get_source_segment(self.source, node.body[0]) or ""

    def enclosing(self, line):
        """Return the key of the innermost definition spanning line, or the module's."""
        best = None
        for first, last, key, _ in self.spans:
            if first <= line <= last and (best is None or first >= best[0]):
                best = (first, key)
        return best[1] if best else ("<module>", 0)

    def node(self, key):
        """Return the ast node of key (the Module for the module key), or None."""
        if key == ("<module>", 0):
            return self.tree
        return self.by_key.get(key)


def docstring_of(node):
    """Return the raw docstring of node, or None."""
    if node is None or not getattr(node, "body", None):
        return None
    first = node.body[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
            and isinstance(first.value.value, str):
        return first.value.value
    return None


# --------------------------------------------------------------------------- running the tools


def run_pydocstyle(paths):
    """Return pydocstyle's findings on paths as (absolute path, line, code) tuples."""
    argv = ["pydocstyle", "--select=D1,D2,D3,D4", r"--match=.*\.py", *paths]
    out = subprocess.run(argv, capture_output=True, text=True, check=False).stdout
    findings, head = [], None
    for line in out.splitlines():
        m = PYDOCSTYLE_HEAD.match(line)
        if m and not line.startswith(" "):
            head = (os.path.abspath(m["path"]), int(m["line"]))
            continue
        m = PYDOCSTYLE_CODE.match(line)
        if m and head:
            findings.append((head[0], head[1], m["code"]))
    return findings


def run_tenet(tenet, paths):
    """Return tenet's D findings on paths as (absolute path, line, code) tuples."""
    argv = [tenet, "check", "--isolated", "--select", "D", "--exit-zero", "--format", "json",
            *paths]
    run = subprocess.run(argv, capture_output=True, text=True, check=False, cwd="/")
    if run.returncode != 0:
        sys.exit(f"tenet failed ({run.returncode}): {run.stderr.strip()}")
    report = json.loads(run.stdout)
    return [(os.path.join("/", f["path"]), f["start"]["line"], f["code"])
            for f in report["findings"] if f["code"].startswith("D")]


def ruff_package():
    """Return the directory of the unpacked ruff WebAssembly package, fetching it once.

    npm pack downloads the pinned version; its sha512 must match before it is unpacked.
    """
    if (RUFF_CACHE / "ruff_wasm.js").is_file():
        return RUFF_CACHE
    if not shutil.which("npm") or not shutil.which("node"):
        sys.exit("--ruff needs node and npm")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "--silent", f"{RUFF_PACKAGE}@{RUFF_VERSION}"], cwd=tmp,
                       check=True, stdout=subprocess.DEVNULL)
        tarball = next(Path(tmp).glob("*.tgz"))
        digest = hashlib.sha512(tarball.read_bytes()).hexdigest()
        if digest != RUFF_SHA512:
            sys.exit(f"{tarball.name}: sha512 {digest} is not the pinned one")
        with tarfile.open(tarball) as archive:
            archive.extractall(tmp, filter="data")
        RUFF_CACHE.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(RUFF_CACHE, ignore_errors=True)
        shutil.move(str(Path(tmp) / "package"), RUFF_CACHE)
    return RUFF_CACHE


def run_ruff(package, files):
    """Return ruff's D findings on files as (absolute path, line, code) tuples."""
    script = Path(__file__).resolve().parent / "ruff_wasm_check.js"
    run = subprocess.run(["node", str(script), str(package), "D"], input="\n".join(files),
                         capture_output=True, text=True, check=True)
    out = []
    for line in run.stdout.splitlines():
        path, row, code = line.split("\t")
        out.append((path, int(row), code))
    return out


# --------------------------------------------------------------------------- classes


def is_private_module(path):
    """Tell whether path is a private module by ruff's rule.

    A module is private when a component of its path (from the package root) starts with
    one underscore.
    """
    parts = Path(path).with_suffix("").parts
    return any(p.startswith("_") and not (p.startswith("__") and p.endswith("__"))
               for p in parts[-4:])


def summary_spans_lines(doc):
    """Whether the docstring's first paragraph has more than one line."""
    lines = doc.strip().splitlines()
    return len(lines) > 1 and lines[1].strip() != ""


def classify(side, code, path, key, defs):
    """Return the name of the class a difference belongs to, or "unexplained".

    Args:
        side: "tenet" (only tenet reports it) or "pydocstyle" (only pydocstyle does).
        code: The rule code.
        path: The file.
        key: The definition key.
        defs: The file's Definitions.

    Returns:
        The class's name, one of those docs/guide/pydocstyle.md explains, or "unexplained".

    """
    node = defs.node(key)
    doc = docstring_of(node)
    if side == "pydocstyle" and not defs.checked_by_tenet:
        return "default-excludes"
    if code in ("D203", "D213") and side == "pydocstyle":
        return "incompatible-pairs"
    if code == "D401" and node is not None and any(
            "property" in ast.unparse(d) for d in getattr(node, "decorator_list", [])):
        return "property-exemption"
    if code == "D301" and any(e in defs.raw_docstring(node) for e in ("\\u", "\\U", "\\N")):
        return "unicode-escapes"
    if code.startswith("D1") and side == "tenet" and defs.under_statement(key):
        return "conditional-definitions"
    raw = defs.raw_docstring(node)
    if code in ("D200", "D205", "D209", "D400", "D415") and not raw.startswith(("r", "R")) \
            and ("\\n" in raw or "\\\n" in raw):
        return "escapes-in-source"
    if code.startswith("D1") and side == "pydocstyle" and defs.dunder_all_is_dynamic:
        return "dynamic-dunder-all"
    if code.startswith("D1") and side == "pydocstyle" and is_private_module(path):
        return "private-module"
    name = getattr(node, "name", "") if node is not None else ""
    if code.startswith("D1") and side == "pydocstyle" and name.startswith("_") \
            and not name.endswith("__"):
        return "underscore-name-in-dunder-all"
    if code in ("D400", "D415") and doc and summary_spans_lines(doc):
        return "multi-line-summary"
    if code in ("D205", "D400", "D415", "D401") and doc is not None and not doc.strip():
        return "empty-docstring"
    if code == "D401" and doc:
        return "imperative-mood-word-lists"
    if code == "D402":
        return "signature-in-docstring"
    if code in ("D208", "D207") and doc:
        return "indentation-lines"
    if code.startswith("D4") and code not in ("D400", "D401", "D402", "D403", "D404", "D415",
                                              "D418", "D419"):
        return "sections"
    if code == "D104" or (code == "D100" and Path(path).name == "__init__.py"):
        return "package-init"
    if code == "D403" and doc:
        return "first-word-capitalisation"
    if code in ("D105", "D107", "D102", "D103", "D101", "D106") and node is not None:
        decorators = {ast.unparse(d).split("(")[0] for d in getattr(node, "decorator_list", [])}
        if decorators & {"overload", "typing.overload", "override", "typing.override"}:
            return "overload-and-override"
        if side == "pydocstyle" and any(
                isinstance(p, (ast.FunctionDef, ast.AsyncFunctionDef))
                for p in _parents(defs, key)):
            return "nested-definitions"
    return "unexplained"


def _parents(defs, key):
    """Return the ast nodes of the definitions that contain key's definition."""
    node = defs.node(key)
    if node is None:
        return []
    out = []
    for first, last, other, other_node in defs.spans:
        if other != key and first <= node.lineno <= last and other_node.lineno < node.lineno:
            out.append(other_node)
    return out


# --------------------------------------------------------------------------- main


def tenet_files(tenet, corpus):
    """Return the *.py files under corpus that tenet checks, as tenet lists them.

    Args:
        tenet: The tenet executable.
        corpus: The directory.

    Returns:
        The absolute paths: `tenet check --show-files`, run in corpus, so that its
        default excludes (and only those) apply.

    """
    listed = subprocess.run([os.path.abspath(tenet), "check", "--isolated", "--show-files", "."],
                            cwd=corpus, capture_output=True, text=True, check=True).stdout
    return {os.path.normpath(os.path.join(corpus, line)) for line in listed.splitlines() if line.endswith(".py")}


def compare(tenet, corpus, ruff=None):
    """Compare on one corpus.

    Returns:
        {(side, class): {code: [examples]}}, the totals, and {(side, class): ruff agrees
        with tenet count} when ruff is given.

    """
    paths = [corpus]
    py = run_pydocstyle(paths)
    te = run_tenet(tenet, paths)
    checked = tenet_files(tenet, corpus)
    cache = {}

    def defs_of(path):
        if path not in cache:
            cache[path] = Definitions(path)
            cache[path].checked_by_tenet = path in checked
        return cache[path]

    def keyed(findings):
        counter = collections.Counter()
        for path, line, code in findings:
            counter[(path, defs_of(path).enclosing(line), code)] += 1
        return counter

    kp, kt = keyed(py), keyed(te)
    kr = keyed(run_ruff(ruff, sorted(checked))) if ruff else None
    classes = collections.defaultdict(lambda: collections.defaultdict(list))
    ruff_sides = collections.Counter()
    for side, mine, other in (("pydocstyle", kp, kt), ("tenet", kt, kp)):
        for item, n in (mine - other).items():
            path, key, code = item
            name = classify(side, code, path, key, defs_of(path))
            for _ in range(n):
                classes[(side, name)][code].append(f"{path}:{key[1]} {key[0]}")
            if kr is not None:
                # ruff sides with tenet when it reports as many as tenet does here.
                ruff_sides[(side, name)] += n if kr[item] == kt[item] else 0
    totals = {"pydocstyle": sum(kp.values()), "tenet": sum(kt.values()),
              "agreed": sum((kp & kt).values())}
    if kr is not None:
        totals["ruff"] = sum(kr.values())
        totals["tenet_and_ruff_agreed"] = sum((kt & kr).values())
        totals["tenet_ruff_differences"] = {
            "only tenet": dict(collections.Counter(c for (_, _, c), n in (kt - kr).items()
                                                   for _ in range(n))),
            "only ruff": dict(collections.Counter(c for (_, _, c), n in (kr - kt).items()
                                                  for _ in range(n))),
        }
        classes_ruff = collections.defaultdict(list)
        for side, mine, other in (("ruff", kr, kt), ("tenet", kt, kr)):
            for (path, key, code), n in (mine - other).items():
                classes_ruff[f"only {side} {code}"].append(f"{path}:{key[1]} {key[0]}")
        totals["tenet_ruff_examples"] = {k: v[:3] for k, v in sorted(classes_ruff.items())}
    return classes, totals, ruff_sides


def main():
    """Compare on each corpus, print the classes, and return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="*", default=DEFAULT_CORPORA)
    ap.add_argument("--tenet", default=str(REPO / "build" / "bin" / "tenet"))
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 when a difference is in no known class")
    ap.add_argument("--examples", type=int, default=3, help="examples per class and code")
    ap.add_argument("--ruff", action="store_true",
                    help="referee with ruff's WebAssembly build (needs node and npm)")
    ap.add_argument("--json", help="write the counts per corpus, class and code here")
    args = ap.parse_args()
    args.tenet = os.path.abspath(args.tenet)  # tenet runs from other directories
    unexplained = 0
    figures = {}
    ruff = ruff_package() if args.ruff else None
    for corpus in args.corpora:
        if not Path(corpus).is_dir():
            print(f"{corpus}: not a directory, skipped")
            continue
        classes, totals, ruff_sides = compare(args.tenet, corpus, ruff)
        print(f"\n{corpus}: pydocstyle {totals['pydocstyle']}, tenet {totals['tenet']}, "
              f"agreed {totals['agreed']} (per definition and code)")
        if ruff:
            print(f"  ruff {totals['ruff']}, tenet and ruff agreed on "
                  f"{totals['tenet_and_ruff_agreed']}; only tenet "
                  f"{totals['tenet_ruff_differences']['only tenet']}; only ruff "
                  f"{totals['tenet_ruff_differences']['only ruff']}")
            for what, examples in totals["tenet_ruff_examples"].items():
                print(f"      {what}: {'; '.join(examples)}")
        figures[corpus] = {"totals": totals, "classes": {}}
        for (side, name), codes in sorted(classes.items()):
            count = sum(len(v) for v in codes.values())
            referee = f"  [ruff sides with tenet: {ruff_sides[(side, name)]}]" if ruff else ""
            print(f"  only {side:<10} {name:<30} {count:6d}  "
                  + ", ".join(f"{c} {len(v)}" for c, v in sorted(codes.items())) + referee)
            figures[corpus]["classes"][f"only {side}: {name}"] = {
                c: len(v) for c, v in sorted(codes.items())}
            if name == "unexplained":
                unexplained += count
            if name == "unexplained" or args.examples > 3:
                for code, examples in sorted(codes.items()):
                    for example in examples[:args.examples]:
                        print(f"      {code} {example}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n")
    return 1 if args.strict and unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
