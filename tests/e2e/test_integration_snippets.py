"""The copy-paste snippets of docs/guide/integrations.md still run, offline where they can.

Each snippet is the fenced block after a `<!-- snippet: NAME -->` comment. What runs:

- pre-commit: the snippet as `.pre-commit-config.yaml`, with the real `pre-commit`, its
  `repo`/`rev` pointed at a scratch copy of this repository's `.pre-commit-hooks.yaml`;
- github-code-scanning: the `tenet check` step, then tests/sarif/validate.sh on the file
  the upload step uploads;
- reviewdog, reviewdog-github: the `tenet` side of each pipeline, its output checked
  against rdjson.schema.json (reviewdog is not installed here, so nothing is piped into it);
- gitlab: the job's `tenet` script lines, then the Code Quality report's shape and the
  JUnit report;
- vscode, vscode-task: the `tenet` command, then the SARIF validator (VS Code itself is not
  run);
- cmake-plugin: a tiny CMake project using the snippet, built with clang++-19 and the
  plugin; a tenet warning must appear in the build output (skipped without the C++ engine).

YAML snippets are also parsed with PyYAML when it is installed (python3-yaml).
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ElementTree

import jsonschema

from tenet_e2e import SOURCE_DIR, TENET, TenetTestCase

try:
    import yaml
except ImportError:  # python3-yaml is optional: the YAML structure checks are skipped
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.join(SOURCE_DIR, "docs", "guide", "integrations.md")
RDJSON_SCHEMA = os.path.join(HERE, "rdjson.schema.json")
VALIDATE_SARIF = os.path.join(SOURCE_DIR, "tests", "sarif", "validate.sh")
PLUGIN = os.environ.get("TENET_PLUGIN", "")
CLANGXX = os.environ.get("TENET_CLANGXX", "") or shutil.which("clang++-19") or ""
SNIPPET = re.compile(r"^<!-- snippet: ([\w-]+) -->\n```(\w*)\n(.*?)^```", re.M | re.S)
EXPECTED = {"pre-commit", "github-code-scanning", "reviewdog", "reviewdog-github", "gitlab", "vscode",
            "vscode-task", "cmake-plugin"}
CODE_QUALITY_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}
GIT_CONFIG = "[user]\n\tname = tenet test\n\temail = test@example.invalid\n[init]\n\tdefaultBranch = main\n"

# The scratch project every snippet runs on: findings of several rules, one with a fix.
PROJECT = {
    "shapes/__init__.py": '"""Shapes."""\n',
    "shapes/area.py": '"""Areas."""\n\n\ndef area(width, height):\n    return width * height\n\n\n'
                      'def load(path):\n    """   Load a file.   """\n    try:\n'
                      '        with open(path, encoding="utf-8") as handle:\n            return handle.read()\n'
                      '    except:\n        return ""\n',
}


def snippets():
    """Return {name: (language, text)} for every marked block of the integrations guide."""
    with open(GUIDE, encoding="utf-8") as handle:
        text = handle.read()
    return {name: (language, body) for name, language, body in SNIPPET.findall(text)}


def shell_commands(text):
    """Return the commands of a shell snippet: continuation lines joined, comments dropped."""
    joined = re.sub(r"\\\n\s*", " ", text)
    return [line.strip() for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def tenet_side(command):
    """Return the `tenet ...` part of a pipeline (what runs before the first `|`)."""
    words = shlex.split(command)
    if "|" in words:
        words = words[:words.index("|")]
    return words


def option(words, *names):
    """Return the value after the first of *names* in *words*, or None."""
    for i, word in enumerate(words[:-1]):
        if word in names:
            return words[i + 1]
    return None


class IntegrationSnippets(TenetTestCase):
    @classmethod
    def setUpClass(cls):
        cls.snippets = snippets()

    def setUp(self):
        super().setUp()
        for path, content in PROJECT.items():
            self.write(path, content)
        config_dir = tempfile.mkdtemp(prefix="tenet-e2e-gitconfig-")
        self.addCleanup(shutil.rmtree, config_dir, True)
        config = os.path.join(config_dir, "gitconfig")
        with open(config, "w", encoding="utf-8") as handle:
            handle.write(GIT_CONFIG)
        self.env = dict(os.environ, GIT_CONFIG_GLOBAL=config, GIT_CONFIG_NOSYSTEM="1",
                        PATH=os.path.dirname(os.path.abspath(TENET)) + os.pathsep + os.environ.get("PATH", ""))
        self.git("init", "-q")
        self.git("add", "-A")
        self.git("commit", "-qm", "project")

    def git(self, *args, cwd=None):
        return subprocess.run(["git", *args], cwd=cwd or self.tmp, env=self.env, check=True,
                              capture_output=True, text=True).stdout

    def snippet(self, name):
        self.assertIn(name, self.snippets, f"integrations.md has no `<!-- snippet: {name} -->` block")
        return self.snippets[name]

    def run_words(self, words):
        """Run a `tenet ...` command of a snippet (tenet from PATH, as a user would) in the project."""
        self.assertEqual(words[0], "tenet", words)
        completed = subprocess.run(words, cwd=self.tmp, env=self.env, capture_output=True, text=True,
                                   timeout=300, check=False)
        self.assertIn(completed.returncode, (0, 1), f"{shlex.join(words)}:\n{completed.stderr}")
        return completed

    def parse_yaml(self, text):
        if yaml is None:
            print("note: PyYAML (python3-yaml) is not installed; the YAML structure checks are skipped")
            return None
        return yaml.safe_load(text)

    def validate_sarif(self, relative):
        path = os.path.join(self.tmp, relative)
        self.assertTrue(os.path.isfile(path), f"no SARIF file {relative}")
        completed = subprocess.run(["bash", VALIDATE_SARIF, path, "--srcroot", self.tmp],
                                   capture_output=True, text=True, timeout=900, check=False)
        if completed.returncode == 2:
            self.skipTest(f"the SARIF validator is not set up: {completed.stderr.strip()}")
        self.assertEqual(completed.returncode, 0, completed.stdout + completed.stderr)
        with open(path, encoding="utf-8") as handle:
            self.assertGreaterEqual(len(json.load(handle)["runs"][0]["results"]), 3)

    def validate_rdjson(self, words, output):
        with open(RDJSON_SCHEMA, encoding="utf-8") as handle:
            schema = json.load(handle)
        fmt = option(words, "--format")
        if fmt == "rdjson":
            document = json.loads(output)
            jsonschema.validate(document, schema)
            self.assertGreaterEqual(len(document["diagnostics"]), 3)
        else:
            self.assertEqual(fmt, "rdjsonl", words)
            lines = output.splitlines()
            self.assertGreaterEqual(len(lines), 3)
            for line in lines:
                jsonschema.validate(json.loads(line), schema)

    # ---- the tests ------------------------------------------------------------------------

    def test_every_integration_has_a_snippet(self):
        self.assertEqual(set(self.snippets) & EXPECTED, EXPECTED, "missing snippets")
        for name, (language, body) in self.snippets.items():
            self.assertTrue(language, f"snippet {name}: the fence names no language")
            self.assertTrue(body.strip(), f"snippet {name} is empty")

    def test_pre_commit(self):
        if shutil.which("pre-commit") is None:
            self.skipTest("pre-commit is not installed (scripts/setup.sh installs it)")
        language, config = self.snippet("pre-commit")
        self.assertEqual(language, "yaml")
        parsed = self.parse_yaml(config)
        if parsed is not None:
            self.assertEqual([hook["id"] for hook in parsed["repos"][0]["hooks"]], ["tenet"])

        # The hook repository: this repository's own .pre-commit-hooks.yaml, in a scratch
        # repository, so the test sees the working tree's version and needs no network.
        hooks = os.path.join(self.tmp, ".hooks-repo")
        os.makedirs(hooks)
        shutil.copy(os.path.join(SOURCE_DIR, ".pre-commit-hooks.yaml"), hooks)
        self.git("init", "-q", cwd=hooks)
        self.git("add", "-A", cwd=hooks)
        self.git("commit", "-qm", "hooks", cwd=hooks)
        revision = self.git("rev-parse", "HEAD", cwd=hooks).strip()
        repo = re.search(r"repo:\s*(\S+)", config).group(1)
        rev = re.search(r"rev:\s*(\S+)", config).group(1)
        local = config.replace(repo, hooks, 1).replace(rev, revision, 1)

        project = os.path.join(self.tmp, ".precommit-project")
        os.makedirs(project)
        for path, content in PROJECT.items():
            os.makedirs(os.path.join(project, os.path.dirname(path)), exist_ok=True)
            with open(os.path.join(project, path), "w", encoding="utf-8") as handle:
                handle.write(content)
        with open(os.path.join(project, ".pre-commit-config.yaml"), "w", encoding="utf-8") as handle:
            handle.write(local)
        self.git("init", "-q", cwd=project)
        self.git("add", "-A", cwd=project)

        env = dict(self.env, PRE_COMMIT_HOME=os.path.join(self.tmp, ".pre-commit-cache"))
        offline = ["unshare", "-n"] if subprocess.run(["unshare", "-n", "true"], capture_output=True,
                                                      check=False).returncode == 0 else []
        if not offline:
            print("note: `unshare -n` is not available; pre-commit runs without a network namespace")

        def pre_commit(*args):
            return subprocess.run([*offline, "pre-commit", *args], cwd=project, env=env, capture_output=True,
                                  text=True, timeout=300, check=False)

        blocked = pre_commit("run", "--all-files")
        self.assertEqual(blocked.returncode, 1, blocked.stdout + blocked.stderr)
        self.assertIn("shapes/area.py:4:5: D103", blocked.stdout)
        # The same files, documented: the hook passes.
        with open(os.path.join(project, "shapes/area.py"), "w", encoding="utf-8") as handle:
            handle.write('"""Areas."""\n\n\ndef area(width, height):\n    """Return the area."""\n'
                         "    return width * height\n")
        self.git("add", "-A", cwd=project)
        passed = pre_commit("run", "--all-files")
        self.assertEqual(passed.returncode, 0, passed.stdout + passed.stderr)

    def test_github_code_scanning(self):
        language, workflow = self.snippet("github-code-scanning")
        self.assertEqual(language, "yaml")
        runs = re.findall(r"^\s*run:\s*(tenet .*)$", workflow, re.M)
        self.assertEqual(len(runs), 1, "one `run: tenet check ...` step")
        words = shlex.split(runs[0])
        sarif = option(words, "-o", "--output-file")
        self.assertEqual(option(words, "--format"), "sarif")

        parsed = self.parse_yaml(workflow)
        if parsed is not None:
            steps = parsed["jobs"]["tenet"]["steps"]
            self.assertEqual(parsed["jobs"]["tenet"]["permissions"]["security-events"], "write")
            upload = [step for step in steps if str(step.get("uses", "")).startswith("github/codeql-action/upload-sarif")]
            self.assertEqual(len(upload), 1)
            self.assertEqual(upload[0]["with"]["sarif_file"], sarif, "the upload step uploads what tenet wrote")
            self.assertIn(runs[0], [step.get("run", "").strip() for step in steps])

        completed = self.run_words(words)
        self.assertEqual(completed.returncode, 0, "--exit-zero lets the upload step run")
        self.validate_sarif(sarif)

    def test_reviewdog(self):
        print("note: reviewdog is not installed here; the tenet side of each pipeline is run and its "
              "output checked against rdjson.schema.json")
        language, text = self.snippet("reviewdog")
        self.assertEqual(language, "sh")
        commands = shell_commands(text)
        self.assertEqual(len(commands), 2)
        for command in commands:
            with self.subTest(command=command):
                words = tenet_side(command)
                reviewdog = shlex.split(command)[len(words) + 1:]
                self.assertEqual(reviewdog[0], "reviewdog")
                self.assertIn(f"-f={option(words, '--format')}", reviewdog, "reviewdog reads the format tenet writes")
                completed = self.run_words(words)
                self.validate_rdjson(words, completed.stdout)

    def test_reviewdog_github(self):
        language, workflow = self.snippet("reviewdog-github")
        self.assertEqual(language, "yaml")
        parsed = self.parse_yaml(workflow)
        if parsed is not None:
            steps = parsed["jobs"]["tenet"]["steps"]
            script = next(step["run"] for step in steps if "reviewdog -f" in step.get("run", ""))
            self.assertIn("REVIEWDOG_GITHUB_API_TOKEN", next(step for step in steps if step.get("run") == script)["env"])
        else:
            script = workflow[workflow.index("tenet check"):]
        commands = [c for c in shell_commands(script) if c.startswith("tenet ")]
        self.assertEqual(len(commands), 1)
        words = tenet_side(commands[0])
        self.validate_rdjson(words, self.run_words(words).stdout)

    def test_gitlab(self):
        language, job = self.snippet("gitlab")
        self.assertEqual(language, "yaml")
        parsed = self.parse_yaml(job)
        if parsed is not None:
            script = parsed["tenet"]["script"]
            reports = parsed["tenet"]["artifacts"]["reports"]
            self.assertEqual(parsed["tenet"]["artifacts"]["when"], "always")
        else:
            script = re.findall(r"^\s+- (tenet .*)$", job, re.M)
            reports = dict(re.findall(r"^\s+(codequality|junit):\s*(\S+)$", job, re.M))
        commands = [line for line in script if line.startswith("tenet ")]
        self.assertEqual(len(commands), 1)
        completed = self.run_words(shlex.split(commands[0]))
        self.assertEqual(completed.returncode, 1, "findings fail the job")

        with open(os.path.join(self.tmp, reports["codequality"]), encoding="utf-8") as handle:
            issues = json.load(handle)
        self.assertGreaterEqual(len(issues), 3)
        for issue in issues:
            self.assertIsInstance(issue["description"], str)
            self.assertRegex(issue["check_name"], r"^[A-Z]+[0-9]+$")
            self.assertIn(issue["severity"], CODE_QUALITY_SEVERITIES)
            self.assertFalse(issue["location"]["path"].startswith(("/", "./")))
            self.assertTrue(os.path.isfile(os.path.join(self.tmp, issue["location"]["path"])))
            self.assertGreaterEqual(issue["location"]["lines"]["begin"], 1)
        fingerprints = [issue["fingerprint"] for issue in issues]
        self.assertEqual(len(set(fingerprints)), len(fingerprints), "GitLab needs unique fingerprints")
        if "junit" in reports:
            root = ElementTree.parse(os.path.join(self.tmp, reports["junit"])).getroot()
            self.assertGreaterEqual(len(root.findall(".//failure")), 3)

    def test_vscode(self):
        print("note: VS Code is not run; the SARIF file it would open is validated")
        language, text = self.snippet("vscode")
        self.assertEqual(language, "sh")
        commands = shell_commands(text)
        self.assertEqual([c.split()[0] for c in commands], ["tenet", "code"])
        words = shlex.split(commands[0])
        self.assertEqual(shlex.split(commands[1])[1], option(words, "-o", "--output-file"))
        self.run_words(words)
        self.validate_sarif(option(words, "-o", "--output-file"))

    def test_vscode_task(self):
        language, text = self.snippet("vscode-task")
        self.assertEqual(language, "json")
        tasks = json.loads(text)["tasks"]
        self.assertEqual(len(tasks), 1)
        self.assertEqual(tasks[0]["type"], "shell")
        words = shlex.split(tasks[0]["command"])
        self.run_words(words)
        self.validate_sarif(option(words, "-o", "--output-file"))

    def test_cmake_plugin(self):
        if not PLUGIN or not os.path.isfile(PLUGIN):
            self.skipTest("tenet was built without the C++ engine: no Clang plugin")
        if not CLANGXX or shutil.which("cmake") is None:
            self.skipTest("clang++-19 or cmake is not installed")
        language, snippet = self.snippet("cmake-plugin")
        self.assertEqual(language, "cmake")
        project = os.path.join(self.tmp, "cmake-project")
        os.makedirs(os.path.join(project, "src"))
        with open(os.path.join(project, "CMakeLists.txt"), "w", encoding="utf-8") as handle:
            handle.write("cmake_minimum_required(VERSION 3.16)\nproject(demo LANGUAGES CXX)\n"
                         "add_library(mylib STATIC src/cache.cpp)\n"
                         "target_compile_features(mylib PRIVATE cxx_std_20)\n\n" + snippet)
        with open(os.path.join(project, "src", "cache.cpp"), "w", encoding="utf-8") as handle:
            handle.write("#include <stdexcept>\n\n/// Loads the cache.\nvoid load_cache() {\n  try {\n"
                         "    throw std::runtime_error(\"cold\");\n  } catch (const std::exception &) {\n  }\n}\n")
        build = os.path.join(project, "build")
        configure = subprocess.run(["cmake", "-S", project, "-B", build, f"-DCMAKE_CXX_COMPILER={CLANGXX}",
                                    f"-DTENET_PLUGIN={PLUGIN}"], capture_output=True, text=True, timeout=300,
                                   check=False)
        self.assertEqual(configure.returncode, 0, configure.stdout + configure.stderr)
        self.assertNotIn("not used", configure.stderr, "the snippet did not take clang++-19 for Clang 19")
        built = subprocess.run(["cmake", "--build", build], capture_output=True, text=True, timeout=600,
                               check=False)
        output = built.stdout + built.stderr
        self.assertEqual(built.returncode, 0, output)
        self.assertRegex(output, r"cache\.cpp:7:\d+: warning: .*\[CXE001\]")


if __name__ == "__main__":
    unittest.main(verbosity=2)
