"""End-to-end behaviour of the tenet command: exit codes, selection, outputs, config."""

import json
import os
import subprocess
import unittest

from tenet_e2e import SOURCE_DIR, TENET, TenetTestCase

UNDOCUMENTED = 'def area(r):\n    return 3.14 * r * r\n'
DOCUMENTED = '"""Module."""\n\n\ndef area(r):\n    """Return the area."""\n    return 3.14 * r * r\n'


class ExitCodes(TenetTestCase):
    def test_clean_file_exits_zero(self):
        self.write("pkg_ok.py", DOCUMENTED)
        result = self.tenet("check", "--isolated", "pkg_ok.py")
        self.assertEqual(result.code, 0, result.out + result.err)
        self.assertIn("All checks passed", result.out)

    def test_findings_exit_one_and_are_listed(self):
        self.write("mod.py", UNDOCUMENTED)
        result = self.tenet("check", "--isolated", "mod.py")
        self.assertEqual(result.code, 1)
        self.assertEqual(result.findings(), [("mod.py", 1, "D100"), ("mod.py", 1, "D103")])

    def test_exit_zero_and_fail_level(self):
        self.write("mod.py", UNDOCUMENTED)
        self.assertEqual(self.tenet("check", "--isolated", "--exit-zero", "mod.py").code, 0)
        # D1 findings are warnings: a run failing only on errors passes.
        self.assertEqual(self.tenet("check", "--isolated", "--fail-level", "error", "mod.py").code, 0)
        self.assertEqual(self.tenet("check", "--isolated", "--fail-level", "warning", "mod.py").code, 1)

    def test_usage_errors_exit_two_with_one_line(self):
        self.write("mod.py", UNDOCUMENTED)
        for args in (["check", "--select", "XYZ123", "mod.py"], ["check", "--format", "nope", "mod.py"],
                     ["check", "--no-such-flag"], ["check", "missing_dir/"], ["explain", "NOPE999"],
                     ["check", "--config", "select=D1", "mod.py"]):
            result = self.tenet(*args)
            self.assertEqual(result.code, 2, f"{args}: {result.err}")
            self.assertEqual(len(result.err.strip().splitlines()), 1, f"{args}: {result.err}")
            self.assertTrue(result.err.startswith("tenet: error:"), result.err)


class Selection(TenetTestCase):
    def test_select_ignore_and_names(self):
        self.write("mod.py", UNDOCUMENTED)
        self.assertEqual(self.tenet("check", "--isolated", "--select", "D103", "mod.py").codes(), ["D103"])
        self.assertEqual(self.tenet("check", "--isolated", "--ignore", "D100", "mod.py").codes(), ["D103"])
        named = self.tenet("check", "--isolated", "--select", "undocumented-public-function", "mod.py")
        self.assertEqual(named.codes(), ["D103"])

    def test_noqa_and_file_level_suppression(self):
        self.write("a.py", 'def f():  # noqa: D103\n    pass\n')
        self.write("b.py", '# tenet: noqa: D100\ndef g():  # noqa\n    pass\n')
        self.assertEqual(self.tenet("check", "--isolated", "a.py", "b.py").findings(), [("a.py", 1, "D100")])

    def test_unused_and_unknown_noqa_with_tnt001(self):
        self.write("a.py", '"""M."""\n\n\ndef f():  # noqa: D103\n    """Doc."""\n\n\nx = 1  # noqa: ZZ999\n')
        result = self.tenet("check", "--isolated", "--extend-select", "TNT001", "a.py")
        self.assertEqual(result.findings(), [("a.py", 4, "TNT001"), ("a.py", 8, "TNT001")])
        self.assertIn("unknown rule `ZZ999`", result.out)


class Configuration(TenetTestCase):
    def test_nearest_config_wins(self):
        self.write("pyproject.toml", '[tool.tenet]\nselect = ["D103"]\n')
        self.write("sub/tenet.toml", 'select = ["D100"]\n')
        self.write("top.py", UNDOCUMENTED)
        self.write("sub/inner.py", UNDOCUMENTED)
        result = self.tenet("check", ".")
        self.assertEqual(result.findings(), [("sub/inner.py", 1, "D100"), ("top.py", 1, "D103")])

    def test_malformed_config_is_one_line_with_file_and_line(self):
        self.write("tenet.toml", 'select = ["D1"]\nnot-a-key = 3\n')
        self.write("mod.py", UNDOCUMENTED)
        result = self.tenet("check", "-o", "out.txt", ".")
        self.assertEqual(result.code, 2)
        self.assertEqual(len(result.err.strip().splitlines()), 1, result.err)
        self.assertIn("tenet.toml:2", result.err)
        self.assertIn("not-a-key", result.err)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "out.txt")), "no output on a config error")

    def test_config_command_prints_effective_settings(self):
        self.write("tenet.toml", '[pydocstyle]\nconvention = "google"\n')
        result = self.tenet("config", ".")
        self.assertEqual(result.code, 0, result.err)
        self.assertIn('convention = "google"', result.out)


