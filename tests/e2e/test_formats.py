"""Every review-bot format tenet writes passes its consumer's shape (GitLab, reviewdog, GitHub)."""

import json
import os
import re
import unittest

import jsonschema

from tenet_e2e import SOURCE_DIR, TenetTestCase

SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rdjson.schema.json")
CODE_QUALITY_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


class Formats(TenetTestCase):
    def setUp(self):
        super().setUp()
        self.write("pkg/__init__.py", "")
        self.write("pkg/mod.py", "def f():\n    pass\n\n\ndef g():\n    pass\n\n\nclass C:\n    def m(self):\n        pass\n")
        self.result = self.tenet("check", "--isolated", "--exit-zero", "--report", "gitlab:gl.json",
                                 "--report", "rdjson:rd.json", "--report", "rdjsonl:rd.jsonl",
                                 "--report", "github:gh.txt", ".")
        self.assertEqual(self.result.code, 0, self.result.err)
        self.count = len(self.result.findings())
        self.assertGreaterEqual(self.count, 5)

    def read(self, name):
        with open(os.path.join(self.tmp, name), encoding="utf-8") as handle:
            return handle.read()

    def test_gitlab_code_quality_shape(self):
        issues = json.loads(self.read("gl.json"))
        self.assertEqual(len(issues), self.count)
        for issue in issues:
            self.assertIsInstance(issue["description"], str)
            self.assertRegex(issue["check_name"], r"^[A-Z]+[0-9]+$")
            self.assertIn(issue["severity"], CODE_QUALITY_SEVERITIES)
            self.assertFalse(issue["location"]["path"].startswith(("/", "./")))
            self.assertGreaterEqual(issue["location"]["lines"]["begin"], 1)
        fingerprints = [issue["fingerprint"] for issue in issues]
        self.assertEqual(len(set(fingerprints)), len(fingerprints), "GitLab needs unique fingerprints")

    def test_rdjson_and_rdjsonl_match_reviewdogs_format(self):
        with open(SCHEMA, encoding="utf-8") as handle:
            schema = json.load(handle)
        document = json.loads(self.read("rd.json"))
        jsonschema.validate(document, schema)
        self.assertEqual(len(document["diagnostics"]), self.count)
        lines = self.read("rd.jsonl").splitlines()
        self.assertEqual(len(lines), self.count)
        for line in lines:
            jsonschema.validate(json.loads(line), schema)

    def test_github_annotations_and_summary(self):
        lines = self.read("gh.txt").splitlines()
        commands = [line for line in lines if re.match(r"^::(warning|error|notice) file=", line)]
        self.assertEqual(len(commands), self.count)
        self.assertRegex(lines[-1], r"^::notice title=tenet::Found \d+ finding")

    def test_the_schema_rejects_what_reviewdog_would(self):
        with open(SCHEMA, encoding="utf-8") as handle:
            schema = json.load(handle)
        with self.assertRaises(jsonschema.ValidationError):
            jsonschema.validate({"diagnostics": [{"message": "m", "location": {"path": "/abs.py"}}]}, schema)
        with self.assertRaises(jsonschema.ValidationError):
            jsonschema.validate({"diagnostics": [{"message": "m", "location": {"path": "a.py"}, "severity": "WARN"}]},
                                schema)


if __name__ == "__main__":
    unittest.main(verbosity=2)
