"""Code review mode: --diff-base on changed lines, baselines that survive edits and moves.

Every test works in a scratch git repository. Git's configuration is given to each git
(and tenet) subprocess through ``env=``; nothing here changes this process's environment.
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import unittest

from tenet_e2e import SOURCE_DIR, TENET, TenetTestCase

GIT_CONFIG = "[user]\n\tname = tenet test\n\temail = test@example.invalid\n[init]\n\tdefaultBranch = main\n"
VALIDATE_SARIF = os.path.join(SOURCE_DIR, "tests", "sarif", "validate.sh")

# What the branch of the scenario adds: one undocumented function (D103) whose
# handler is a bare `except:` (E722). The handler returns a value, so no handler rule
# beyond E722 applies, and the default rule set reports exactly these two.
NEW_FUNCTION = (
    "\n"
    "def brand_new(path):\n"
    "    try:\n"
    "        with open(path, encoding=\"utf-8\") as handle:\n"
    "            return handle.read()\n"
    "    except:\n"
    "        return \"\"\n"
)

MONEY_GOOGLE = '''"""Money."""


class InsufficientFunds(Exception):
    """Not enough money."""


class AccountClosed(Exception):
    """The account is closed."""


def withdraw(account, amount):
    """Take money from an account.

    Args:
        account: The account.
        amount: How much to take.

    Raises:
        InsufficientFunds: When the balance is lower than `amount`.

    """
    if amount > account.balance:
        raise InsufficientFunds(amount)
    account.balance -= amount
'''

MONEY_SPHINX = '''"""Money."""


class InsufficientFunds(Exception):
    """Not enough money."""


class AccountClosed(Exception):
    """The account is closed."""


def withdraw(account, amount):
    """Take money from an account.

    :param account: The account.
    :param amount: How much to take.
    :raises InsufficientFunds: When the balance is lower than `amount`.
    """
    if amount > account.balance:
        raise InsufficientFunds(amount)
    account.balance -= amount
'''

NEW_RAISE = "    if account.closed:\n        raise AccountClosed(account)\n"


def legacy_module(functions=20):
    """Return a module with *functions* undocumented public functions (one D103 each)."""
    body = '"""Legacy module."""\n\n'
    for i in range(functions):
        body += f"\ndef legacy_{i}(x):\n    return x + {i}\n\n"
    return body


def shallow_clone_recipe():
    """Return the commands of the `shallow-clone` snippet of docs/guide/code-review.md, split into words."""
    with open(os.path.join(SOURCE_DIR, "docs", "guide", "code-review.md"), encoding="utf-8") as handle:
        guide = handle.read()
    block = re.search(r"^<!-- snippet: shallow-clone -->\n```sh\n(.*?)^```", guide, re.M | re.S)
    assert block, "docs/guide/code-review.md has no shallow-clone snippet"
    commands = [shlex.split(line) for line in block.group(1).splitlines() if line.strip()]
    assert [words[0] for words in commands] == ["git", "tenet"], commands
    return commands


def line_of(text, needle):
    """Return the 1-based number of the first line of *text* that contains *needle*."""
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)


class GitRepoCase(TenetTestCase):
    """A scratch git repository on branch `main`, with git configured through env= only."""

    def setUp(self):
        super().setUp()
        # Git's configuration lives outside the repository, and reaches git only through env=.
        config_dir = tempfile.mkdtemp(prefix="tenet-e2e-gitconfig-")
        self.addCleanup(shutil.rmtree, config_dir, True)
        config = os.path.join(config_dir, "gitconfig")
        with open(config, "w", encoding="utf-8") as handle:
            handle.write(GIT_CONFIG)
        self.env = dict(os.environ, GIT_CONFIG_GLOBAL=config, GIT_CONFIG_NOSYSTEM="1")
        for variable in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
            self.env.pop(variable, None)
        self.git("init", "-q")

    def git(self, *args, cwd=None):
        return subprocess.run(["git", *args], cwd=cwd or self.tmp, env=self.env, check=True,
                              capture_output=True, text=True).stdout

    def run_tenet(self, *args, cwd=None):
        return self.tenet(*args, cwd=cwd, env=self.env)

    def check(self, *args, cwd=None):
        return self.run_tenet("check", "--isolated", "--select", "D1", *args, ".", cwd=cwd)

    def check_default(self, *args, cwd=None):
        """`tenet check` with the default rule set (no configuration file)."""
        return self.run_tenet("check", "--isolated", *args, ".", cwd=cwd)

    def read(self, relative):
        with open(os.path.join(self.tmp, relative), encoding="utf-8") as handle:
            return handle.read()

    def append(self, relative, text):
        with open(os.path.join(self.tmp, relative), "a", encoding="utf-8") as handle:
            handle.write(text)

    def replace(self, relative, old, new):
        text = self.read(relative)
        self.assertIn(old, text)
        self.write(relative, text.replace(old, new, 1))

    def sarif_results(self, name):
        with open(os.path.join(self.tmp, name), encoding="utf-8") as handle:
            return json.load(handle)["runs"][0]["results"]



class ReviewMode(GitRepoCase):
    """Python: the issue's scenarios on a module with 20 old findings."""

    def setUp(self):
        super().setUp()
        self.write(".gitignore", "*.json\n*.sarif\n")
        self.write("app/legacy.py", legacy_module())
        self.git("add", "-A")
        self.git("commit", "-qm", "legacy")
        self.git("checkout", "-qb", "feature")

    # ---- --diff-base ------------------------------------------------------------------

    def test_branch_adding_two_findings_reports_exactly_those(self):
        """The issue's scenario: --diff-base and a baseline report only the branch's findings.

        20 old findings, a branch adding one undocumented function and one bare `except`;
        --diff-base main reports those 2, a baseline taken on the branch then reports 0.
        """
        before = self.check_default()
        self.assertEqual(before.codes(), ["D103"] * 20, before.out)

        self.append("app/legacy.py", NEW_FUNCTION)
        text = self.read("app/legacy.py")
        expected = [("app/legacy.py", line_of(text, "def brand_new"), "D103"),
                    ("app/legacy.py", line_of(text, "except:"), "E722")]
        self.assertEqual(len(self.check_default().findings()), 22)

        # In the work tree, uncommitted.
        result = self.check_default("--diff-base", "main")
        self.assertEqual((result.code, sorted(result.findings())), (1, expected), result.out + result.err)
        # Committed on the branch: the same two.
        self.git("commit", "-qam", "feature work")
        result = self.check_default("--diff-base", "main")
        self.assertEqual((result.code, sorted(result.findings())), (1, expected), result.out + result.err)
        # Against the branch itself, nothing changed.
        result = self.check_default("--diff-base", "HEAD")
        self.assertEqual((result.code, result.findings()), (0, []), result.out + result.err)

        # A baseline taken on the branch: nothing is new any more, with or without --diff-base.
        taken = self.run_tenet("baseline", "--isolated", "-o", "tenet-baseline.json", ".")
        self.assertEqual(taken.code, 0, taken.err)
        with open(os.path.join(self.tmp, "tenet-baseline.json"), encoding="utf-8") as handle:
            self.assertEqual(sum(entry["count"] for entry in json.load(handle)["findings"]), 22)
        for extra in ([], ["--diff-base", "main"]):
            with self.subTest(extra=extra):
                result = self.check_default("--baseline", "tenet-baseline.json", *extra)
                self.assertEqual((result.code, result.findings()), (0, []), result.out + result.err)

    def test_diff_base_reports_only_new_findings(self):
        self.assertEqual(len(self.check().findings()), 20)
        self.append("app/legacy.py", "\ndef brand_new(x):\n    return x\n\n\nclass AlsoNew:\n    pass\n")
        result = self.check("--diff-base", "main")
        self.assertEqual(result.code, 1)
        self.assertEqual(result.codes(), ["D101", "D103"], result.out)
        # Committed, staged or not: the same two.
        self.git("commit", "-qam", "feature work")
        self.assertEqual(len(self.check("--diff-base", "main").findings()), 2)
        # An untracked new file counts whole.
        self.write("app/fresh.py", "def fresh():\n    pass\n")
        self.assertEqual(len(self.check("--diff-base", "main").findings()), 4)  # D100 + D103 in fresh.py

    def test_new_raise_reports_the_unchanged_docstring(self):
        """A new `raise` makes an old docstring's Raises section incomplete.

        DOC501 is reported at the docstring, whose lines did not change, because its trigger did.
        """
        for style, module in (("google", MONEY_GOOGLE), ("sphinx", MONEY_SPHINX)):
            with self.subTest(style=style):
                path = f"app/money_{style}.py"
                self.write(path, module)
                self.git("add", "-A")
                self.git("commit", "-qm", f"money ({style})")
                base = self.git("rev-parse", "HEAD").strip()
                clean = self.run_tenet("check", "--isolated", "--select", "DOC5", path)
                self.assertEqual((clean.code, clean.findings()), (0, []), clean.out + clean.err)

                self.replace(path, "    if amount > account.balance:\n", NEW_RAISE + "    if amount > account.balance:\n")
                text = self.read(path)
                docstring_line = line_of(text, '"""Take money')
                result = self.run_tenet("check", "--isolated", "--select", "DOC5", "--diff-base", base, path)
                self.assertEqual((result.code, result.findings()), (1, [(path, docstring_line, "DOC501")]),
                                 result.out + result.err)
                self.assertIn("`AccountClosed`", result.out)
                # The docstring's own lines are unchanged: only the raise is in the diff.
                changed = self.git("diff", "-U0", base, "--", path)
                self.assertNotIn('"""', "".join(line for line in changed.splitlines() if line.startswith("+")))
                self.git("commit", "-qam", f"closed accounts ({style})")

    def test_editing_the_docstring_reports_its_finding(self):
        """Deleting the Raises entry inside an old docstring reports DOC501.

        It is reported at the docstring's first line, which did not change, because a line of
        the docstring did.
        """
        path = "app/money.py"
        self.write(path, MONEY_GOOGLE)
        self.git("add", "-A")
        self.git("commit", "-qm", "money")
        base = self.git("rev-parse", "HEAD").strip()
        self.replace(path, "    Raises:\n        InsufficientFunds: When the balance is lower than `amount`.\n",
                     "    Returns:\n        Nothing.\n")
        docstring_line = line_of(self.read(path), '"""Take money')
        result = self.run_tenet("check", "--isolated", "--select", "DOC5", "--diff-base", base, path)
        self.assertEqual([(line, code) for _, line, code in result.findings()], [(docstring_line, "DOC501")],
                         result.out + result.err)
        # A change outside the docstring and the function keeps the old finding out.
        self.git("commit", "-qam", "drop the Raises entry")
        self.append(path, "\n\nLIMIT = 10\n")
        result = self.run_tenet("check", "--isolated", "--select", "DOC5", "--diff-base", "HEAD", path)
        self.assertEqual((result.code, result.findings()), (0, []), result.out + result.err)

    def test_renamed_file_keeps_its_history(self):
        self.git("mv", "app/legacy.py", "app/renamed.py")
        result = self.check("--diff-base", "main")
        self.assertEqual((result.code, result.findings()), (0, []), result.out + result.err)
        self.git("commit", "-qm", "rename")
        result = self.check("--diff-base", "main")
        self.assertEqual((result.code, result.findings()), (0, []), result.out + result.err)
        # Renamed and edited: only the edit is new.
        self.append("app/renamed.py", "\ndef added(x):\n    return x\n")
        self.git("commit", "-qam", "edit")
        result = self.check("--diff-base", "main")
        self.assertEqual([(path, code) for path, _, code in result.findings()], [("app/renamed.py", "D103")],
                         result.out)

    def test_missing_revision_is_a_one_line_error(self):
        result = self.check("--diff-base", "no-such-branch")
        self.assertEqual(result.code, 2)
        self.assertIn("not found", result.err)
        self.assertIn("shallow", result.err)
        self.assertEqual(len(result.err.strip().splitlines()), 1)

    def test_shallow_clone(self):
        """In a shallow CI clone of the branch the base is missing: exit 2 with a hint.

        The hint is one line that says what to do; once the base is fetched, --diff-base works.
        """
        self.append("app/legacy.py", NEW_FUNCTION)
        self.git("commit", "-qam", "feature work")
        self.git("checkout", "-q", "main")
        self.append("app/legacy.py", "\nLATER = 1\n")  # main moves on after the branch point
        self.git("commit", "-qam", "main moves on")
        self.git("checkout", "-q", "feature")

        clone = os.path.join(self.tmp, "ci-clone")
        self.git("clone", "-q", "--depth", "1", "--branch", "feature", "file://" + self.tmp, clone)
        self.assertEqual(self.git("rev-parse", "--is-shallow-repository", cwd=clone).strip(), "true")
        for revision in ("main", "origin/main"):
            with self.subTest(revision=revision):
                result = self.check_default("--diff-base", revision, cwd=clone)
                self.assertEqual(result.code, 2, result.out + result.err)
                self.assertEqual(result.out, "")
                lines = result.err.strip().splitlines()
                self.assertEqual(len(lines), 1, result.err)
                self.assertIn(revision, lines[0])
                self.assertIn("shallow", lines[0])

        # The base fetched, but with too little history to meet the branch: still one line.
        self.git("fetch", "-q", "--depth=1", "origin", "main:refs/remotes/origin/main", cwd=clone)
        result = self.check_default("--diff-base", "origin/main", cwd=clone)
        self.assertEqual(result.code, 2, result.out + result.err)
        self.assertEqual(len(result.err.strip().splitlines()), 1, result.err)
        self.assertIn("merge base", result.err)
        self.assertIn("shallow", result.err)

        # The recipe of docs/guide/code-review.md: the two new findings, as in the full repository.
        fetch, check = shallow_clone_recipe()
        subprocess.run(fetch, cwd=clone, env=self.env, check=True, capture_output=True)
        self.assertEqual(check[:2], ["tenet", "check"])
        result = self.run_tenet(*check[1:], "--isolated", cwd=clone)
        self.assertEqual((result.code, result.codes()), (1, ["D103", "E722"]), result.out + result.err)

    # ---- baselines ----------------------------------------------------------------------

    def test_baseline_survives_edits_above_and_moves(self):
        baseline = self.run_tenet("baseline", "--isolated", "--select", "D1", "-o", "tenet-baseline.json", ".")
        self.assertEqual(baseline.code, 0, baseline.err)
        with open(os.path.join(self.tmp, "tenet-baseline.json"), encoding="utf-8") as handle:
            self.assertEqual(sum(entry["count"] for entry in json.load(handle)["findings"]), 20)
        self.assertEqual(self.check("--baseline", "tenet-baseline.json").code, 0)

        # 30 lines inserted above every old finding.
        padding = "".join(f"CONSTANT_{i} = {i}\n" for i in range(30))
        self.replace("app/legacy.py", '"""Legacy module."""\n', '"""Legacy module."""\n' + padding)
        self.assertEqual(len(self.check().findings()), 20)
        result = self.check("--baseline", "tenet-baseline.json")
        self.assertEqual((result.code, result.findings()), (0, []), result.out)
        self.assertNotIn("baseline entr", result.out)  # nothing stale either

        self.git("add", "-A")
        self.git("commit", "-qm", "pad")
        self.git("mv", "app/legacy.py", "app/moved.py")
        result = self.check("--baseline", "tenet-baseline.json")
        self.assertEqual((result.code, result.findings()), (0, []), result.out)
        self.assertNotIn("baseline entr", result.out)

        # A new function in the moved file is new.
        self.append("app/moved.py", "\ndef new_one(x):\n    return x\n")
        result = self.check("--baseline", "tenet-baseline.json")
        self.assertEqual(result.codes(), ["D103"])

    def test_second_identical_finding_in_the_same_function_is_new(self):
        self.write("app/handlers.py", '"""Handlers."""\n\n\ndef load(path):\n    """Load a file."""\n'
                                      "    try:\n        return open(path).read()\n    except:\n        return \"\"\n")
        taken = self.run_tenet("baseline", "--isolated", "--select", "E722", "-o", "b.json", ".")
        self.assertEqual(taken.code, 0, taken.err)
        # A second bare `except` in `load`: same rule, same symbol, same message.
        self.replace("app/handlers.py", '    """Load a file."""\n',
                     '    """Load a file."""\n    try:\n        open(path + ".lock").close()\n'
                     '    except:\n        return ""\n')
        result = self.run_tenet("check", "--isolated", "--select", "E722", "--baseline", "b.json", ".")
        self.assertEqual((result.code, result.codes()), (1, ["E722"]), result.out)
        self.assertNotIn("baseline entr", result.out)
        result = self.run_tenet("check", "--isolated", "--select", "E722", "--baseline", "b.json",
                                "--show-baseline", "--format", "sarif", "-o", "dup.sarif", ".")
        states = sorted(r.get("baselineState") for r in self.sarif_results("dup.sarif"))
        self.assertEqual(states, ["new", "unchanged"])

    def test_stale_entries_are_reported_in_the_summary(self):
        self.run_tenet("baseline", "--isolated", "--select", "D1", "-o", "b.json", ".")
        for i in (3, 7):
            self.replace("app/legacy.py", f"def legacy_{i}(x):\n", f'def legacy_{i}(x):\n    """Now documented."""\n')
        result = self.check("--baseline", "b.json")
        self.assertEqual((result.code, result.findings()), (0, []), result.out)
        self.assertIn("2 baseline entries no longer match any finding.", result.out)
        self.replace("app/legacy.py", "def legacy_9(x):\n", 'def legacy_9(x):\n    """Now documented."""\n')
        self.assertIn("3 baseline entries no longer match any finding.", self.check("--baseline", "b.json").out)

    def test_fix_with_baseline_keeps_every_entry(self):
        """--fix fixes a baselined finding, but never rewrites the baseline.

        The entry it fixed is reported as stale.
        """
        self.write("app/fixable.py", '"""Fixable."""\n\n\ndef f(x):\n    """   Return x.   """\n    return x\n')
        taken = self.run_tenet("baseline", "--isolated", "--select", "D1,D210", "-o", "b.json", ".")
        self.assertEqual(taken.code, 0, taken.err)
        before = self.read("b.json")
        self.assertIn('"D210"', before)

        result = self.run_tenet("check", "--isolated", "--select", "D1,D210", "--fix", "--baseline", "b.json", ".")
        self.assertEqual((result.code, result.findings()), (0, []), result.out + result.err)
        self.assertIn('"""Return x."""', self.read("app/fixable.py"))
        self.assertIn("Fixed 1 finding.", result.out)
        self.assertIn("1 baseline entry no longer matches any finding.", result.out)
        self.assertEqual(self.read("b.json"), before, "--fix changed the baseline file")
        # Later runs keep saying so until the baseline is regenerated.
        again = self.check("--baseline", "b.json")
        self.assertIn("1 baseline entry no longer matches any finding.", again.out)

    def test_baseline_state_in_sarif(self):
        self.run_tenet("baseline", "--isolated", "--select", "D1", "-o", "b.json", ".")
        # One new finding: every result is new or unchanged, and the log passes the validator.
        self.append("app/legacy.py", "\ndef brand_new(x):\n    return x\n")
        result = self.check("--baseline", "b.json", "--show-baseline", "--format", "sarif", "-o", "out.sarif")
        self.assertEqual(result.code, 1, result.err)
        states = [r.get("baselineState") for r in self.sarif_results("out.sarif")]
        self.assertEqual((states.count("unchanged"), states.count("new"), len(states)), (20, 1, 21))
        self.validate_sarif("out.sarif")
        # Without --show-baseline only the new finding is in the log.
        self.check("--baseline", "b.json", "--format", "sarif", "-o", "new-only.sarif")
        self.assertEqual([r.get("baselineState") for r in self.sarif_results("new-only.sarif")], ["new"])

        # One old finding fixed: it is `absent`.
        self.replace("app/legacy.py", "def legacy_0(x):\n", 'def legacy_0(x):\n    """Now documented."""\n')
        result = self.check("--baseline", "b.json", "--show-baseline", "--format", "sarif", "-o", "out.sarif")
        self.assertEqual(result.code, 1, result.err)
        states = [r.get("baselineState") for r in self.sarif_results("out.sarif")]
        self.assertEqual((states.count("unchanged"), states.count("new"), states.count("absent")), (19, 1, 1))
        absent = next(r for r in self.sarif_results("out.sarif") if r.get("baselineState") == "absent")
        # Baselines record no lines: the file's first line, the symbol it belonged to, no line hash.
        self.assertEqual(absent["locations"][0]["physicalLocation"]["region"]["startLine"], 1)
        self.assertNotIn("primaryLocationLineHash", absent.get("partialFingerprints", {}))
        self.assertEqual(absent["locations"][0]["logicalLocations"][0]["fullyQualifiedName"], "legacy_0")
        self.validate_sarif("out.sarif")
        text_run = self.check("--baseline", "b.json")
        self.assertEqual(text_run.codes(), ["D103"])
        self.assertIn("1 baseline entry no longer matches any finding.", text_run.out)

    def validate_sarif(self, name):
        completed = subprocess.run(["bash", VALIDATE_SARIF, os.path.join(self.tmp, name), "--srcroot", self.tmp],
                                   capture_output=True, text=True, check=False, timeout=600)
        if completed.returncode == 2:
            self.skipTest(f"SARIF validator not set up: {completed.stderr.strip()}")
        self.assertEqual(completed.returncode, 0, completed.stdout + completed.stderr)

    def test_bad_baseline_file(self):
        self.write("broken.json", "{ nope")
        result = self.check("--baseline", "broken.json")
        self.assertEqual(result.code, 2)
        self.assertIn("broken.json", result.err)


