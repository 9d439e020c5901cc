"""End-to-end tests of `tenet coverage`: counts, thresholds, config, JSON, bad files, C++."""

import json
import os
import re
import subprocess
import unittest

from tenet_e2e import SOURCE_DIR, TENET, TenetTestCase

# Counted (as the D1xx rules see them): the module (D100, documented), `area` (D103,
# documented), `volume` (D103), `Shape` (D101, documented), `Shape.__init__` (D107),
# `Shape.__eq__` (D105, documented), `Shape.grow` (D102) and the implementation of
# `Shape.scale` (D102, documented): 5 of 8. Not counted: `_helper` (private), `inner`
# (nested in a function), the `@overload` signature of `scale`.
PARTIAL = '''"""Shapes."""
from typing import overload


def area(r):
    """Return the area."""
    def inner():
        pass
    return inner


def volume(r):
    return r


def _helper():
    pass


class Shape:
    """A shape."""

    def __init__(self):
        pass

    def __eq__(self, other):
        """Compare."""
        return True

    def grow(self):
        pass

    @overload
    def scale(self, x: int) -> int: ...
    def scale(self, x):
        """Scale."""
        return x
'''
# The module and one function, both documented: 2 of 2.
FULL = '"""Module."""\n\n\ndef f():\n    """Do it."""\n'
ROW = re.compile(r"^(\S+)\s+(\d+)/(\d+)\s+([0-9.]+)%$")


def rows(output):
    """Return {path: (documented, total, percent)} for every counted row of text output."""
    found = {}
    for line in output.splitlines():
        match = ROW.match(line)
        if match:
            found[match.group(1)] = (int(match.group(2)), int(match.group(3)), float(match.group(4)))
    return found


