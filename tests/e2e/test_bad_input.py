"""Bad input never crashes tenet or loses other files' results (DESIGN.md section 10)."""

import os
import unittest

from tenet_e2e import TenetTestCase

UNDOCUMENTED = 'def area(r):\n    return 3.14 * r * r\n'


class BadInput(TenetTestCase):
    def check_with_witness(self, *extra_args):
        """Check the scratch tree, which holds witness.py with one known D103."""
        self.write("witness.py", '"""Witness."""\n\n\n' + UNDOCUMENTED)
        result = self.tenet("check", "--isolated", "--select", "D103,TNT", *extra_args, ".", timeout=300)
        self.assertNoCrash(result)
        self.assertIn(("witness.py", 4, "D103"), result.findings(), "other files must still be checked")
        return result

    def test_syntax_error_reports_tnt002_and_checks_what_parsed(self):
        self.write("broken.py", "def ok_before():\n    pass\n\ndef broken(:\n    pass\n\ndef after():\n    pass\n")
        result = self.check_with_witness()
        found = [f for f in result.findings() if f[0] == "broken.py"]
        self.assertIn(("broken.py", 4, "TNT002"), found)
        self.assertIn(("broken.py", 1, "D103"), found)
        self.assertIn(("broken.py", 7, "D103"), found)

    def test_non_utf8_and_binary_files_are_tnt003(self):
        self.write("latin1.py", b"# caf\xe9\ndef f():\n    pass\n", mode="wb")
        self.write("binary.py", b"\x7fELF\x00\x01\x02", mode="wb")
        result = self.check_with_witness()
        self.assertIn(("latin1.py", 1, "TNT003"), result.findings())
        self.assertIn(("binary.py", 1, "TNT003"), result.findings())
        self.assertIn("not valid UTF-8", result.out)

    def test_bom_crlf_tabs_and_empty_files(self):
        self.write("bom.py", b"\xef\xbb\xbfdef f():\n    pass\n", mode="wb")
        self.write("crlf.py", b"def g():\r\n    pass\r\n", mode="wb")
        self.write("tabs.py", "class C:\n\tdef m(self):\n\t\tpass\n")
        self.write("empty.py", "")
        result = self.check_with_witness("--extend-select", "D102")
        self.assertIn(("bom.py", 1, "D103"), result.findings())
        self.assertIn(("crlf.py", 1, "D103"), result.findings())
        self.assertIn(("tabs.py", 2, "D102"), result.findings())
        self.assertNotIn("TNT002", [code for path, _, code in result.findings() if path != "witness.py"])
        bom_line = next(line for line in result.out.splitlines() if line.startswith("bom.py:"))
        self.assertTrue(bom_line.startswith("bom.py:1:5: D103"), bom_line)

    def test_ten_megabyte_single_line_file(self):
        self.write("huge.py", "x = [" + "1, " * (10 * 1024 * 1024 // 3) + "]\n")
        result = self.check_with_witness()
        # 7 million tokens, over the default token limit (max-file-size / 16): refused before parsing.
        self.assertEqual([f for f in result.findings() if f[0] == "huge.py"], [("huge.py", 1, "TNT003")])
        self.assertIn("tokens", result.out)

    def test_nesting_ten_thousand_deep(self):
        depth = 10000
        self.write("deep_parens.py", "x = " + "(" * depth + "1" + ")" * depth + "\n")
        self.write("deep_lists.py", "x = " + "[" * depth + "]" * depth + "\n")
        # CPython allows 100 indentation levels; deeper blocks are a syntax error, not a crash.
        self.write("deep_blocks.py", "".join(" " * i + "if x:\n" for i in range(1000)) + " " * 1000 + "pass\n")
        self.write("deep_defs.py", "".join(" " * i + f"def f{i}():\n" for i in range(90)) + " " * 90 + "pass\n")
        result = self.check_with_witness()
        self.assertIn(("deep_defs.py", 1, "D103"), result.findings())
        self.assertEqual([f for f in result.findings() if f[0] == "deep_defs.py"], [("deep_defs.py", 1, "D103")],
                         "functions nested in functions are never public")

    def test_unreadable_file_and_directory(self):
        os.chmod(self.tmp, 0o755)
        secret = self.write("secret.py", UNDOCUMENTED)
        os.chmod(secret, 0o000)
        os.makedirs(os.path.join(self.tmp, "locked"))
        self.write("locked/inner.py", UNDOCUMENTED)
        os.chmod(os.path.join(self.tmp, "locked"), 0o000)
        self.write("witness.py", '"""Witness."""\n\n\n' + UNDOCUMENTED)
        os.chmod(os.path.join(self.tmp, "witness.py"), 0o644)
        result = self.tenet("check", "--isolated", "--select", "D103,TNT", ".", user=65534)
        self.assertNoCrash(result)
        self.assertIn(("witness.py", 4, "D103"), result.findings())
        self.assertIn(("secret.py", 1, "TNT003"), result.findings())
        self.assertIn(("locked", 1, "TNT003"), result.findings())
        os.chmod(os.path.join(self.tmp, "locked"), 0o755)

    def test_symlink_loop(self):
        os.symlink("loop_b", os.path.join(self.tmp, "loop_a"))
        os.symlink("loop_a", os.path.join(self.tmp, "loop_b"))
        os.makedirs(os.path.join(self.tmp, "dir"))
        os.symlink("..", os.path.join(self.tmp, "dir", "parent"))
        self.write("self.py", "")
        os.remove(os.path.join(self.tmp, "self.py"))
        os.symlink("self.py", os.path.join(self.tmp, "self.py"))
        result = self.check_with_witness()
        self.assertIn(("self.py", 1, "TNT003"), result.findings())

    def test_size_and_time_limits_are_findings_not_hangs(self):
        self.write("big.py", "x = 1\n" * 200)
        self.write("slow.py", "x = " + "(" * 20000 + "1" + ")" * 20000 + "\n" + "y = [" + "1, " * 400000 + "]\n")
        sized = self.check_with_witness("--config", "max-file-size=1000")
        self.assertIn(("big.py", 1, "TNT003"), sized.findings())
        self.assertIn("max-file-size", sized.out)
        timed = self.check_with_witness("--config", "parse-timeout=50")
        self.assertIn(("slow.py", 1, "TNT003"), timed.findings())
        self.assertIn("parse-timeout", timed.out)
        self.assertNotIn(("big.py", 1, "TNT003"), timed.findings())

    def test_path_outside_the_repository(self):
        outside = self.write("outside/mod.py", UNDOCUMENTED)
        project = os.path.join(self.tmp, "project")
        os.makedirs(project)
        result = self.tenet("check", "--isolated", "--select", "D103", "--format", "sarif", outside, cwd=project)
        self.assertEqual(result.code, 1, result.err)
        self.assertIn('"uri": "file://', result.out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