# ---- C++: a header changed is seen through the translation unit that includes it ----------

def has_cpp_engine():
    """Whether this tenet was built with the C++ engine (`tenet rules` lists CX codes)."""
    if not TENET or not os.path.exists(TENET):
        return False
    listing = subprocess.run([TENET, "rules"], capture_output=True, text=True, check=False).stdout
    return any(line.startswith("CX") for line in listing.splitlines()) and \
        os.access(os.path.join(os.path.dirname(TENET), "tenet-cpp"), os.X_OK)


@unittest.skipUnless(has_cpp_engine(), "tenet was built without the C++ engine")
class ReviewModeCpp(GitRepoCase):
    """A header changed on the branch: its finding, found through the TU, is reported."""

    HEADER = "#pragma once\n\n/// Returns \\p value doubled.\n/// \\param value The value.\n" \
             "/// \\return Twice the value.\ndouble twice(double value);\n"
    SOURCE = '#include "shapes.h"\n\ndouble twice(double value) { return 2 * value; }\n'

    def setUp(self):
        super().setUp()
        self.write("include/shapes.h", self.HEADER)
        self.write("src/shapes.cpp", self.SOURCE)
        database = [{"directory": self.tmp, "file": os.path.join(self.tmp, "src/shapes.cpp"),
                     "arguments": ["clang++-19", "-std=c++20", "-I" + os.path.join(self.tmp, "include"),
                                   "-c", os.path.join(self.tmp, "src/shapes.cpp")]}]
        self.write("build/compile_commands.json", json.dumps(database))
        self.write("tenet.toml", 'select = ["CX"]\n[cpp]\ncompile-commands = "build/compile_commands.json"\n')
        self.git("add", "-A")
        self.git("commit", "-qm", "C++ library")
        self.git("checkout", "-qb", "feature")

    def cpp_check(self, *args):
        return self.run_tenet("check", *args, "include", "src")

    def test_changed_header_is_reported(self):
        clean = self.cpp_check()
        self.assertEqual((clean.code, clean.findings()), (0, []), clean.out + clean.err)
        self.append("include/shapes.h", "\ndouble halve(double value);\n")
        self.append("src/shapes.cpp", "\ndouble halve(double value) { return value / 2; }\n")
        line = line_of(self.read("include/shapes.h"), "halve")
        # The header has no compile command of its own: it is checked through src/shapes.cpp.
        result = self.cpp_check("--diff-base", "main")
        self.assertEqual((result.code, result.findings()), (1, [("include/shapes.h", line, "CXD100")]),
                         result.out + result.err)
        self.git("commit", "-qam", "halve")
        result = self.cpp_check("--diff-base", "main")
        self.assertEqual(result.findings(), [("include/shapes.h", line, "CXD100")], result.out + result.err)
        self.assertEqual(self.cpp_check("--diff-base", "HEAD").findings(), [])