class Counting(TenetTestCase):
    def setUp(self):
        super().setUp()
        self.write("pkg/shapes.py", PARTIAL)
        self.write("pkg/full.py", FULL)

    def test_per_file_and_total_rows(self):
        result = self.tenet("coverage", "--isolated", "pkg")
        self.assertEqual(result.code, 0, result.out + result.err)
        self.assertEqual(rows(result.out), {
            "pkg/full.py": (2, 2, 100.0),
            "pkg/shapes.py": (5, 8, 62.5),
            "TOTAL": (7, 10, 70.0),
        }, result.out)

    def test_fail_under_on_both_sides_of_the_total(self):
        below = self.tenet("coverage", "--isolated", "--fail-under", "71", "pkg")
        self.assertEqual(below.code, 1, below.out + below.err)
        self.assertIn("FAILED", below.out)
        # Exactly at the threshold passes.
        at = self.tenet("coverage", "--isolated", "--fail-under", "70", "pkg")
        self.assertEqual(at.code, 0, at.out + at.err)
        self.assertIn("PASSED", at.out)
        # 4/6 is 66.67%, shown as 66.7%: the comparison is not made on the rounded figure.
        rounded = self.tenet("coverage", "--isolated", "--ignore", "D105,D107", "--fail-under", "66.7", "pkg/shapes.py")
        self.assertEqual(rows(rounded.out)["TOTAL"], (4, 6, 66.7), rounded.out + rounded.err)
        self.assertEqual(rounded.code, 1)

    def test_config_key_and_the_command_line_winning(self):
        self.write("tenet.toml", "[coverage]\nfail-under = 80\n")
        from_config = self.tenet("coverage", "pkg")
        self.assertEqual(from_config.code, 1, from_config.out + from_config.err)
        self.assertIn("80.0%", from_config.out)
        self.assertEqual(self.tenet("coverage", "--fail-under", "50", "pkg").code, 0)
        self.write("tenet.toml", "[coverage]\nfail-under = 50\n")
        self.assertEqual(self.tenet("coverage", "pkg").code, 0)

    def test_ignored_codes_are_not_counted(self):
        # Without D102, `grow` and `scale` leave: 4 of 6; the config file's ignore counts too.
        result = self.tenet("coverage", "--isolated", "--ignore", "D102", "pkg/shapes.py")
        self.assertEqual(rows(result.out)["pkg/shapes.py"], (4, 6, 66.7), result.out + result.err)
        self.write("tenet.toml", 'ignore = ["D10"]\n')
        result = self.tenet("coverage", "pkg/shapes.py")
        self.assertEqual(rows(result.out)["pkg/shapes.py"], (0, 0, 100.0), result.out + result.err)
        self.write("tenet.toml", '[per-file-ignores]\n"pkg/shapes.py" = ["D1"]\n')
        result = self.tenet("coverage", "pkg")
        self.assertEqual(rows(result.out), {"pkg/full.py": (2, 2, 100.0), "pkg/shapes.py": (0, 0, 100.0),
                                            "TOTAL": (2, 2, 100.0)}, result.out + result.err)

    def test_select_does_not_change_what_counts(self):
        result = self.tenet("coverage", "--isolated", "--config", 'select=["E722"]', "pkg/shapes.py")
        self.assertEqual(rows(result.out)["pkg/shapes.py"], (5, 8, 62.5), result.out + result.err)

    def test_packages_private_modules_and_conventions(self):
        self.write("pkg/__init__.py", "")
        self.write("pkg/_impl.py", "def helper():\n    pass\n")
        result = self.tenet("coverage", "--isolated", "--format", "json", "pkg")
        by_path = {entry["path"]: entry for entry in json.loads(result.out)["files"]}
        # The package's `__init__.py` is D104's; a private module makes everything in it private.
        self.assertEqual(by_path["pkg/__init__.py"]["missing"],
                         [{"name": "pkg", "line": 1, "kind": "package", "code": "D104"}])
        self.assertEqual(by_path["pkg/_impl.py"]["total"], 0)
        # The numpy convention documents `__init__` in the class docstring: D107 is off.
        numpy = self.tenet("coverage", "--isolated", "--config", 'pydocstyle.convention="numpy"', "pkg/shapes.py")
        self.assertEqual(rows(numpy.out)["pkg/shapes.py"], (5, 7, 71.4), numpy.out + numpy.err)

    def test_json_document(self):
        result = self.tenet("coverage", "--isolated", "--format", "json", "pkg")
        self.assertEqual(result.code, 0, result.err)
        document = json.loads(result.out)
        by_path = {entry["path"]: entry for entry in document["files"]}
        self.assertEqual(sorted(by_path), ["pkg/full.py", "pkg/shapes.py"])
        shapes = by_path["pkg/shapes.py"]
        self.assertEqual((shapes["documented"], shapes["total"]), (5, 8))
        missing = {(item["name"], item["line"], item["kind"]) for item in shapes["missing"]}
        self.assertEqual(missing, {("volume", 12, "function"), ("Shape.__init__", 23, "method"),
                                   ("Shape.grow", 30, "method")})
        self.assertEqual(by_path["pkg/full.py"]["missing"], [])
        self.assertEqual((document["totals"]["documented"], document["totals"]["total"]), (7, 10))
        self.assertAlmostEqual(document["totals"]["percent"], 70.0)
        self.assertTrue(document["passed"])
        self.assertIsNone(document["fail_under"])

    def test_output_file_is_written_and_stdout_stays_empty(self):
        os.makedirs(os.path.join(self.tmp, "out"))
        result = self.tenet("coverage", "--isolated", "--format", "json", "-o", "out/cov.json", "pkg")
        self.assertEqual((result.code, result.out), (0, ""), result.err)
        with open(os.path.join(self.tmp, "out/cov.json")) as handle:
            self.assertEqual(json.load(handle)["totals"]["total"], 10)
        self.assertEqual(os.listdir(os.path.join(self.tmp, "out")), ["cov.json"])
        # A directory that does not exist is an error of one line, not a crash.
        missing = self.tenet("coverage", "--isolated", "-o", "nowhere/cov.txt", "pkg")
        self.assertEqual(missing.code, 2, missing.out + missing.err)
        self.assertEqual(len(missing.err.strip().splitlines()), 1, missing.err)

    def test_verbose_lists_the_undocumented(self):
        result = self.tenet("coverage", "--isolated", "-v", "pkg/shapes.py")
        self.assertIn("pkg/shapes.py:12: D103 function `volume`", result.out)
        self.assertIn("pkg/shapes.py:30: D102 method `Shape.grow`", result.out)


