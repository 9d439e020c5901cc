#!/usr/bin/env python3
"""Hostile input for the real `tenet check` binary (DESIGN.md section 10, issue 8).

Usage: hostile.py [--tenet PATH] [--group GROUP ...] [--list] [--keep]

The corpus is generated into a scratch directory at run time (nothing is committed as
blobs): every bad input DESIGN.md section 10 lists, a fixture truncated at every byte,
seeded random byte flips, 100,000 tiny files, a 100 MB file, brackets, strings and
f-strings nested 10,000 deep, pathological docstrings, and, when tenet was built with
the C++ engine, translation units that fail to compile.

Every tenet run is checked for: no crash (no signal, exit code 0, 1 or 2, no sanitizer
report), an exit code that agrees with the findings (1 when there are any, 0 when none;
2 only for usage and configuration errors), peak memory under the bound (measured with
wait4's ru_maxrss of the run), and its wall time. Each case then asserts the finding or
error that names the problem, and that a control file checked in the same run has the
same findings as when it is checked alone.

Standard library only. TENET_BINARY (or --tenet) names the binary; TENET_HOSTILE_MEMORY_MIB
overrides the memory bound (default 512).
"""

import argparse
import json
import logging
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time

LOG = logging.getLogger(__name__)

TENET = os.environ.get("TENET_BINARY", "")
SOURCE_DIR = os.environ.get("TENET_SOURCE_DIR", os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..")))
MEMORY_BOUND_MIB = int(os.environ.get("TENET_HOSTILE_MEMORY_MIB", "512"))
# Under AddressSanitizer (the sanitizer build) resident memory counts shadow memory and
# quarantine, and everything runs several times slower: memory is measured and printed
# but not bounded, and time limits are multiplied.
SANITIZED = os.environ.get("TENET_HOSTILE_SANITIZED") == "1"
TIME_SCALE = 4 if SANITIZED else 1
SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:", "ThreadSanitizer",
                   "terminate called", "Segmentation fault", "stack-overflow", "core dumped")

# Every rule, so that every parser and rule family sees the input; the control file's
# findings are compared under the same selection.
ALL_RULES = ("--select", "ALL")

# The control file: a few findings of several families that must come out the same
# whatever else is checked in the same run.
WITNESS = '''"""Witness module: its findings must not change whatever else is checked."""


def area(r):
    return 3.14 * r * r


def load(path):
    """returns the text of the file"""
    try:
        return open(path).read()
    except:
        pass
'''


# ---- running tenet ---------------------------------------------------------------------------


class Run:
    """One finished tenet process: exit code, output, peak memory and wall time."""

    def __init__(self, args, code, out, err, maxrss_kib, seconds, timed_out):
        self.args = args
        self.code = code
        self.out = out
        self.err = err
        self.maxrss_mib = maxrss_kib / 1024.0
        self.seconds = seconds
        self.timed_out = timed_out
        self.report = None
        self._by_path = None
        if out.lstrip().startswith("{"):
            try:
                self.report = json.loads(out)
            except json.JSONDecodeError:
                self.report = None

    def findings(self, path=None):
        """Return the JSON findings, all or those of one display path."""
        items = (self.report or {}).get("findings", [])
        if path is None:
            return items
        if self._by_path is None:
            self._by_path = {}
            for finding in items:
                self._by_path.setdefault(finding["path"], []).append(finding)
        return self._by_path.get(path, [])

    def codes(self, path):
        """Return the sorted codes of one file's findings."""
        return sorted(f["code"] for f in self.findings(path))

    def messages(self, path, code):
        """Return the messages of one file's findings with *code*."""
        return [f["message"] for f in self.findings(path) if f["code"] == code]

    def paths(self):
        """Every path with a finding."""
        return {f["path"] for f in self.findings()}

    def files_checked(self):
        return (self.report or {}).get("files_checked")


# Runs a command and writes "<exit code> <ru_maxrss KiB>" of it to argv[1]. A fresh small
# interpreter forks the command, so its peak RSS is the command's own: measured from this
# (large) process, wait4 would count this process's resident set, copied at fork/exec.
MEASURE = r"""
import os, sys
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as handle:
    handle.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}")
"""


def run_process(command, cwd, timeout, env=None):
    """Run *command*, returning (exit code, stdout, stderr, peak RSS KiB, seconds, timed out)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", prefix="tenet-hostile-rusage-") as measured:
        start = time.monotonic()
        process = subprocess.Popen([sys.executable, "-S", "-c", MEASURE, measured.name, *command], cwd=cwd,
                                   stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env, start_new_session=True)
        timed_out = False
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(process.pid, 9)
            process.wait()
        seconds = time.monotonic() - start
        fields = measured.read().split()
        code, rss = (int(fields[0]), int(fields[1])) if len(fields) == 2 else (-9 if timed_out else 125, 0)
        out.seek(0)
        err.seek(0)
        return (code, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"), rss, seconds,
                timed_out)


_witness_cache = {}


def witness_alone(rule_args):
    """Return the control file's findings when it is checked alone with *rule_args*."""
    key = tuple(rule_args)
    if key not in _witness_cache:
        scratch = tempfile.mkdtemp(prefix="tenet-hostile-witness-")
        try:
            with open(os.path.join(scratch, "witness.py"), "w", encoding="utf-8") as handle:
                handle.write(WITNESS)
            code, out, err, _, _, _ = run_process(
                [TENET, "check", "--isolated", "--format", "json", *rule_args, "witness.py"], scratch, 120)
            report = json.loads(out)
            _witness_cache[key] = [project(f) for f in report["findings"]]
            if code != 1 or not _witness_cache[key]:
                raise RuntimeError(f"the control file alone: exit {code}, findings {report['findings']}: {err}")
        finally:
            shutil.rmtree(scratch, True)
    return _witness_cache[key]


def project(finding):
    """What must not change about a finding between runs."""
    return (finding["code"], finding["message"], finding["start"]["line"], finding["start"]["column"],
            finding["end"]["line"], finding["end"]["column"], finding.get("symbol"), finding.get("suppressed"))


# ---- cases -----------------------------------------------------------------------------------


class CaseFailure(Exception):
    pass


class CaseSkipped(Exception):
    pass


