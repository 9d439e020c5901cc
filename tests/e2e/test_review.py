"""Code review mode: --diff-base on changed lines, baselines that survive edits and moves."""

import json
import os
import subprocess
import unittest

from tenet_e2e import TenetTestCase


def legacy_module(functions=20):
    """A module with *functions* undocumented public functions (one D103 each)."""
    body = '"""Legacy module."""\n\n'
    for i in range(functions):
        body += f"\ndef legacy_{i}(x):\n    return x + {i}\n\n"
    return body


class ReviewMode(TenetTestCase):
    def git(self, *args, cwd=None):
        return subprocess.run(["git", *args], cwd=cwd or self.tmp, check=True, capture_output=True, text=True).stdout

    def setUp(self):
        super().setUp()
        os.environ["GIT_CONFIG_GLOBAL"] = os.path.join(self.tmp, ".gitconfig-test")
        with open(os.environ["GIT_CONFIG_GLOBAL"], "w") as handle:
            handle.write("[user]\n\tname = t\n\temail = t@example.invalid\n[init]\n\tdefaultBranch = main\n")
        self.git("init", "-q")
        self.write(".gitignore", ".gitconfig-test\n*.json\n*.sarif\n")
        self.write("app/legacy.py", legacy_module())
        self.git("add", "-A")
        self.git("commit", "-qm", "legacy")
        self.git("checkout", "-qb", "feature")

    def check(self, *args):
        return self.tenet("check", "--isolated", "--select", "D1", *args, ".")

    def test_diff_base_reports_only_new_findings(self):
        self.assertEqual(len(self.check().findings()), 20)
        with open(os.path.join(self.tmp, "app/legacy.py"), "a") as handle:
            handle.write("\ndef brand_new(x):\n    return x\n\n\nclass AlsoNew:\n    pass\n")
        result = self.check("--diff-base", "main")
        self.assertEqual(result.code, 1)
        self.assertEqual(sorted(code for _, _, code in result.findings()), ["D101", "D103"], result.out)
        # Committed, staged or not: the same two.
        self.git("commit", "-qam", "feature work")
        self.assertEqual(len(self.check("--diff-base", "main").findings()), 2)
        # An untracked new file counts whole.
        self.write("app/fresh.py", "def fresh():\n    pass\n")
        self.assertEqual(len(self.check("--diff-base", "main").findings()), 4)  # D100 + D103 in fresh.py

    def test_missing_revision_is_a_one_line_error(self):
        result = self.check("--diff-base", "no-such-branch")
        self.assertEqual(result.code, 2)
        self.assertIn("not found", result.err)
        self.assertIn("shallow", result.err)
        self.assertEqual(len(result.err.strip().splitlines()), 1)

    def test_baseline_survives_edits_above_and_moves(self):
        baseline = self.tenet("baseline", "--isolated", "--select", "D1", "-o", "tenet-baseline.json", ".")
        self.assertEqual(baseline.code, 0, baseline.err)
        with open(os.path.join(self.tmp, "tenet-baseline.json")) as handle:
            self.assertEqual(sum(entry["count"] for entry in json.load(handle)["findings"]), 20)
        self.assertEqual(self.check("--baseline", "tenet-baseline.json").code, 0)

        path = os.path.join(self.tmp, "app/legacy.py")
        with open(path) as handle:
            text = handle.read()
        padding = "".join(f"CONSTANT_{i} = {i}\n" for i in range(30))
        with open(path, "w") as handle:
            handle.write(text.replace('"""Legacy module."""\n', '"""Legacy module."""\n' + padding, 1))
        result = self.check("--baseline", "tenet-baseline.json")
        self.assertEqual((result.code, result.findings()), (0, []), result.out)

        self.git("add", "-A")
        self.git("commit", "-qm", "pad")
        self.git("mv", "app/legacy.py", "app/moved.py")
        result = self.check("--baseline", "tenet-baseline.json")
        self.assertEqual((result.code, result.findings()), (0, []), result.out)

        # A second identical finding in the same place is new: counts are kept.
        with open(os.path.join(self.tmp, "app/moved.py"), "a") as handle:
            handle.write("\ndef new_one(x):\n    return x\n")
        result = self.check("--baseline", "tenet-baseline.json")
        self.assertEqual([code for _, _, code in result.findings()], ["D103"])

    def test_baseline_state_in_sarif(self):
        self.tenet("baseline", "--isolated", "--select", "D1", "-o", "b.json", ".")
        path = os.path.join(self.tmp, "app/legacy.py")
        with open(path) as handle:
            text = handle.read()
        # One old finding fixed (absent), one new one added.
        text = text.replace("def legacy_0(x):\n", 'def legacy_0(x):\n    """Now documented."""\n')
        with open(path, "w") as handle:
            handle.write(text + "\ndef brand_new(x):\n    return x\n")
        result = self.check("--baseline", "b.json", "--show-baseline", "--format", "sarif", "-o", "out.sarif")
        self.assertEqual(result.code, 1, result.err)
        with open(os.path.join(self.tmp, "out.sarif")) as handle:
            states = [r.get("baselineState") for r in json.load(handle)["runs"][0]["results"]]
        self.assertEqual((states.count("unchanged"), states.count("new"), states.count("absent")), (19, 1, 1))
        text_run = self.check("--baseline", "b.json")
        self.assertEqual([code for _, _, code in text_run.findings()], ["D103"])
        self.assertIn("1 baseline entry no longer matches any finding.", text_run.out)

    def test_bad_baseline_file(self):
        self.write("broken.json", "{ nope")
        result = self.check("--baseline", "broken.json")
        self.assertEqual(result.code, 2)
        self.assertIn("broken.json", result.err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