RAISES_UNDOCUMENTED = '''"""Parsing."""


def parse(text):
    """Parse *text*.

    Args:
        text: What to parse.

    Returns:
        The number.
    """
    if not text:
        raise ValueError("empty")
    return int(text)
'''


class PydoclintSettings(TenetTestCase):
    """The [pydoclint] table reaches the DOC rules, per directory."""

    def test_skip_checking_raises_and_exempt_exceptions(self):
        self.write("tenet.toml", 'select = ["DOC5"]\n')
        self.write("strict/mod.py", RAISES_UNDOCUMENTED)
        self.write("relaxed/tenet.toml", 'select = ["DOC5"]\n[pydoclint]\nskip-checking-raises = true\n')
        self.write("relaxed/mod.py", RAISES_UNDOCUMENTED)
        self.write("exempt/tenet.toml", 'select = ["DOC5"]\n[pydoclint]\nexempt-exceptions = ["ValueError"]\n')
        self.write("exempt/mod.py", RAISES_UNDOCUMENTED)
        result = self.tenet("check", ".")
        self.assertEqual(result.findings(), [("strict/mod.py", 5, "DOC501")], result.out + result.err)

    def test_bad_style_is_a_one_line_error(self):
        self.write("tenet.toml", '[pydoclint]\nstyle = "rest"\n')
        self.write("mod.py", RAISES_UNDOCUMENTED)
        result = self.tenet("check", ".")
        self.assertEqual(result.code, 2)
        self.assertIn("tenet.toml:2", result.err)
        self.assertIn("pydoclint.style", result.err)