class Case:
    """One hostile input: a scratch directory, tenet runs on it, and its assertions."""

    def __init__(self, name, root):
        self.name = name
        self.dir = os.path.join(root, name)
        os.makedirs(self.dir)
        os.chmod(self.dir, 0o755)
        self.failures = []
        self.notes = []
        self.runs = []
        self.cleanup = []

    # -- writing the corpus --

    def write(self, relative, content):
        """Write text (str) or bytes under the case directory; return the full path."""
        path = os.path.join(self.dir, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        with open(path, "wb") as handle:
            handle.write(data)
        return path

    def witness(self, relative="witness.py"):
        self.write(relative, WITNESS)
        return relative

    # -- assertions --

    def expect(self, condition, what):
        if not condition:
            self.failures.append(what)
        return condition

    def note(self, text):
        self.notes.append(text)

    def skip(self, reason):
        self.notes.append(f"SKIPPED: {reason}")
        raise CaseSkipped()

    # -- running --

    def tenet(self, *args, rule_args=ALL_RULES, fmt="json", isolated=True, timeout=120, user=None,
              cwd=None, expect_code=None, memory_mib=MEMORY_BOUND_MIB, per_finding_kib=0.0, witness="witness.py"):
        """Run `tenet check` and applies the checks every run gets.

        *expect_code*: the exit code required; None means "0 or 1, agreeing with the
        findings". *witness*: the control file's display path to compare, or None.
        """
        command = [TENET, "check"]
        if isolated:
            command.append("--isolated")
        if fmt:
            command += ["--format", fmt]
        command += [*rule_args, *args]
        if user is not None:
            command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
        timeout *= TIME_SCALE
        code, out, err, rss, seconds, timed_out = run_process(command, cwd or self.dir, timeout)
        run = Run(command, code, out, err, rss, seconds, timed_out)
        self.runs.append(run)
        label = " ".join(args) if len(" ".join(args)) < 80 else " ".join(args)[:77] + "..."
        if timed_out:
            self.failures.append(f"`tenet check {label}` did not finish within {timeout}s")
            raise CaseFailure()
        if not self.expect(code in (0, 1, 2), f"crashed: exit {code} (signal {-code if code < 0 else '-'}): "
                                               f"{err.strip()[-2000:]}"):
            raise CaseFailure()
        marks = [m for m in SANITIZER_MARKS if m in err]
        self.expect(not marks, f"sanitizer/abort report ({', '.join(marks)}): {err.strip()[-2000:]}")
        # Reports hold every finding: a run with 300,000 findings may use more than the bound.
        memory_mib += per_finding_kib * len(run.findings()) / 1024.0
        self.expect(SANITIZED or run.maxrss_mib <= memory_mib,
                    f"`tenet check {label}`: peak RSS {run.maxrss_mib:.1f} MiB over the bound of {memory_mib} MiB")
        if expect_code is not None:
            self.expect(code == expect_code, f"exit {code}, expected {expect_code}: {err.strip()[-2000:]}")
        elif self.expect(code in (0, 1), f"exit {code} on bad input (2 is for usage/config errors): {err.strip()[-2000:]}"):
            if fmt == "json":
                if self.expect(run.report is not None, f"output is not a JSON report: {out[:300]!r}"):
                    has_findings = any(not f.get("suppressed") for f in run.findings())
                    self.expect(code == (1 if has_findings else 0),
                                f"exit {code} does not agree with {len(run.findings())} findings")
        if witness and run.report is not None:
            expected = witness_alone(rule_args)
            got = [project(f) for f in run.findings(witness)]
            self.expect(got == expected, f"the control file's findings changed: {got} != {expected}")
        return run

    # -- helpers for common assertions --

    def expect_finding(self, run, path, code, *, line=None, message_has=None):
        found = [f for f in run.findings(path) if f["code"] == code and (line is None or f["start"]["line"] == line)]
        where = f"{path}:{line}" if line else path
        if not self.expect(found, f"no {code} at {where}; got {[(f['code'], f['start']['line'], f['message']) for f in run.findings(path)]}"):
            return
        if message_has is not None:
            self.expect(any(message_has in f["message"] for f in found),
                        f"{code} at {where} does not mention {message_has!r}: {[f['message'] for f in found]}")

    def expect_no_code(self, run, path, *codes):
        bad = [(f["code"], f["start"]["line"], f["message"]) for f in run.findings(path) if f["code"] in codes]
        self.expect(not bad, f"{path}: unexpected {bad}")

    def expect_error_line(self, run, *needles):
        """Expect a usage/config error: one line on stderr naming the problem."""
        lines = [line for line in run.err.splitlines() if line.strip()]
        self.expect(len(lines) == 1, f"expected one error line, got {lines}")
        for needle in needles:
            self.expect(needle in run.err, f"error does not name {needle!r}: {run.err.strip()!r}")


CASES = []


def case(group):
    def register(function):
        CASES.append((group, function.__name__, function))
        return function
    return register


def is_tenet_text(data):
    """What tenet accepts as text: valid UTF-8 without NUL bytes."""
    if b"\0" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def fixture(relative):
    with open(os.path.join(SOURCE_DIR, "tests", "fixtures", "python", relative), "rb") as handle:
        return handle.read()


def has_cpp_engine():
    """Return whether tenet was built with its C++ engine (tenet-cpp beside the binary).

    `tenet rules` lists the CX rules either way: their metadata is always linked.
    """
    return os.access(os.path.join(os.path.dirname(os.path.abspath(TENET)), "tenet-cpp"), os.X_OK)


# ---- DESIGN.md section 10 ----------------------------------------------------------------------


@case("design")
def syntax_errors(c):
    c.witness()
    c.write("broken.py", "def ok_before():\n    pass\n\ndef broken(:\n    pass\n\ndef after():\n    pass\n")
    c.write("unclosed_docstring.py", 'def f():\n    """Never closed.\n    return 1\n')
    c.write("unclosed_string.py", 'x = "abc\ny = 1\n')
    c.write("no_body.py", "def f():\n")
    c.write("keywords.py", "class for while:\n    import = 3\n")
    c.write("py2.py", 'print "hello"\nexec "code"\n')
    run = c.tenet(".")
    c.expect_finding(run, "broken.py", "TNT002", line=4, message_has="Syntax error")
    c.expect_finding(run, "broken.py", "D103", line=1)
    c.expect_finding(run, "broken.py", "D103", line=7)
    for path in ("unclosed_docstring.py", "unclosed_string.py", "no_body.py", "keywords.py", "py2.py"):
        c.expect_finding(run, path, "TNT002")


@case("design")
def non_utf8_and_binary(c):
    c.witness()
    c.write("latin1.py", b"# caf\xe9\ndef f():\n    pass\n")
    c.write("binary.py", b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 8)
    c.write("utf16.py", "def f():\n    pass\n".encode("utf-16"))
    c.write("surrogate.py", b"x = '\xed\xa0\x80'\n")
    c.write("overlong.py", b"x = '\xc0\xaf'\n")
    c.write("nul_in_text.py", b"x = 1\n\0\ny = 2\n")
    c.write("truncated_char.py", b"x = '\xe2\x82'")
    run = c.tenet(".")
    c.expect_finding(run, "latin1.py", "TNT003", line=1, message_has="not valid UTF-8")
    c.expect_finding(run, "binary.py", "TNT003", line=1, message_has="binary")
    c.expect_finding(run, "nul_in_text.py", "TNT003", line=1, message_has="NUL")
    for path in ("utf16.py", "surrogate.py", "overlong.py", "truncated_char.py"):
        c.expect_finding(run, path, "TNT003", line=1)
        c.expect(run.codes(path) == ["TNT003"], f"{path}: only TNT003 expected, got {run.codes(path)}")


@case("design")
def bom_crlf_tabs_empty(c):
    c.witness()
    c.write("bom.py", b"\xef\xbb\xbfdef f():\n    pass\n")
    c.write("crlf.py", b"def g():\r\n    pass\r\n")
    c.write("cr_only.py", b"def h():\r    pass\r")
    c.write("tabs.py", "class C:\n\tdef m(self):\n\t\tpass\n")
    c.write("mixed.py", "class D:\n    def m(self):\n\tpass\n")
    c.write("empty.py", "")
    c.write("bom_only.py", b"\xef\xbb\xbf")
    c.write("newlines.py", "\n" * 10000)
    c.write("spaces.py", " " * 10000)
    c.write("no_newline.py", "def k():\n    pass")
    c.write("form_feed.py", "\x0cdef ff():\n    pass\n")
    run = c.tenet(".")
    c.expect_finding(run, "bom.py", "D103", line=1)
    bom = [f for f in run.findings("bom.py") if f["code"] == "D103"]
    c.expect(bom and bom[0]["start"]["column"] == 5, f"bom.py D103 column (BOM is not a column): {bom}")
    c.expect_finding(run, "crlf.py", "D103", line=1)
    c.expect_finding(run, "cr_only.py", "D103", line=1)
    c.expect_finding(run, "tabs.py", "D102", line=2)
    c.expect_finding(run, "no_newline.py", "D103", line=1)
    for path in ("bom.py", "crlf.py", "tabs.py", "empty.py", "bom_only.py", "newlines.py", "no_newline.py",
                 "form_feed.py", "cr_only.py"):
        c.expect_no_code(run, path, "TNT002", "TNT003")
    c.expect_no_code(run, "spaces.py", "TNT003")
    c.expect_no_code(run, "mixed.py", "TNT003")


@case("design")
def ten_megabyte_single_line(c):
    c.witness()
    c.write("huge.py", "x = [" + "1, " * (10 * 1024 * 1024 // 3) + "]\n")
    c.write("huge_string.py", "x = '" + "a" * (10 * 1024 * 1024) + "'\n")
    # A list of 3.5 million elements is 7 million tokens, over the default token limit
    # (max-file-size / 16, 2.1 million): refused before parsing, in little memory.
    run = c.tenet("huge.py", "witness.py", memory_mib=128)
    c.expect_finding(run, "huge.py", "TNT003", line=1, message_has="tokens")
    c.expect(run.codes("huge.py") == ["TNT003"], f"huge.py: only TNT003 expected, got {run.codes('huge.py')}")
    c.note(f"10 MB single-line list, default limits: TNT003 in {run.seconds:.1f}s, {run.maxrss_mib:.0f} MiB")
    # With the size limit raised (so the token limit with it) it is parsed and checked:
    # tree-sitter's own tree takes about 1.4 GB for 7 million nodes (bench/floor.c, which
    # only parses and walks, measures the same), so this run has its own bound.
    run = c.tenet("huge.py", "witness.py", "--config", "max-file-size=134217728", memory_mib=1600, timeout=170)
    c.expect_no_code(run, "huge.py", "TNT002", "TNT003")
    c.note(f"10 MB single-line list (7M nodes), max-file-size raised: {run.seconds:.1f}s, {run.maxrss_mib:.0f} MiB")
    # A string is one token, however long: checked with the defaults.
    run = c.tenet("huge_string.py", "witness.py", memory_mib=128)
    c.expect_no_code(run, "huge_string.py", "TNT002", "TNT003")
    c.note(f"10 MB single-line string: {run.seconds:.1f}s, {run.maxrss_mib:.0f} MiB")


@case("design")
def unreadable_files_and_directories(c):
    c.witness()
    secret = c.write("secret.py", "def f():\n    pass\n")
    c.write("locked/inner.py", "def f():\n    pass\n")
    c.write("dangling_link_target_missing.txt", "")
    os.remove(os.path.join(c.dir, "dangling_link_target_missing.txt"))
    os.symlink("dangling_link_target_missing.txt", os.path.join(c.dir, "dangling.py"))
    os.mkfifo(os.path.join(c.dir, "fifo.py"))
    os.symlink("/dev/zero", os.path.join(c.dir, "zero.py"))
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(os.path.join(c.dir, "socket.py"))
    c.cleanup.append(listener.close)
    os.chmod(secret, 0o000)
    os.chmod(os.path.join(c.dir, "locked"), 0o000)
    # As root every file is readable: run as nobody, as the e2e tests do.
    user = 65534 if os.geteuid() == 0 and shutil.which("setpriv") else None
    try:
        run = c.tenet(".", user=user, timeout=60)
        c.expect_finding(run, "secret.py", "TNT003", line=1, message_has="Permission denied")
        c.expect_finding(run, "locked", "TNT003", line=1)
        c.expect_finding(run, "dangling.py", "TNT003", line=1)
        # A named pipe with no writer, a device and a socket: reported, never read (a FIFO
        # would block the open, /dev/zero never ends).
        for special in ("fifo.py", "zero.py", "socket.py"):
            c.expect_finding(run, special, "TNT003", line=1, message_has="not a regular file")
        run = c.tenet("fifo.py", "zero.py", "witness.py", user=user, timeout=60)
        c.expect_finding(run, "fifo.py", "TNT003", line=1, message_has="not a regular file")
        c.expect_finding(run, "zero.py", "TNT003", line=1, message_has="not a regular file")
    finally:
        os.chmod(os.path.join(c.dir, "locked"), 0o755)
        os.chmod(secret, 0o644)


@case("design")
def symlink_loops(c):
    c.witness()
    os.symlink("loop_b", os.path.join(c.dir, "loop_a"))
    os.symlink("loop_a", os.path.join(c.dir, "loop_b"))
    os.makedirs(os.path.join(c.dir, "dir"))
    os.symlink("..", os.path.join(c.dir, "dir", "parent"))
    os.symlink(".", os.path.join(c.dir, "dir", "self"))
    os.symlink("self.py", os.path.join(c.dir, "self.py"))
    os.symlink("loop_a", os.path.join(c.dir, "via_loop.py"))
    run = c.tenet(".", timeout=60)
    c.expect_finding(run, "self.py", "TNT003", line=1)
    c.expect_finding(run, "via_loop.py", "TNT003", line=1)
    c.expect(not any(p.startswith("dir/parent/") or p.startswith("dir/self/") for p in run.paths()),
             f"a directory loop was followed: {sorted(run.paths())[:10]}")
    run = c.tenet("self.py", "loop_a", "witness.py", timeout=60)
    c.expect_finding(run, "self.py", "TNT003", line=1)


@case("design")
def malformed_config(c):
    c.witness()
    project = os.path.join(c.dir, "p1")
    c.write("p1/witness.py", WITNESS)
    c.write("p1/tenet.toml", 'select = ["D1"\nignore = \n')
    run = c.tenet(".", cwd=project, isolated=False, rule_args=(), expect_code=2, witness=None)
    c.expect_error_line(run, "tenet.toml")
    c.write("p2/witness.py", WITNESS)
    c.write("p2/pyproject.toml", '[tool.tenet]\nselect = ["D1"]\nno-such-key = 1\n')
    run = c.tenet(".", cwd=os.path.join(c.dir, "p2"), isolated=False, rule_args=(), expect_code=2, witness=None)
    c.expect_error_line(run, "pyproject.toml", "no-such-key", ":3")
    c.write("p3/witness.py", WITNESS)
    c.write("p3/.tenet.toml", 'fail-level = 3\n')
    run = c.tenet(".", cwd=os.path.join(c.dir, "p3"), isolated=False, rule_args=(), expect_code=2, witness=None)
    c.expect_error_line(run, ".tenet.toml", "fail-level")
    c.write("p4/witness.py", WITNESS)
    c.write("p4/tenet.toml", b"select = [\"\xff\xfe\"]\n\0\0\0")
    run = c.tenet(".", cwd=os.path.join(c.dir, "p4"), isolated=False, rule_args=(), expect_code=2, witness=None)
    c.expect_error_line(run, "tenet.toml")
    c.write("p5/witness.py", WITNESS)
    c.write("p5/tenet.toml", "select = " + "[" * 10000 + "]" * 10000 + "\n")
    run = c.tenet(".", cwd=os.path.join(c.dir, "p5"), isolated=False, rule_args=(), expect_code=2, witness=None)
    c.expect_error_line(run, "tenet.toml")
    c.write("p6/witness.py", WITNESS)
    c.write("p6/tenet.toml", "a = { " + "b = { " * 5000 + "}" * 5001 + "\n")
    run = c.tenet(".", cwd=os.path.join(c.dir, "p6"), isolated=False, rule_args=(), expect_code=2, witness=None)
    c.expect_error_line(run, "tenet.toml")
    # A broken config in one project does not stop --isolated from checking.
    run = c.tenet(".", cwd=project, witness="witness.py")
    c.expect_finding(run, "witness.py", "D103")


@case("design")
def unknown_rule_codes(c):
    c.witness()
    run = c.tenet(".", rule_args=("--select", "NOPE123"), expect_code=2, witness=None)
    c.expect_error_line(run, "NOPE123")
    run = c.tenet(".", rule_args=("--ignore", "D1,XYZ999"), expect_code=2, witness=None)
    c.expect_error_line(run, "XYZ999")
    run = c.tenet(".", "--config", 'select = ["BAD1"]', rule_args=(), expect_code=2, witness=None)
    c.expect_error_line(run, "BAD1")
    c.write("cfg/tenet.toml", 'extend-select = ["QQQ1"]\n')
    c.write("cfg/witness.py", WITNESS)
    run = c.tenet(".", cwd=os.path.join(c.dir, "cfg"), isolated=False, rule_args=(), expect_code=2, witness=None)
    c.expect_error_line(run, "tenet.toml", "QQQ1")
    # In a suppression comment an unknown code is not an error.
    c.write("noqa.py", "def f():  # noqa: NOPE999, D103\n    pass\n\n\ndef g():  # noqa: " + "X1, " * 10000 + "\n    pass\n")
    run = c.tenet(".")
    c.expect_no_code(run, "noqa.py", "TNT002", "TNT003")


@case("design")
def path_outside_the_repository(c):
    outside = c.write("outside/mod.py", "def area(r):\n    return r\n")
    c.write("project/witness.py", WITNESS)
    project = os.path.join(c.dir, "project")
    run = c.tenet(outside, "witness.py", cwd=project, rule_args=("--select", "D103"), witness="witness.py")
    c.expect(any(f["code"] == "D103" and f["path"].endswith("mod.py") for f in run.findings()),
             f"no D103 for the file outside: {run.findings()}")
    run = c.tenet("../outside", "witness.py", cwd=project, rule_args=("--select", "D103"), witness="witness.py")
    c.expect(any(f["path"].endswith("mod.py") for f in run.findings()), f"no finding for ../outside: {run.findings()}")
    run = c.tenet("does-not-exist.py", "witness.py", cwd=project, rule_args=("--select", "D103"), witness=None,
                  expect_code=2)
    c.expect("does-not-exist.py" in run.err or "does-not-exist.py" in run.out,
             f"a missing path is not named: {run.err!r} {run.out[:200]!r}")


@case("design")
def size_and_time_limits(c):
    c.witness()
    c.write("big.py", "x = 1\n" * 200)
    c.write("slow.py", "x = " + "(" * 20000 + "1" + ")" * 20000 + "\n" + "y = [" + "1, " * 400000 + "]\n")
    run = c.tenet(".", "--config", "max-file-size=1000")
    c.expect_finding(run, "big.py", "TNT003", line=1, message_has="max-file-size")
    run = c.tenet(".", "--config", "parse-timeout=20")
    c.expect_finding(run, "slow.py", "TNT003", line=1, message_has="parse-timeout")
    c.expect_no_code(run, "big.py", "TNT003")
    # The token limit follows max-file-size (one token per 16 bytes, at least 100,000):
    # many.py's 240,000 bytes hold 160,000 tokens (x, =, 1 and the line end, 40,000 times),
    # over the 131,072 of a 2 MiB size limit, within the 262,144 of 4 MiB.
    c.write("many.py", "x = 1\n" * 40_000)
    run = c.tenet("many.py", "witness.py", "--config", "max-file-size=2097152")
    c.expect_finding(run, "many.py", "TNT003", line=1, message_has="more than 131072 tokens")
    c.expect(run.codes("many.py") == ["TNT003"], f"many.py: only TNT003 expected, got {run.codes('many.py')}")
    run = c.tenet("many.py", "witness.py", "--config", "max-file-size=4194304")
    c.expect_no_code(run, "many.py", "TNT003")


# ---- mutations of a fixture --------------------------------------------------------------------

TRUNCATED_FIXTURES = ("DOC501/raises.py", "DOC101/bom_crlf_tabs.py", "D403/capital.py")


@case("mutations")
def truncated_at_every_byte(c):
    c.witness()
    expected_text = {}
    count = 0
    for index, relative in enumerate(TRUNCATED_FIXTURES):
        data = fixture(relative)
        for cut in range(len(data) + 1):
            path = f"f{index}/t{cut:05d}.py"
            c.write(path, data[:cut])
            expected_text[path] = is_tenet_text(data[:cut])
            count += 1
    run = c.tenet(".", timeout=170)
    c.expect(run.files_checked() == count + 1, f"files_checked {run.files_checked()}, expected {count + 1}")
    wrong = [p for p, ok in expected_text.items() if ("TNT003" in run.codes(p)) == ok]
    c.expect(not wrong, f"TNT003 exactly for the cuts inside a UTF-8 sequence; wrong for {wrong[:10]}")
    for index, relative in enumerate(TRUNCATED_FIXTURES):
        whole = f"f{index}/t{len(fixture(relative)):05d}.py"
        c.expect_no_code(run, whole, "TNT002", "TNT003")
    c.note(f"{count} truncations in one run: {run.seconds:.1f}s, {run.maxrss_mib:.0f} MiB")


@case("mutations")
def random_byte_flips(c):
    c.witness()
    generator = random.Random(20240806)
    data = bytearray(fixture("DOC501/raises.py"))
    punctuation = b"()[]{}:'\"\\#@=,.\n\t \r*`|-_"
    expected_text = {}
    for i in range(2000):
        mutated = bytearray(data)
        for _ in range(generator.randint(1, 6)):
            at = generator.randrange(len(mutated))
            # Half the variants keep to ASCII syntax bytes (they reach the parser and the
            # rules), half use any byte (most are TNT003).
            mutated[at] = generator.choice(punctuation) if i % 2 == 0 else generator.randrange(256)
        if i % 7 == 0:
            at = generator.randrange(len(mutated))
            del mutated[at:at + generator.randint(1, 64)]
        path = f"m/v{i:04d}.py"
        c.write(path, bytes(mutated))
        expected_text[path] = is_tenet_text(bytes(mutated))
    run = c.tenet(".", timeout=170)
    c.expect(run.files_checked() == len(expected_text) + 1,
             f"files_checked {run.files_checked()}, expected {len(expected_text) + 1}")
    wrong = [p for p, ok in expected_text.items() if ("TNT003" in run.codes(p)) == ok]
    c.expect(not wrong, f"TNT003 exactly for the variants that are not UTF-8 text; wrong for {wrong[:10]}")
    c.note(f"{len(expected_text)} byte-flip variants ({sum(not v for v in expected_text.values())} not text): "
           f"{run.seconds:.1f}s, {run.maxrss_mib:.0f} MiB")


# ---- scale -------------------------------------------------------------------------------------


@case("scale")
def hundred_thousand_tiny_files(c):
    c.witness()
    count = 100_000
    documented = '"""Tiny."""\nX = 1\n'
    undocumented = '"""Tiny."""\n\n\ndef f():\n    pass\n'
    started = time.monotonic()
    for i in range(count):
        directory = os.path.join(c.dir, f"d{i // 1000:03d}")
        if i % 1000 == 0:
            os.makedirs(directory)
        with open(os.path.join(directory, f"m{i:06d}.py"), "w") as handle:
            handle.write(undocumented if i % 1000 == 7 else documented)
    c.note(f"wrote {count} files in {time.monotonic() - started:.1f}s")
    run = c.tenet(".", rule_args=(), timeout=170)
    c.expect(run.files_checked() == count + 1, f"files_checked {run.files_checked()}, expected {count + 1}")
    flagged = sorted(p for p in run.paths() if p != "witness.py")
    expected = [f"d{i // 1000:03d}/m{i:06d}.py" for i in range(count) if i % 1000 == 7]
    c.expect(flagged == expected, f"findings in {len(flagged)} tiny files, expected {len(expected)}: {flagged[:5]}")
    c.expect(all(run.codes(p) == ["D103"] for p in expected[:100]), "each flagged tiny file has one D103")
    c.note(f"{count} tiny files in one run (default --jobs): {run.seconds:.1f}s wall, {run.maxrss_mib:.0f} MiB peak")


def write_big_module(path, size):
    """Return a ~size-byte Python module of documented functions and classes (few findings)."""
    block = '''

def function_{i}(value, other=None):
    """Return the value, or the other one when it is given.

    Args:
        value: The value.
        other: The other value.

    Returns:
        The value chosen.
    """
    if other is not None:
        return other  # a comment with text: {i}
    return [value, (value, {{"key": value}}), f"{{value!r:>10}}"]


class Class{i}:
    """A class with a method."""

    def method(self):
        """Return the instance."""
        return self
'''
    written = 0
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('"""A very large module."""\n')
        i = 0
        while written < size:
            chunk = block.format(i=i)
            handle.write(chunk)
            written += len(chunk)
            i += 1
    return written


@case("scale")
def hundred_megabyte_file(c):
    c.witness()
    size = 100 * 1024 * 1024
    written = write_big_module(os.path.join(c.dir, "huge.py"), size)
    run = c.tenet(".", timeout=60)
    c.expect_finding(run, "huge.py", "TNT003", line=1, message_has="max-file-size")
    c.expect(run.codes("huge.py") == ["TNT003"], f"huge.py over the limit: {run.codes('huge.py')}")
    c.expect(run.seconds < 10 * TIME_SCALE, f"the default size limit took {run.seconds:.1f}s")
    c.expect(SANITIZED or run.maxrss_mib < 64, f"refusing the file took {run.maxrss_mib:.0f} MiB: it must not be read")
    c.note(f"100 MB file, default max-file-size: TNT003 in {run.seconds:.2f}s, {run.maxrss_mib:.0f} MiB peak")
    # With the size limit raised to 200 MiB the file is read, but its 29 million tokens are
    # over that limit's 13 million: refused before parsing, so the memory is the text's.
    run = c.tenet("huge.py", "witness.py", "--config", "max-file-size=209715200", timeout=60,
                  memory_mib=4 * size // (1024 * 1024))
    c.expect_finding(run, "huge.py", "TNT003", line=1, message_has="tokens")
    c.expect(run.codes("huge.py") == ["TNT003"], f"huge.py over the token limit: {run.codes('huge.py')}")
    c.note(f"100 MB file, max-file-size 200 MiB: TNT003 (tokens) in {run.seconds:.2f}s, {run.maxrss_mib:.0f} MiB peak")


# The default token limit (max-file-size / 16) and the peak memory it allows: the densest
# inputs per token, each just under the limit, must stay under a gigabyte.
DEFAULT_TOKEN_LIMIT = 32 * 1024 * 1024 // 16
MEMORY_BOUND_AT_TOKEN_LIMIT_MIB = 1024


@case("scale")
def memory_bound_at_the_token_limit(c):
    c.witness()
    under = DEFAULT_TOKEN_LIMIT - 1000
    dense = {
        # name: the source of about n tokens
        "unary": lambda n: "x = " + "-" * n + "1\n",
        "not_chain": lambda n: "x = " + "not " * n + "y\n",
        "numbers": lambda n: "x = [" + "1, " * (n // 2) + "]\n",
        "statements": lambda n: "x\n" * (n // 2),
        "assignments": lambda n: "a=" * (n // 2) + "1\n",
        "code": None,  # realistic code: documented functions and classes
    }
    for name, make in dense.items():
        if make is None:
            # Realistic code has about 0.29 tokens a byte: 7 MB is at the limit.
            write_big_module(os.path.join(c.dir, f"{name}.py"), int(under / 0.3))
        else:
            c.write(f"{name}.py", make(under))
        run = c.tenet(f"{name}.py", "witness.py", timeout=170, memory_mib=MEMORY_BOUND_AT_TOKEN_LIMIT_MIB)
        c.expect_no_code(run, f"{name}.py", "TNT003")
        c.note(f"{name}.py, just under {DEFAULT_TOKEN_LIMIT} tokens "
               f"({os.path.getsize(os.path.join(c.dir, f'{name}.py')) / 1e6:.1f} MB): {run.seconds:.1f}s, "
               f"{run.maxrss_mib:.0f} MiB peak")
        os.remove(os.path.join(c.dir, f"{name}.py"))
    # Just over the limit: refused before parsing, whatever the file's size in bytes.
    c.write("over.py", "x = " + "-" * (DEFAULT_TOKEN_LIMIT + 10) + "1\n")
    run = c.tenet("over.py", "witness.py", memory_mib=128)
    c.expect_finding(run, "over.py", "TNT003", line=1, message_has=f"more than {DEFAULT_TOKEN_LIMIT} tokens")


@case("huge")
def hundred_megabyte_file_parsed(c):
    """Check the 100 MB file with max-file-size raised: read, parsed and checked by every rule.

    About 20 million tree-sitter nodes: tree-sitter's tree alone needs ~3 GB, and a Debug
    build takes minutes. Not in the default suite: TENET_HOSTILE_HUGE=1 runs it.
    """
    if os.environ.get("TENET_HOSTILE_HUGE") != "1":
        c.skip("set TENET_HOSTILE_HUGE=1 to parse a 100 MB file (needs ~4 GB of memory and minutes)")
    c.witness()
    written = write_big_module(os.path.join(c.dir, "huge.py"), 100 * 1024 * 1024)
    # 512 MiB: over the file's size, and a token limit (33.5 million) over its 29 million.
    run = c.tenet(".", "--config", "max-file-size=536870912", "--config", "parse-timeout=3600000", timeout=1800,
                  memory_mib=int(os.environ.get("TENET_HOSTILE_HUGE_MEMORY_MIB", "4096")))
    c.expect_no_code(run, "huge.py", "TNT002", "TNT003")
    c.note(f"100 MB file ({written} bytes), max-file-size raised, every rule: {run.seconds:.1f}s wall, "
           f"peak RSS {run.maxrss_mib:.0f} MiB, {len(run.findings('huge.py'))} findings")


# ---- nesting -----------------------------------------------------------------------------------

DEPTH = 10_000

# tree-sitter-python's scanner keeps at most 255 open string delimiters and serializes its
# indentation stack into 1,024 bytes; CPython itself stops at 100 indentation levels and
# 150 nested f-strings. Past those limits a syntax error (TNT002) is a fair answer: None
# below means "TNT002 or not, but no crash".
EITHER = None

# Inputs that crash today, with the reason; they are reported as expected failures (and
# as an error once they stop crashing, so the entry is removed with the fix).
KNOWN_CRASHES = {
    # (none: defs.py, 3,000 nested defs, overflowed tree-sitter-python's indentation
    # serialisation buffer until cmake/TreeSitter.cmake bounded its loop)
}

NESTED = {
    # name: (source, valid Python as tree-sitter reads it)
    "parens": ("x = " + "(" * DEPTH + "1" + ")" * DEPTH + "\n", True),
    "lists": ("x = " + "[" * DEPTH + "]" * DEPTH + "\n", True),
    "dicts": ("x = " + "{1: " * DEPTH + "1" + "}" * DEPTH + "\n", True),
    "mixed": ("x = " + "([{" * DEPTH + "}])" * DEPTH + "\n", True),
    "calls": ("x = " + "f(" * DEPTH + ")" * DEPTH + "\n", True),
    "subscripts": ("x = a" + "[a" * DEPTH + "]" * DEPTH + "\n", True),
    "call_chain": ("x = f" + "()" * (10 * DEPTH) + "\n", True),
    "attribute_chain": ("x = a" + ".b" * (10 * DEPTH) + "\n", True),
    "binary_chain": ("x = 1" + " + 1" * (10 * DEPTH) + "\n", True),
    "unary": ("x = " + "-" * DEPTH + "1\n", True),
    "not_chain": ("x = " + "not " * DEPTH + "y\n", True),
    "power": ("x = 2" + " ** 2" * DEPTH + "\n", True),
    "conditional": ("x = " + "1 if y else " * DEPTH + "0\n", True),
    "lambdas": ("x = " + "lambda: " * DEPTH + "0\n", True),
    "comprehensions": ("x = " + "[" * DEPTH + "y" + " for y in z]" * DEPTH + "\n", True),
    "await_chain": ("async def f():\n    return " + "await " * DEPTH + "g()\n", True),
    "string_concat": ("x = (" + '"a" ' * (10 * DEPTH) + ")\n", True),
    "fstrings": ("x = " + 'f"{' * DEPTH + "1" + '}"' * DEPTH + "\n", EITHER),
    "fstrings_alternating": ("x = " + "f'{f\"{" * (DEPTH // 2) + "1" + "}\"}'" * (DEPTH // 2) + "\n", EITHER),
    "fstring_format_specs": ("x = f'{y" + ":{y" * DEPTH + "}" * DEPTH + "}'\n", True),
    "fstring_wide": ("x = f'" + "{a}{b!r}{c:>{w}}" * DEPTH + "'\n", True),
    "decorators": ("@d\n" * DEPTH + "def f():\n    pass\n", True),
    "blocks": ("def f():\n" + "".join(" " * (i + 1) + "if x:\n" for i in range(3000)) + " " * 3001 + "pass\n", EITHER),
    "defs": ("".join(" " * i + f"def f{i}():\n" + " " * (i + 1) + f'"""Level {i}."""\n' for i in range(3000))
             + " " * 3000 + "pass\n", EITHER),
    "classes": ("".join(" " * i + f"class C{i}:\n" for i in range(3000)) + " " * 3000 + "pass\n", EITHER),
    "try_blocks": ("def f():\n" + "".join(" " * (i + 1) + "try:\n" for i in range(2000))
                   + "".join(" " * (2001 - i) + "pass\n" + " " * (2000 - i) + "except ValueError:\n"
                             + " " * (2001 - i) + "raise\n" for i in range(2000)), True),
    "unclosed_parens": ("x = " + "(" * DEPTH + "\n", False),
    "unclosed_fstrings": ("x = " + 'f"{' * DEPTH + "\n", False),
    "unclosed_strings": ("x = " + '"' * (DEPTH + 1) + "\n", False),
    "closers_only": ("x = 1" + ")]}" * DEPTH + "\n", False),
    "unclosed_triple": ('"""' + "'''" * DEPTH + "\n", False),
}


# The files of NESTED whose syntax tree stays within the default max-nesting-depth (1000):
# flat sequences, and the unclosed inputs that tree-sitter's error recovery keeps flat.
SHALLOW = {"decorators", "string_concat", "fstring_wide", "closers_only", "unclosed_parens", "unclosed_fstrings",
           "unclosed_strings", "unclosed_triple"}
# A limit above every file's depth (the chains are 100,000 deep): the rules run on all of them.
NO_NESTING_LIMIT = ("--config", "max-nesting-depth=1000000")


@case("nesting")
def nested_ten_thousand_deep(c):
    c.witness()
    for name, (source, valid) in NESTED.items():
        c.write(f"{name}.py", source)
    # One run per file, so a crash names its input; then all in one run. Each file twice:
    # at the default max-nesting-depth, where a tree deeper than 1000 gets one TNT004 and
    # nothing else, and with no effective limit, where every rule walks the whole tree
    # (no stack overflow at 100,000 levels).
    for name, (_, valid) in NESTED.items():
        path = f"{name}.py"
        known = KNOWN_CRASHES.get(path)
        for limit_args in ((), NO_NESTING_LIMIT):
            before = len(c.failures)
            try:
                run = c.tenet(path, "witness.py", *limit_args, timeout=60)
            except CaseFailure:
                run = None
            if known:
                crashed = run is None or run.code not in (0, 1, 2)
                del c.failures[before:]
                if crashed:
                    c.note(f"EXPECTED FAILURE (known crash) {path}: {known}")
                else:
                    c.failures.append(f"{path} no longer crashes: remove it from KNOWN_CRASHES")
                continue
            if run is None:
                c.failures[-1] = f"{path} {' '.join(limit_args)}: {c.failures[-1]}"
                continue
            c.expect_no_code(run, path, "TNT003")
            if not limit_args and name not in SHALLOW:
                c.expect_finding(run, path, "TNT004", message_has="past the max-nesting-depth of 1000")
                c.expect(run.codes(path) == ["TNT004"], f"{path}: only TNT004 expected, got {run.codes(path)}")
                continue
            c.expect_no_code(run, path, "TNT004")
            if valid is True:
                c.expect_no_code(run, path, "TNT002")
            elif valid is False:
                c.expect_finding(run, path, "TNT002")
    # All in one run (the known crashes left out: they would take the run down).
    for path in KNOWN_CRASHES:
        if os.path.exists(os.path.join(c.dir, path)):
            os.remove(os.path.join(c.dir, path))
    run = c.tenet(".", timeout=120)
    checked = len([n for n in NESTED if f"{n}.py" not in KNOWN_CRASHES]) + 1
    c.expect(run.files_checked() == checked, f"files_checked {run.files_checked()}, expected {checked}")
    deep = [n for n in NESTED if n not in SHALLOW and f"{n}.py" not in KNOWN_CRASHES]
    c.expect(all(run.codes(f"{n}.py") == ["TNT004"] for n in deep),
             f"in one run, not only TNT004: {[(n, run.codes(f'{n}.py')) for n in deep if run.codes(f'{n}.py') != ['TNT004']]}")
    slowest = max(c.runs[:-1], key=lambda r: r.seconds)
    c.note(f"{checked - 1} nesting files: all in {run.seconds:.1f}s, {run.maxrss_mib:.0f} MiB; slowest alone "
           f"{next(a for a in slowest.args if a.endswith('.py'))} {' '.join(slowest.args[-2:])} {slowest.seconds:.1f}s")


@case("nesting")
def nesting_limit_names_the_line(c):
    c.witness()
    # One bracket a line: the list opened on line k sits at depth k + 2 (statement,
    # assignment, lists) and its `[` at k + 3, so the first node past the default limit of
    # 1000 is the `[` on line 998. The deepest nodes of tall.py are the brackets of its
    # 1,200th list (1,203); those of at_limit.py are exactly at the limit.
    c.write("tall.py", "x = [\n" + "[\n" * 1199 + "]\n" * 1200)
    c.write("at_limit.py", "x = [\n" + "[\n" * 996 + "]\n" * 997)
    run = c.tenet("tall.py", "at_limit.py", "witness.py")
    c.expect_finding(run, "tall.py", "TNT004", line=998, message_has="nests 1203 levels deep")
    c.expect_no_code(run, "at_limit.py", "TNT004", "TNT002", "TNT003")
    # The limit is configurable, and lowering it reports the other file too.
    run = c.tenet("tall.py", "at_limit.py", "witness.py", "--config", "max-nesting-depth=100")
    c.expect_finding(run, "tall.py", "TNT004", line=98, message_has="max-nesting-depth of 100 ")
    c.expect_finding(run, "at_limit.py", "TNT004", line=98, message_has="nests 1000 levels deep")
    # A file over the limit is not checked, so its suppressions are not either: ignoring
    # TNT004 leaves it without findings rather than checking it after all.
    run = c.tenet("tall.py", "witness.py", rule_args=("--select", "ALL", "--ignore", "TNT004"))
    c.expect(run.codes("tall.py") == [], f"tall.py with TNT004 ignored: {run.codes('tall.py')}")


# ---- pathological docstrings -------------------------------------------------------------------

SECTIONS = 100_000


def function_with_docstring(body, prefix=""):
    """Return a function whose docstring holds *body* (lines indented by four spaces)."""
    indented = "\n".join(("    " + line) if line else "" for line in body.split("\n"))
    return f'def f(x, y):\n    {prefix}"""Summary line.\n\n{indented}\n    """\n    return x\n'


DOCSTRINGS = {
    "google_sections": "\n".join(
        ("Args:\n    x: The x.\n" if i % 3 == 0 else "Returns:\n    int: A number.\n" if i % 3 == 1
         else "Raises:\n    ValueError: When.\n") for i in range(SECTIONS)),
    "google_headers_only": "Args:\n" * SECTIONS,
    "numpy_sections": "\n".join(
        ("Parameters\n----------\nx : int\n    The x.\n" if i % 2 == 0 else "Returns\n-------\nint\n    A number.\n")
        for i in range(SECTIONS)),
    "numpy_underlines_only": "Parameters\n" + "----------\n" * SECTIONS,
    "sphinx_fields": "\n".join(f":param x{i % 50}: The x.\n:type x{i % 50}: int\n:raises ValueError: When."
                               for i in range(SECTIONS)),
    "colons": ":" * (10 * SECTIONS) + "\n" + ":a" * SECTIONS + "\n" + ": :" * SECTIONS,
    "unclosed_backquotes": "`" * SECTIONS + "\n" + "`a " * SECTIONS + "\n" + "``a " * SECTIONS,
    "unclosed_backquote_lines": "\n".join("An unclosed `backquote on line " + str(i) for i in range(SECTIONS)),
    "unclosed_roles": ":func:`" * SECTIONS + "\n" + ":a:`b`:c:" * SECTIONS,
    "unclosed_emphasis": "*a " * SECTIONS + "\n" + "**a " * SECTIONS + "\n" + "|a " * SECTIONS + "\n" + "_`a " * SECTIONS,
    "escapes": "\\\\" * SECTIONS + "\\`" * SECTIONS + "\\x" * SECTIONS,
    "bullets_nested": "- " * 10_000 + "x\n",
    "enumerated": "\n".join(f"{i}. item" for i in range(SECTIONS)),
    "block_quotes_nested": "\n".join(" " * i + "text" + ("\n" if i % 2 else "") for i in range(2000)),
    "directives_nested": "\n".join(" " * (3 * i) + ".. note::\n" for i in range(2000)),
    "definition_lists": "\n".join(f"term{i}\n    Definition {i}." for i in range(SECTIONS)),
    "literal_blocks": "Example::\n\n" * SECTIONS,
    "titles": "\n".join(f"Title {i}\n=========\n" for i in range(SECTIONS // 2)),
    "tables": "+--+--+\n| a| b|\n" * SECTIONS,
    "doctest": ">>> x = 1\n" * SECTIONS,
    "long_line": "word " * (2 * 1024 * 1024),
}


@case("docstrings")
def pathological_docstrings(c):
    c.witness()
    for name, body in DOCSTRINGS.items():
        c.write(f"{name}.py", function_with_docstring(body))
    c.write("raw_backquotes.py", function_with_docstring("`" * SECTIONS + "\\" * 1001, prefix="r"))
    names = [*DOCSTRINGS, "raw_backquotes"]
    for name in names:
        try:
            # The JSON report of one finding takes about 2.4 KiB at its peak (the document is
            # built in memory); an unclosed-markup line has one finding per start-string.
            # The size limit (and the token limit with it, which counts a docstring's words
            # like code) raised: the largest docstrings hold more than the default 2 million
            # tokens, and the docstring parsers are what this group exercises.
            run = c.tenet(f"{name}.py", "witness.py", "--config", "max-file-size=268435456", timeout=60,
                          per_finding_kib=3.0)
        except CaseFailure:
            c.failures[-1] = f"{name}.py: {c.failures[-1]}"
            continue
        c.expect_no_code(run, f"{name}.py", "TNT002", "TNT003")
        if len(run.findings()) > 10_000:
            c.note(f"{name}.py: {len(run.findings())} findings, {run.seconds:.1f}s, {run.maxrss_mib:.0f} MiB")
    # With the default limits, the 10 MB docstring's two million words are over the token
    # limit: refused with a finding, not checked in gigabytes.
    run = c.tenet("long_line.py", "witness.py", timeout=60)
    c.expect_finding(run, "long_line.py", "TNT003", line=1, message_has="tokens")
    unclosed = [r for r in c.runs if "unclosed_backquotes.py" in r.args]
    if unclosed:
        c.expect(any(f["code"] == "RST215" for f in unclosed[0].findings("unclosed_backquotes.py")),
                 "an unclosed backquote is reported (RST215)")
    slowest = max(c.runs, key=lambda r: r.seconds)
    c.note(f"{len(names)} pathological docstrings; slowest {next(a for a in slowest.args if a.endswith('.py'))} "
           f"{slowest.seconds:.1f}s "
           f"{slowest.maxrss_mib:.0f} MiB")


# ---- C++ ---------------------------------------------------------------------------------------

GOOD_CPP = "void work();\nvoid run() {\n  try { work(); } catch (...) {}\n}\n"


def compile_database(c, directory, files, extra=""):
    entries = [{"directory": os.path.join(c.dir, directory), "file": os.path.join(c.dir, directory, f),
                "command": f"clang++ -std=c++20 {extra} -c {os.path.join(c.dir, directory, f)}"} for f in files]
    c.write(os.path.join(directory, "compile_commands.json"), json.dumps(entries))


@case("cpp")
def cpp_translation_units_that_fail(c):
    if not has_cpp_engine():
        c.skip("this tenet was built without the C++ engine (no tenet-cpp beside it)")
    cpp_rules = ("--select", "CXE,TNT")
    # The control C++ file alone.
    c.write("alone/good.cpp", GOOD_CPP)
    compile_database(c, "alone", ["good.cpp"])
    alone = c.tenet("good.cpp", cwd=os.path.join(c.dir, "alone"), rule_args=cpp_rules, witness=None)
    expected = [project(f) for f in alone.findings("good.cpp")]
    c.expect(any(f[0] == "CXE001" for f in expected), f"the control C++ file has no CXE001: {expected}")

    broken = {
        "syntax.cpp": "void ok() { try { ok(); } catch (...) {} }\nint broken( {\n",
        "missing_include.cpp": '#include "does/not/exist.h"\nvoid f() {}\n',
        "deep_parens.cpp": "int x = " + "(" * DEPTH + "1" + ")" * DEPTH + ";\n",
        "deep_templates.cpp": "template <int N> struct R { static const int v = R<N + 1>::v; };\nint x = R<0>::v;\n",
        "garbage.cpp": "}}}}{{{{ #if\n#endif #endif\n" * 1000,
        "error_flood.cpp": "int x = y;\n" * 5000,
    }
    for name, text in broken.items():
        c.write(f"p/{name}", text)
    c.write("p/good.cpp", GOOD_CPP)
    c.write("p/binary.cpp", b"\x00\x01\x02\xff" * 100)
    c.write("p/witness.py", WITNESS)
    compile_database(c, "p", ["good.cpp", "binary.cpp", *broken])
    project_dir = os.path.join(c.dir, "p")
    run = c.tenet(".", cwd=project_dir, rule_args=cpp_rules, timeout=170, witness=None)
    got = [project(f) for f in run.findings("good.cpp")]
    c.expect(got == expected, f"good.cpp's findings changed next to broken TUs: {got} != {expected}")
    for name in broken:
        c.expect_finding(run, name, "TNT003")
    c.expect_finding(run, "binary.cpp", "TNT003")
    c.expect_finding(run, "syntax.cpp", "CXE001")  # checked as far as it parsed
    c.note(f"{len(broken) + 2} C++ units, {len(broken) + 1} broken: {run.seconds:.1f}s, {run.maxrss_mib:.0f} MiB")
    # Python files in the same run keep their findings.
    run = c.tenet(".", cwd=project_dir, timeout=170, witness="witness.py")
    c.expect(run.findings("good.cpp"), "good.cpp has findings with every rule")


@case("cpp")
def cpp_missing_or_broken_compile_database(c):
    if not has_cpp_engine():
        c.skip("this tenet was built without the C++ engine (no tenet-cpp beside it)")
    cpp_rules = ("--select", "CXE,TNT")
    c.write("nodb/good.cpp", GOOD_CPP)
    c.write("nodb/witness.py", WITNESS)
    run = c.tenet(".", cwd=os.path.join(c.dir, "nodb"), rule_args=cpp_rules, witness=None)
    c.expect_finding(run, "good.cpp", "CXE001")
    for name, text in (("broken", "{ not json"), ("empty", ""), ("wrong_shape", '{"a": 1}'),
                       ("bad_entries", '[{"file": 3}, {}, 7, {"directory": "/nonexistent", "file": "good.cpp", '
                                       '"arguments": []}]')):
        c.write(f"{name}/good.cpp", GOOD_CPP)
        c.write(f"{name}/witness.py", WITNESS)
        c.write(f"{name}/build/compile_commands.json", text)
        run = c.tenet(".", "--config", 'cpp.compile-commands="build"', cwd=os.path.join(c.dir, name),
                      rule_args=cpp_rules, witness=None)
        c.expect(run.findings("good.cpp") or "compile_commands.json" in run.err + run.out,
                 f"{name} database: neither findings nor an error naming it: {run.err!r}")
        named = "compile_commands.json" in run.err + run.out
        c.expect(named or name == "bad_entries", f"{name} database is not named: {run.err!r} {run.out[:300]!r}")
    c.write("missing/good.cpp", GOOD_CPP)
    run = c.tenet(".", "--config", 'cpp.compile-commands="nowhere"', cwd=os.path.join(c.dir, "missing"),
                  rule_args=cpp_rules, witness=None)
    c.expect("nowhere" in run.err + run.out or run.findings("good.cpp"),
             f"a missing database is neither named nor worked around: {run.err!r}")


# ---- main --------------------------------------------------------------------------------------


def main():
    global TENET
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenet", default=TENET)
    parser.add_argument("--group", action="append", help="run only this group (repeatable)")
    parser.add_argument("--case", action="append", help="run only this case (repeatable)")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    arguments = parser.parse_args()
    TENET = os.path.abspath(arguments.tenet) if arguments.tenet else ""
    selected = [(g, n, f) for g, n, f in CASES
                if (not arguments.group or g in arguments.group) and (not arguments.case or n in arguments.case)]
    if arguments.list:
        for group, name, _ in selected:
            print(f"{group}: {name}")
        return 0
    if not os.access(TENET, os.X_OK):
        print(f"hostile: tenet binary not found: {TENET!r} (set TENET_BINARY or --tenet)", file=sys.stderr)
        return 2
    root = tempfile.mkdtemp(prefix="tenet-hostile-")
    os.chmod(root, 0o755)
    failed = []
    skipped = []
    started = time.monotonic()
    try:
        for group, name, function in selected:
            c = Case(name, root)
            case_started = time.monotonic()
            try:
                function(c)
            except CaseFailure:
                pass
            except CaseSkipped:
                skipped.append(name)
            except Exception as error:  # a bug in the test itself: report it as a failure
                LOG.exception("case %s raised", name)
                c.failures.append(f"{type(error).__name__}: {error}")
            for action in c.cleanup:
                action()
            peak = max((r.maxrss_mib for r in c.runs), default=0.0)
            status = "FAIL" if c.failures else "skipped" if name in skipped else "ok"
            print(f"hostile: {status} {group}/{name} ({time.monotonic() - case_started:.1f}s, "
                  f"{len(c.runs)} runs, peak RSS {peak:.0f} MiB)")
            for text in c.notes:
                print(f"    note: {text}")
            for text in c.failures:
                print(f"    FAIL: {text}")
            if c.failures:
                failed.append(name)
            if not arguments.keep:
                shutil.rmtree(c.dir, True)
    finally:
        if arguments.keep:
            print(f"hostile: corpus kept in {root}")
        else:
            shutil.rmtree(root, True)
    passed = len(selected) - len(failed) - len(skipped)
    print(f"hostile: {passed} cases passed, {len(failed)} failed, {len(skipped)} skipped "
          f"({time.monotonic() - started:.1f}s)" + (f": {', '.join(failed)}" if failed else ""))
    if failed:
        return 1
    return 77 if skipped and not passed else 0  # 77: ctest's SKIP_RETURN_CODE


if __name__ == "__main__":
    sys.exit(main())
