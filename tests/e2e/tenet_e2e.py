"""Shared helpers for tenet's end-to-end tests: run the real binary in scratch trees."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

TENET = os.environ.get("TENET_BINARY", "")
SOURCE_DIR = os.environ.get("TENET_SOURCE_DIR", "")
FINDING_LINE = re.compile(r"^(.+):(\d+):(\d+): ([A-Z]+[0-9]+) (.*)$")


class Result:
    """What one tenet run printed and returned."""

    def __init__(self, completed):
        self.code = completed.returncode
        self.out = completed.stdout
        self.err = completed.stderr

    def findings(self):
        """Return (path, line, code) for every finding line of text output."""
        found = []
        for line in self.out.splitlines():
            match = FINDING_LINE.match(line)
            if match:
                found.append((match.group(1), int(match.group(2)), match.group(4)))
        return found

    def codes(self):
        """Return the sorted codes of every finding."""
        return sorted(code for _, _, code in self.findings())


class TenetTestCase(unittest.TestCase):
    """A test case with a scratch directory and a way to run tenet in it."""

    def setUp(self):
        self.assertTrue(os.path.exists(TENET), f"tenet binary not found: {TENET!r}")
        self.tmp = tempfile.mkdtemp(prefix="tenet-e2e-")
        self.addCleanup(shutil.rmtree, self.tmp, True)

    def write(self, relative, content, mode="w"):
        """Create a file under the scratch directory and return its path."""
        path = os.path.join(self.tmp, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, mode) as handle:
            handle.write(content)
        return path

    def tenet(self, *args, cwd=None, env=None, timeout=120, user=None):
        """Run tenet with *args* in *cwd* (default: the scratch directory)."""
        command = [TENET, *args]
        if user is not None:
            command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
        completed = subprocess.run(
            command, cwd=cwd or self.tmp, env=env, capture_output=True, text=True,
            errors="replace", timeout=timeout, check=False)
        return Result(completed)

    def assertNoCrash(self, result):
        """Exit codes 0, 1 and 2 are tenet's; anything else (a signal) is a crash."""
        self.assertIn(result.code, (0, 1, 2), f"crashed: {result.code}\n{result.err}")