class Outputs(TenetTestCase):
    def test_several_reports_in_one_run_and_determinism(self):
        self.write("a.py", UNDOCUMENTED)
        self.write("b/c.py", UNDOCUMENTED)
        first = self.tenet("check", "--isolated", "--jobs", "1", "--report", "sarif:one.sarif",
                           "--report", "json:one.json", "--report", "gitlab:gl.json", ".")
        self.assertEqual(first.code, 1)
        self.assertIn("a.py:1:5: D103", first.out)
        second = self.tenet("check", "--isolated", "--jobs", "2", "--format", "sarif", "-o", "two.sarif", ".")
        self.assertEqual(second.code, 1)
        with open(os.path.join(self.tmp, "one.sarif"), "rb") as one, open(os.path.join(self.tmp, "two.sarif"), "rb") as two:
            self.assertEqual(one.read(), two.read(), "SARIF must be byte-identical across runs and job counts")
        with open(os.path.join(self.tmp, "one.json")) as handle:
            findings = json.load(handle)["findings"]
        self.assertEqual(sorted(f["path"] for f in findings), ["a.py", "a.py", "b/c.py", "b/c.py"])
        with open(os.path.join(self.tmp, "gl.json")) as handle:
            fingerprints = [issue["fingerprint"] for issue in json.load(handle)]
        self.assertEqual(len(fingerprints), len(set(fingerprints)))

    def test_checking_during_discovery_changes_nothing(self):
        # With more than one job, Python files are checked while discovery goes on. The
        # output must be what one job gives: files named twice once, each file under its
        # own config and per-file-ignores, and a missing path an error before any work.
        self.write("a.py", UNDOCUMENTED)
        self.write("pkg/b.py", UNDOCUMENTED)
        self.write("pkg/tests/c.py", UNDOCUMENTED)
        self.write("sub/pyproject.toml", '[tool.tenet]\nselect = ["D103"]\n'
                   '[tool.tenet.per-file-ignores]\n"skip_*.py" = ["D103"]\n')
        self.write("sub/d.py", UNDOCUMENTED)
        self.write("sub/skip_e.py", UNDOCUMENTED)
        args = ("check", "--format", "json", ".", "pkg", "pkg/b.py", "sub")
        one = self.tenet(*args[:1], "--jobs", "1", *args[1:])
        three = self.tenet(*args[:1], "--jobs", "3", *args[1:])
        self.assertEqual(one.code, 1, one.err)
        self.assertEqual(three.code, 1, three.err)
        self.assertEqual(one.out, three.out)
        codes = sorted((f["path"], f["code"]) for f in json.loads(three.out)["findings"])
        self.assertEqual(codes, [("a.py", "D100"), ("a.py", "D103"), ("pkg/b.py", "D100"), ("pkg/b.py", "D103"),
                                 ("pkg/tests/c.py", "D100"), ("pkg/tests/c.py", "D103"), ("sub/d.py", "D103")])
        missing = self.tenet("check", "--jobs", "3", ".", "no_such_dir")
        self.assertEqual(missing.code, 2)
        self.assertIn("no_such_dir: No such file or directory.", missing.err)

    def test_text_is_written_file_by_file_in_path_order(self):
        # The text report streams: each file is written once those before it are done, and
        # a path discovery could not read (a named dangling link) takes its place by name.
        for name in ("a.py", "c.py", "d/e.py"):
            self.write(name, UNDOCUMENTED)
        os.symlink("nowhere.py", os.path.join(self.tmp, "b.py"))
        for jobs in ("1", "2"):
            result = self.tenet("check", "--isolated", "--jobs", jobs, "d", "c.py", "b.py", "a.py")
            self.assertEqual(result.code, 1, result.err)
            self.assertEqual([(path, code) for path, _, code in result.findings()],
                             [("a.py", "D100"), ("a.py", "D103"), ("b.py", "TNT003"), ("c.py", "D100"),
                              ("c.py", "D103"), ("d/e.py", "D100"), ("d/e.py", "D103")], result.out)
            self.assertIn("Found 7 findings in 4 files (3 files checked).", result.out)

    def test_show_files_lists_what_a_check_reads(self):
        self.write("a.py", UNDOCUMENTED)
        self.write("pkg/b.pyi", "x: int\n")
        self.write("pkg/notes.txt", "not code\n")
        self.write("venv/lib.py", UNDOCUMENTED)  # a default exclude
        self.write("gen/made.py", UNDOCUMENTED)
        result = self.tenet("check", "--isolated", "--extend-exclude", "gen", "--show-files", ".")
        self.assertEqual(result.code, 0, result.err)
        self.assertEqual(result.out.splitlines(), ["a.py", "pkg/b.pyi"])

    def test_unwritable_output_fails_cleanly(self):
        self.write("a.py", UNDOCUMENTED)
        os.chmod(self.tmp, 0o755)  # the unprivileged user must reach a.py
        os.makedirs(os.path.join(self.tmp, "ro"))
        os.chmod(os.path.join(self.tmp, "ro"), 0o555)
        result = self.tenet("check", "--isolated", "-o", "ro/out.sarif", "--format", "sarif", "a.py", user=65534)
        self.assertEqual(result.code, 2, result.err)
        self.assertEqual(os.listdir(os.path.join(self.tmp, "ro")), [])


class Fixes(TenetTestCase):
    SOURCE = '"""Module."""\n\n\ndef f():\n    """  Return one  """\n    return 1\n'

    def test_diff_shows_without_writing_and_fix_writes(self):
        path = self.write("m.py", self.SOURCE)
        preview = self.tenet("check", "--isolated", "--select", "D210,D400", "--diff", "m.py")
        self.assertEqual(preview.code, 1, preview.err)
        self.assertIn('-    """  Return one  """', preview.out)
        self.assertIn('+    """Return one"""', preview.out)
        with open(path) as handle:
            self.assertEqual(handle.read(), self.SOURCE, "--diff must not write")

        fixed = self.tenet("check", "--isolated", "--select", "D210,D400", "--fix", "m.py")
        self.assertIn("Fixed 1 finding", fixed.out)
        self.assertEqual(fixed.codes(), ["D400"], "D400's fix is unsafe: still reported")
        with open(path) as handle:
            self.assertIn('"""Return one"""', handle.read())

        unsafe = self.tenet("check", "--isolated", "--select", "D210,D400", "--fix", "--unsafe-fixes", "m.py")
        self.assertEqual(unsafe.code, 0, unsafe.out)
        with open(path) as handle:
            self.assertIn('"""Return one."""', handle.read())