def compile_database(root, sources, include="include"):
    """Return compile_commands.json text naming *sources* only, compiled by clang++-19 with -I *include*."""
    return json.dumps([{"directory": root, "file": os.path.join(root, source),
                        "arguments": ["clang++-19", "-std=c++20", "-I" + os.path.join(root, include),
                                      "-c", os.path.join(root, source)]} for source in sources])


@unittest.skipUnless(has_cpp_engine(), "tenet was built without the C++ engine")
class ReviewModeCppTriggers(GitRepoCase):
    """C++ findings whose trigger is in another file, and headers reached through a TU only.

    The compile database names the .cpp files only, as CMake writes it.
    """

    API_H = ("#pragma once\n\n#include <string>\n\n"
             "/// Reads a port number.\n"
             "/// \\param text The digits.\n"
             "/// \\return The port.\n"
             "/// \\throws std::invalid_argument When \\p text is empty.\n"
             "int parse_port(const std::string& text);\n\n"
             "/// Adds two ports' offsets.\n"
             "/// \\param base The first offset.\n"
             "/// \\param extra The second offset.\n"
             "/// \\return Their sum.\n"
             "int add_offsets(int base, int extra);\n")
    API_CPP = ('#include "api.h"\n\n#include <stdexcept>\n\n'
               "int parse_port(const std::string& text) {\n"
               '  if (text.empty()) throw std::invalid_argument("empty port");\n'
               "  return static_cast<int>(text.size());\n"
               "}\n")
    # The header relies on its unit: SHAPES_API is defined by src/shapes.cpp before the
    # #include, so the header compiles only as part of that unit. `legacy` has no doc
    # comment on the base branch already (an old CXD100).
    SHAPES_H = ("#pragma once\n\n"
                "/// Returns \\p value doubled.\n/// \\param value The value.\n/// \\return Twice the value.\n"
                "SHAPES_API double twice(double value);\n\n"
                "SHAPES_API int legacy(int value);\n")
    SHAPES_CPP = ('#define SHAPES_API extern\n#include "shapes.h"\n\n'
                  "double twice(double value) { return 2 * value; }\n\n"
                  "int legacy(int value) { return value; }\n")
    # Another unit including the header, first by name: through it the header declares
    # nothing public. A header named alone is checked through its own unit, shapes.cpp.
    APP_CPP = '#define SHAPES_API static\n#include "shapes.h"\n'

    def setUp(self):
        super().setUp()
        self.write(".gitignore", "*.sarif\n")
        self.write("include/api.h", self.API_H)
        self.write("src/api.cpp", self.API_CPP)
        self.write("include/shapes.h", self.SHAPES_H)
        self.write("src/shapes.cpp", self.SHAPES_CPP)
        self.write("src/app.cpp", self.APP_CPP)
        self.write("build/compile_commands.json",
                   compile_database(self.tmp, ["src/api.cpp", "src/app.cpp", "src/shapes.cpp"]))
        self.write("tenet.toml", 'select = ["CXD"]\n[cpp]\ncompile-commands = "build/compile_commands.json"\n')
        self.git("add", "-A")
        self.git("commit", "-qm", "C++ library")
        self.git("checkout", "-qb", "feature")

    def review(self, *paths, base="main", fmt=()):
        return self.run_tenet("check", *fmt, "--diff-base", base, *(paths or ("include", "src")))

    def test_base_has_only_the_legacy_finding(self):
        result = self.run_tenet("check", "include", "src")
        self.assertEqual((result.code, result.findings()),
                         (1, [("include/shapes.h", line_of(self.SHAPES_H, "legacy"), "CXD100")]),
                         result.out + result.err)
        self.assertEqual(self.review().findings(), [])

    def test_deleted_throws_line_in_header_reports_the_unchanged_throw(self):
        """The issue's case: only the header changed; CXD231 is reported at the throw in the .cpp."""
        self.replace("include/api.h", "/// \\throws std::invalid_argument When \\p text is empty.\n", "")
        throw_line = line_of(self.API_CPP, "throw std::invalid_argument")
        expected = [("src/api.cpp", throw_line, "CXD231")]
        full = self.run_tenet("check", "include", "src")
        self.assertIn(expected[0], full.findings(), full.out + full.err)
        # The .cpp did not change: without the header's trigger the finding would be dropped.
        self.assertEqual(self.git("diff", "--name-only", "main"), "include/api.h\n")
        for paths in (("include", "src"), ("src",), ("src/api.cpp",)):
            with self.subTest(paths=paths):
                result = self.review(*paths)
                self.assertEqual((result.code, result.findings()), (1, expected), result.out + result.err)
                self.assertIn("`std::invalid_argument`", result.out)
        self.git("commit", "-qam", "undocument the throw")
        self.assertEqual(self.review().findings(), expected)
        # An unrelated change to the header later on leaves the finding old.
        self.append("include/api.h", "\n/// The default port.\ninline constexpr int kDefaultPort = 80;\n")
        result = self.review(base="HEAD")
        self.assertEqual((result.code, result.findings()), (0, []), result.out + result.err)

    def test_deleted_param_line_reports_the_unchanged_parameter(self):
        """CXD201's trigger is the whole doc comment: a parameter's line deleted inside it counts.

        The deletion marks the comment lines around it, not the declaration's line, where
        the finding is reported.
        """
        self.replace("include/api.h", "/// \\param base The first offset.\n", "")
        line = line_of(self.read("include/api.h"), "int add_offsets")
        result = self.review()
        self.assertEqual((result.code, result.findings()), (1, [("include/api.h", line, "CXD201")]),
                         result.out + result.err)
        self.assertIn("`base`", result.out)

    def test_new_throw_against_an_old_header_doc_is_reported(self):
        """The other way round: a new throw in the .cpp, the header's doc comment unchanged."""
        self.replace("src/api.cpp", "  return static_cast<int>",
                     '  if (text.size() > 5) throw std::out_of_range("long port");\n  return static_cast<int>')
        line = line_of(self.read("src/api.cpp"), "std::out_of_range")
        result = self.review()
        self.assertEqual((result.code, result.findings()), (1, [("src/api.cpp", line, "CXD231")]),
                         result.out + result.err)
        self.assertIn("`std::out_of_range`", result.out)

    def test_header_changed_alone_is_checked_through_its_unit(self):
        """Only the header changed, only the .cpp is in the database: its new finding, not its old one."""
        self.append("include/shapes.h", "\nSHAPES_API double halve(double value);\n")
        expected = [("include/shapes.h", line_of(self.read("include/shapes.h"), "halve"), "CXD100")]
        # Named: both directories, the .cpp alone (the header joins as changed), the header alone
        # (compiled through src/shapes.cpp, which defines SHAPES_API: alone it does not compile).
        for paths in (("include", "src"), ("src",), ("src/shapes.cpp",), ("include/shapes.h",)):
            with self.subTest(paths=paths):
                result = self.review(*paths)
                self.assertEqual((result.code, result.findings()), (1, expected), result.out + result.err)
        # Without --diff-base the header named alone is compiled through its unit too: no
        # TNT003 for a failed compile, and both of its findings.
        alone = self.run_tenet("check", "--select", "CXD,TNT", "include/shapes.h")
        self.assertEqual(sorted(alone.findings()),
                         sorted(expected + [("include/shapes.h", line_of(self.SHAPES_H, "legacy"), "CXD100")]),
                         alone.out + alone.err)
        # Python alone starts no C++ check, changed header or not.
        self.write("tool.py", '"""Tool."""\n')
        python_only = self.review("tool.py")
        self.assertEqual((python_only.code, python_only.findings()), (0, []), python_only.out + python_only.err)

    def test_sarif_carries_the_cross_file_finding(self):
        """The same review in SARIF: exactly the CXD231 result, at the throw; the log validates."""
        self.replace("include/api.h", "/// \\throws std::invalid_argument When \\p text is empty.\n", "")
        self.append("include/shapes.h", "\nSHAPES_API double halve(double value);\n")
        result = self.review("src", fmt=("--format", "sarif", "-o", "review.sarif"))
        self.assertEqual(result.code, 1, result.out + result.err)
        found = sorted((r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                        r["locations"][0]["physicalLocation"]["region"]["startLine"])
                       for r in self.sarif_results("review.sarif"))
        self.assertEqual(found, [("CXD100", "include/shapes.h", line_of(self.read("include/shapes.h"), "halve")),
                                 ("CXD231", "src/api.cpp", line_of(self.API_CPP, "throw std::invalid_argument"))])
        # The CXD231 result points at what changed: the header's doc comment and declaration.
        thrown = next(r for r in self.sarif_results("review.sarif") if r["ruleId"] == "CXD231")
        header = self.read("include/api.h")
        places = [(p["physicalLocation"]["artifactLocation"], p["physicalLocation"]["region"])
                  for p in thrown["relatedLocations"]]
        # Whole lines: from the first line's start to the start of the line after the last.
        comment = (line_of(header, "/// Reads a port"), line_of(header, "\\return The port."))
        declaration = line_of(header, "int parse_port")
        self.assertEqual(places, [
            ({"uri": "include/api.h", "uriBaseId": "%SRCROOT%"},
             {"startLine": comment[0], "startColumn": 1, "endLine": comment[1] + 1, "endColumn": 1}),
            ({"uri": "include/api.h", "uriBaseId": "%SRCROOT%"},
             {"startLine": declaration, "startColumn": 1, "endLine": declaration + 1, "endColumn": 1}),
        ])
        shapes = next(r for r in self.sarif_results("review.sarif") if r["ruleId"] == "CXD100")
        self.assertNotIn("relatedLocations", shapes)
        completed = subprocess.run(["bash", VALIDATE_SARIF, os.path.join(self.tmp, "review.sarif"),
                                    "--srcroot", self.tmp], capture_output=True, text=True, check=False, timeout=600)
        if completed.returncode == 2:
            self.skipTest(f"SARIF validator not set up: {completed.stderr.strip()}")
        self.assertEqual(completed.returncode, 0, completed.stdout + completed.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