class BadInput(TenetTestCase):
    def test_syntax_error_file_counts_nowhere(self):
        self.write("good.py", FULL)
        self.write("bad.py", '"""Doc."""\ndef f(:\n    pass\n')
        result = self.tenet("coverage", "--isolated", ".")
        self.assertEqual(result.code, 0, result.out + result.err)
        bad = [line for line in result.out.splitlines() if line.startswith("bad.py")]
        self.assertEqual(len(bad), 1, result.out)
        self.assertIn("not counted", bad[0])
        self.assertIn("line 2", bad[0])
        self.assertEqual(rows(result.out)["TOTAL"], (2, 2, 100.0), result.out)
        document = json.loads(self.tenet("coverage", "--isolated", "--format", "json", ".").out)
        self.assertEqual([entry["path"] for entry in document["problems"]], ["bad.py"])
        self.assertEqual([entry["path"] for entry in document["files"]], ["good.py"])

    def test_undecodable_file_counts_nowhere(self):
        self.write("good.py", FULL)
        self.write("latin.py", b'"""Caf\xe9."""\n', mode="wb")
        result = self.tenet("coverage", "--isolated", ".")
        self.assertEqual(result.code, 0, result.out + result.err)
        self.assertRegex(result.out, r"(?m)^latin\.py\s+not counted: .*UTF-8")
        self.assertEqual(rows(result.out)["TOTAL"], (2, 2, 100.0), result.out)

    def test_usage_and_config_errors_exit_two_with_one_line(self):
        self.write("mod.py", FULL)
        cases = [["coverage", "--fail-under", "150", "mod.py"], ["coverage", "--format", "sarif", "mod.py"],
                 ["coverage", "missing_dir/"], ["coverage", "--ignore", "XYZ999", "mod.py"]]
        for args in cases:
            result = self.tenet(*args)
            self.assertEqual(result.code, 2, f"{args}: {result.out}{result.err}")
            self.assertEqual(len(result.err.strip().splitlines()), 1, f"{args}: {result.err}")
            self.assertTrue(result.err.startswith("tenet: error:"), result.err)
        self.write("tenet.toml", "[coverage]\nfail-under = \"lots\"\n")
        result = self.tenet("coverage", "mod.py")
        self.assertEqual(result.code, 2, result.out + result.err)
        self.assertEqual(len(result.err.strip().splitlines()), 1, result.err)
        self.assertIn("tenet.toml", result.err)
        self.assertIn("fail-under", result.err)
        self.assertEqual(result.out, "")

    def test_empty_directory_is_full_coverage(self):
        os.makedirs(os.path.join(self.tmp, "empty"))
        result = self.tenet("coverage", "--isolated", "--fail-under", "100", "empty")
        self.assertEqual(result.code, 0, result.out + result.err)
        self.assertEqual(rows(result.out), {"TOTAL": (0, 0, 100.0)})


def has_cpp_engine():
    """Whether tenet-cpp was built beside tenet."""
    return bool(TENET) and os.access(os.path.join(os.path.dirname(TENET), "tenet-cpp"), os.X_OK)


@unittest.skipUnless(has_cpp_engine(), "tenet was built without the C++ engine (tenet-cpp)")
class CppCoverage(TenetTestCase):
    # Public API in the header: `twice` (documented), `halve`, `Shape` (documented) and
    # `Shape::area`: 2 of 4. The source file declares nothing public.
    HEADER = ("#pragma once\n\n/// Returns twice \\p value.\ndouble twice(double value);\n"
              "double halve(double value);\n\n/// A shape.\nstruct Shape {\n  double area() const;\n};\n")
    SOURCE = '#include "api.h"\n\ndouble twice(double value) { return 2 * value; }\n'

    def setUp(self):
        super().setUp()
        self.write("include/api.h", self.HEADER)
        self.write("src/api.cpp", self.SOURCE)
        source = os.path.join(self.tmp, "src/api.cpp")
        database = [{"directory": self.tmp, "file": source,
                     "arguments": ["clang++-19", "-std=c++20", "-I" + os.path.join(self.tmp, "include"),
                                   "-c", source]}]
        self.write("build/compile_commands.json", json.dumps(database))
        self.write("tenet.toml", '[cpp]\ncompile-commands = "build/compile_commands.json"\n')

    def test_header_entities_are_counted(self):
        result = self.tenet("coverage", "include", "src", timeout=300)
        self.assertEqual(result.code, 0, result.out + result.err)
        self.assertEqual(rows(result.out), {"include/api.h": (2, 4, 50.0), "src/api.cpp": (0, 0, 100.0),
                                            "TOTAL": (2, 4, 50.0)}, result.out + result.err)
        document = json.loads(self.tenet("coverage", "--format", "json", "include", timeout=300).out)
        missing = {(item["name"], item["line"], item["kind"], item["code"])
                   for item in document["files"][0]["missing"]}
        self.assertEqual(missing, {("halve", 5, "function", "CXD100"), ("Shape::area", 9, "method", "CXD102")})

    def test_mixed_with_python_and_ignored_codes(self):
        self.write("tool.py", FULL)
        result = self.tenet("coverage", "--ignore", "CXD102", "--fail-under", "75", ".", timeout=300)
        self.assertEqual(rows(result.out).get("TOTAL"), (4, 5, 80.0), result.out + result.err)
        self.assertEqual(result.code, 0, result.out + result.err)

    def test_failing_translation_unit_counts_nowhere(self):
        self.write("src/api.cpp", '#include "api.h"\n\nint broken( {\n')
        result = self.tenet("coverage", "src", timeout=300)
        self.assertNoCrash(result)
        self.assertRegex(result.out, r"(?m)^src/api\.cpp\s+not counted: ", result.out + result.err)