class Discovery(TenetTestCase):
    def git(self, *args):
        subprocess.run(["git", *args], cwd=self.tmp, check=True, capture_output=True)

    def test_gitignore_excludes_and_explicit_files(self):
        self.git("init", "-q")
        self.write(".gitignore", "ignored/\n")
        self.write("kept.py", UNDOCUMENTED)
        self.write("ignored/skip.py", UNDOCUMENTED)
        self.write("vendor/lib.py", UNDOCUMENTED)
        self.write("notes.txt", "def not_python(): pass\n")
        result = self.tenet("check", "--isolated", "--select", "D103", "--extend-exclude", "vendor", ".")
        self.assertEqual(result.findings(), [("kept.py", 1, "D103")])
        explicit = self.tenet("check", "--isolated", "--select", "D103", "ignored/skip.py")
        self.assertEqual(explicit.findings(), [("ignored/skip.py", 1, "D103")])

    def test_excluded_directory_named_explicitly_is_checked(self):
        """Naming an excluded directory checks it, as in ruff without --force-exclude.

        Patterns that exclude something below it still apply.
        """
        self.write("tenet.toml", 'select = ["D103"]\nextend-exclude = ["demo", "generated"]\n')
        self.write("app.py", UNDOCUMENTED)
        self.write("demo/show.py", UNDOCUMENTED)
        self.write("demo/generated/out.py", UNDOCUMENTED)
        self.assertEqual(self.tenet("check", ".").findings(), [("app.py", 1, "D103")])
        self.assertEqual(self.tenet("check", "demo").findings(), [("demo/show.py", 1, "D103")])

    def test_command_line_extend_options_add_to_the_config_lists(self):
        """--extend-exclude and --extend-select add to the config file's lists, as in ruff."""
        self.write("tenet.toml", 'select = ["D103"]\nextend-select = ["D102"]\n'
                   'extend-exclude = ["demo"]\n')
        self.write("app.py", UNDOCUMENTED + "\n\nclass Shown:\n    \"\"\"Doc.\"\"\"\n\n"
                   "    def method(self):\n        pass\n")
        self.write("demo/show.py", UNDOCUMENTED)
        self.write("generated/out.py", UNDOCUMENTED)
        result = self.tenet("check", "--extend-exclude", "generated", "--extend-select", "D101", ".")
        # demo/ stays excluded by the config, generated/ is excluded by the command line, and
        # D102 (config) and D103 (select) are both still selected.
        self.assertEqual(sorted({(f[0], f[2]) for f in result.findings()}),
                         [("app.py", "D102"), ("app.py", "D103")])

    def test_rules_and_explain(self):
        rules = json.loads(self.tenet("rules", "--format", "json").out)
        codes = [rule["code"] for rule in rules]
        self.assertIn("D103", codes)
        self.assertEqual(codes, sorted(codes))
        explained = self.tenet("explain", "undocumented-public-function")
        self.assertEqual(explained.code, 0)
        self.assertIn("D103", explained.out)
        self.assertIn("## Why", explained.out)
        self.assertRegex(self.tenet("version").out, r"^tenet \d+\.\d+\.\d+")


def has_cpp_engine():
    """Whether tenet-cpp was built beside tenet (the C++ engine is on)."""
    return bool(TENET) and os.access(os.path.join(os.path.dirname(TENET), "tenet-cpp"), os.X_OK)


@unittest.skipUnless(has_cpp_engine(), "tenet was built without the C++ engine")
class CompileDatabase(TenetTestCase):
    """`-p DIR` names the compile database, as in clang-tidy."""

    def test_p_names_the_database_and_relative_file_arguments_work(self):
        # The source needs -DWITH_CATCH to have its empty handler: the finding proves the
        # database's flags were used. The command names the file relative to its directory
        # while "file" is absolute, as some generators write it.
        self.write("src/lib.cpp", "void f() {\n#ifdef WITH_CATCH\n  try { throw 1; } catch (...) {}\n#endif\n}\n")
        src = os.path.join(self.tmp, "src")
        self.write("out/db/compile_commands.json", json.dumps([{
            "directory": src, "file": os.path.join(src, "lib.cpp"),
            "arguments": ["clang++-19", "-std=c++20", "-DWITH_CATCH", "-c", "lib.cpp"]}]))
        result = self.tenet("check", "--isolated", "--select", "CXE001", "-p", "out/db", "src/lib.cpp")
        self.assertEqual(result.findings(), [("src/lib.cpp", 3, "CXE001")], result.out + result.err)
        self.assertNotIn("no compile_commands.json", result.err)
        # Without -p the database is not found (out/db is neither an ancestor nor build/).
        self.assertEqual(self.tenet("check", "--isolated", "--select", "CXE001", "src/lib.cpp").findings(), [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