class DriverCli(unittest.TestCase):
    @unittest.skipUnless(has_cpp_engine(), "tenet was built without the C++ engine (tenet-cpp)")
    def test_driver_coverage_mode_prints_entities(self):
        driver = os.path.join(os.path.dirname(TENET), "tenet-cpp")
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            header = os.path.join(tmp, "lib.h")
            with open(header, "w") as handle:
                handle.write("#pragma once\n/// Documented.\n#define LIB_MAX 3\nint lib_value();\n")
            completed = subprocess.run([driver, "--coverage", "--", header], capture_output=True, text=True,
                                       check=False, timeout=300)
        self.assertEqual(completed.returncode, 0, completed.stderr)
        records = [json.loads(line) for line in completed.stdout.splitlines()]
        entities = {(r["name"], r["code"], r["documented"], r["line"]) for r in records if r["kind"] == "entity"}
        self.assertEqual(entities, {("LIB_MAX", "CXD106", True, 3), ("lib_value", "CXD100", False, 4)})


@unittest.skipUnless(has_cpp_engine() and SOURCE_DIR, "needs tenet-cpp and TENET_SOURCE_DIR")
class CoverageAgreesWithTheRules(unittest.TestCase):
    """On the CXD100-CXD106 fixtures, coverage's undocumented entities are the rules' findings.

    The coverage hooks repeat the rules' filters; this keeps the two from drifting apart.
    """

    SOURCES = {".cpp", ".cc", ".cxx", ".h", ".hh", ".hpp", ".hxx"}

    def runs(self, directory):
        """Yield (options, files) for the fixture directory's runs.

        Its own files run without options, each subdirectory holding an `options` file with those.
        """
        own = sorted(p for p in directory.iterdir() if p.suffix in self.SOURCES)
        yield [], own
        for sub in sorted(p for p in directory.iterdir() if p.is_dir()):
            options_file = sub / "options"
            if not options_file.exists():
                continue
            options = []
            for line in options_file.read_text().splitlines():
                line = line.split("#", 1)[0].strip()
                if line:
                    options += ["--option", line]
            yield options, sorted(p for p in sub.rglob("*") if p.suffix in self.SOURCES)

    def test_undocumented_entities_are_the_findings(self):
        import collections
        import pathlib
        driver = os.path.join(os.path.dirname(TENET), "tenet-cpp")
        fixtures = pathlib.Path(SOURCE_DIR) / "tests" / "fixtures" / "cpp"
        for number in range(100, 107):
            code = f"CXD{number}"
            for options, files in self.runs(fixtures / code):
                if not files:
                    continue
                common = ["--select", code, "--project-root", str(fixtures / code), *options, "--"]
                common += [str(f) for f in files]
                checked = subprocess.run([driver, *common], capture_output=True, text=True, check=False, timeout=300)
                counted = subprocess.run([driver, "--coverage", *common], capture_output=True, text=True,
                                         check=False, timeout=300)
                self.assertEqual((checked.returncode, counted.returncode), (0, 0), checked.stderr + counted.stderr)
                findings = collections.Counter()
                for record in map(json.loads, checked.stdout.splitlines()):
                    if record["kind"] == "diagnostic":
                        text = pathlib.Path(record["file"]).read_bytes()
                        findings[(record["file"], text.count(b"\n", 0, record["begin"]) + 1)] += 1
                entities = [json.loads(line) for line in counted.stdout.splitlines()]
                entities = [e for e in entities if e["kind"] == "entity"]
                missing = collections.Counter((e["file"], e["line"]) for e in entities if not e["documented"])
                self.assertEqual(missing, findings, f"{code} {options}")
                self.assertTrue(findings, f"{code}: the fixture should have findings")
                # Something documented is counted too (every fixture shows a documented case).
                self.assertTrue(any(e["documented"] for e in entities), f"{code} {options}")


if __name__ == "__main__":
    unittest.main()
