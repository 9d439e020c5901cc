#!/usr/bin/env python3
"""Checks of tenet's SARIF output, used by tests/sarif/validate.sh and the report tests.

Subcommands (exit 0 = passed, 1 = problems found, 2 = bad invocation or input):

  schema LOG SCHEMA           validate LOG against the JSON schema in SCHEMA
  multitool-log LOG           summarise the log the SARIF multitool's `validate -o`
                              wrote; errors and warnings fail, notes are ignored
  expectations LOG [--srcroot DIR]
                              what tenet promises its SARIF consumers (DESIGN.md §7);
                              with --srcroot, every primaryLocationLineHash must equal
                              the value recomputed from the source under DIR
  linehash FILE...            print "FILE:LINE<TAB>HASH" for every line of each FILE

Only the standard library is needed, plus python3-jsonschema for `schema`.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import struct
import sys
from urllib.parse import unquote, urlsplit

# ---------------------------------------------------------------- line hash
#
# GitHub's primaryLocationLineHash as its upload-sarif action computes it: the file as
# UTF-16 code units (ill-formed UTF-8 read as U+FFFD); spaces and tabs dropped; CR read
# as LF and an LF right after a CR dropped; an end-of-file unit 0xFFFF appended. A line's
# hash is sum(unit[start + k] * 37 ** (99 - k) for k in 0..99) modulo 2**64 over the kept
# units from the line's first one (zeros past the end), in lowercase hex, followed by
# ":n" where n numbers repeats of that hash within the file.

WINDOW = 100
BASE = 37
MASK = (1 << 64) - 1
EOF_UNIT = 0xFFFF


def utf16_units(data: bytes) -> list[int]:
    """Return the UTF-16 code units of data decoded as UTF-8 the way Node and browsers do."""
    text = data.decode("utf-8", errors="replace")
    encoded = text.encode("utf-16-le", errors="surrogatepass")
    return list(struct.unpack(f"<{len(encoded) // 2}H", encoded))


def kept_units_and_line_starts(units: list[int]) -> tuple[list[int], list[int]]:
    kept: list[int] = []
    line_starts: list[int] = []
    after_cr = False
    new_line = True
    for unit in units + [EOF_UNIT]:
        if unit in (0x20, 0x09):
            after_cr = False
            continue
        if unit == 0x0A and after_cr:
            after_cr = False
            continue
        after_cr = unit == 0x0D
        if after_cr:
            unit = 0x0A
        if new_line:
            line_starts.append(len(kept))
        new_line = unit == 0x0A
        kept.append(unit)
    return kept, line_starts


def line_hashes_of_bytes(data: bytes) -> list[str]:
    """Return the primaryLocationLineHash of every line of data; element 0 is line 1."""
    kept, line_starts = kept_units_and_line_starts(utf16_units(data))
    seen: dict[int, int] = {}
    hashes = []
    for start in line_starts:
        value = 0
        for k in range(WINDOW):
            unit = kept[start + k] if start + k < len(kept) else 0
            value = (value * BASE + unit) & MASK
        seen[value] = seen.get(value, 0) + 1
        hashes.append(f"{value:x}:{seen[value]}")
    return hashes


def cmd_linehash(args) -> int:
    for path in args.files:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as error:
            print(f"cannot read {path}: {error}", file=sys.stderr)
            return 2
        for number, value in enumerate(line_hashes_of_bytes(data), 1):
            print(f"{path}:{number}\t{value}")
    return 0

# ---------------------------------------------------------------- helpers


def load_json(path: str):
    try:
        with open(path, "rb") as handle:
            return json.loads(handle.read().decode("utf-8"))
    except OSError as error:
        print(f"cannot read {path}: {error}", file=sys.stderr)
        sys.exit(2)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        print(f"{path}: not UTF-8 JSON: {error}", file=sys.stderr)
        sys.exit(1)


class Problems:
    """Collects (where, what) pairs and prints them in one format."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def add(self, where: str, what: str) -> None:
        self.items.append((where, what))

    def report(self, title: str) -> int:
        for where, what in self.items:
            print(f"  FAIL {where}: {what}")
        print(f"{title}: {len(self.items)} problem(s)")
        return 1 if self.items else 0

# ---------------------------------------------------------------- schema


def cmd_schema(args) -> int:
    try:
        import jsonschema
        from jsonschema.validators import validator_for
    except ImportError:
        print("python3-jsonschema is missing (Debian: apt-get install python3-jsonschema)", file=sys.stderr)
        return 2
    log = load_json(args.log)
    schema = load_json(args.schema)
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    format_checker = getattr(validator_class, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
    validator = validator_class(schema, format_checker=format_checker)
    problems = Problems()
    for error in sorted(validator.iter_errors(log), key=lambda e: [str(p) for p in e.absolute_path]):
        problems.add("/" + "/".join(str(p) for p in error.absolute_path), error.message[:300])
    return problems.report(f"schema ({validator_class.__name__})")

# ---------------------------------------------------------------- multitool log


def message_text(result: dict, rules: list) -> str:
    message = result.get("message") or {}
    if isinstance(message.get("text"), str):
        return message["text"]
    index = result.get("ruleIndex", -1)
    rule = rules[index] if isinstance(index, int) and 0 <= index < len(rules) else {}
    template = ((rule.get("messageStrings") or {}).get(message.get("id", "")) or {}).get("text", "")
    arguments = message.get("arguments") or []

    def argument(match: re.Match) -> str:
        n = int(match.group(1))
        return str(arguments[n]) if n < len(arguments) else match.group(0)

    return re.sub(r"\{(\d+)\}", argument, template) or message.get("id", "?")


def cmd_multitool_log(args) -> int:
    log = load_json(args.log)
    problems = Problems()
    notes = 0
    for run in log.get("runs") or []:
        rules = ((run.get("tool") or {}).get("driver") or {}).get("rules") or []
        for result in run.get("results") or []:
            level = result.get("level")
            if level is None:  # SARIF's default comes from the rule, then "warning"
                index = result.get("ruleIndex", -1)
                rule = rules[index] if isinstance(index, int) and 0 <= index < len(rules) else {}
                level = (rule.get("defaultConfiguration") or {}).get("level", "warning")
            if level in ("note", "none"):
                notes += 1
                continue
            problems.add(f"{result.get('ruleId', '?')} ({level})", message_text(result, rules)[:400])
        for invocation in run.get("invocations") or []:
            notifications = (invocation.get("toolExecutionNotifications") or []) + (
                invocation.get("toolConfigurationNotifications") or [])
            for notification in notifications:
                if notification.get("level") == "error":
                    problems.add("multitool", (notification.get("message") or {}).get("text", "?")[:400])
    print(f"  ({notes} note(s) not counted)")
    return problems.report("multitool")

# ---------------------------------------------------------------- expectations

REGION_KEYS = ("startLine", "startColumn", "endLine", "endColumn")
LINE_HASH = re.compile(r"^[0-9a-f]{1,16}:[1-9][0-9]*$")


def check_relative_uri(problems: Problems, where: str, artifact: dict) -> None:
    uri = artifact.get("uri")
    if not isinstance(uri, str) or not uri:
        problems.add(where, "artifactLocation.uri missing")
        return
    if urlsplit(uri).scheme or uri.startswith("/"):
        problems.add(where, f"uri '{uri}' is not relative to the project root")
    if uri.startswith("./") or "\\" in uri or ".." in uri.split("/") or " " in uri:
        problems.add(where, f"uri '{uri}' is not a clean percent-encoded path with '/'")
    if artifact.get("uriBaseId") != "%SRCROOT%":
        problems.add(where, "uriBaseId must be %SRCROOT%")


def check_region(problems: Problems, where: str, region) -> None:
    if not isinstance(region, dict) or any(not isinstance(region.get(k), int) for k in REGION_KEYS):
        problems.add(where, "region needs integer startLine, startColumn, endLine and endColumn")
        return
    if region["startLine"] < 1 or region["startColumn"] < 1:
        problems.add(where, "lines and columns are 1-based")
    start = (region["startLine"], region["startColumn"])
    end = (region["endLine"], region["endColumn"])
    if end < start:
        problems.add(where, f"region ends at {end}, before its start {start}")


def check_rules(problems: Problems, driver: dict) -> dict:
    """Check tool.driver.rules; return rule id -> index."""
    index_of: dict[str, int] = {}
    for i, rule in enumerate(driver.get("rules") or []):
        where = f"rules[{i}]"
        rule_id = rule.get("id")
        if rule_id in index_of:
            problems.add(where, f"rule id {rule_id} listed twice")
        index_of[rule_id] = i
        for field in ("shortDescription", "fullDescription"):
            if not (rule.get(field) or {}).get("text"):
                problems.add(where, f"{field}.text missing")
        help_ = rule.get("help") or {}
        if not help_.get("text") or not help_.get("markdown"):
            problems.add(where, "help.text and help.markdown are both required")
        if not rule.get("name"):
            problems.add(where, "name missing")
        if (rule.get("defaultConfiguration") or {}).get("level") not in ("note", "warning", "error"):
            problems.add(where, "defaultConfiguration.level missing or invalid")
        properties = rule.get("properties") or {}
        if not isinstance(properties.get("tags"), list):
            problems.add(where, "properties.tags must be an array")
        if properties.get("precision") not in ("very-high", "high", "medium", "low"):
            problems.add(where, "properties.precision missing or invalid")
        if "security-severity" in properties:
            problems.add(where, "tenet sets no security-severity (it would make security alerts)")
    return index_of


def check_result(problems: Problems, where: str, result: dict, index_of: dict, line_hash_of) -> None:
    rule_id = result.get("ruleId")
    if rule_id not in index_of:
        problems.add(where, f"ruleId {rule_id!r} is not in tool.driver.rules")
    elif result.get("ruleIndex") != index_of[rule_id]:
        problems.add(where, f"ruleIndex {result.get('ruleIndex')} does not point at {rule_id}")
    if result.get("level") not in ("note", "warning", "error"):
        problems.add(where, "explicit level (note, warning or error) required")
    if not (result.get("message") or {}).get("text"):
        problems.add(where, "message.text required")
    locations = result.get("locations")
    if not isinstance(locations, list) or len(locations) != 1:
        problems.add(where, "exactly one location required (reviewdog comments once per location)")
        return
    physical = (locations[0] or {}).get("physicalLocation") or {}
    artifact = physical.get("artifactLocation") or {}
    check_relative_uri(problems, where, artifact)
    region = physical.get("region")
    if result.get("baselineState") == "absent":
        # A finding that went away (baselines record no lines): a region for GitHub's
        # sake, the file's first line, and no line hash, since no line is its own.
        check_region(problems, where, region)
        return
    check_region(problems, where, region)
    line_hash = (result.get("partialFingerprints") or {}).get("primaryLocationLineHash")
    if not isinstance(line_hash, str) or not LINE_HASH.match(line_hash):
        problems.add(where, f"partialFingerprints.primaryLocationLineHash missing or malformed: {line_hash!r}")
    elif line_hash_of is not None and isinstance(region, dict):
        wanted = line_hash_of(artifact.get("uri", ""), region.get("startLine", 0))
        if wanted != line_hash:
            problems.add(where, f"primaryLocationLineHash {line_hash}, but the source gives {wanted}")
    for f, fix in enumerate(result.get("fixes") or []):
        for c, change in enumerate(fix.get("artifactChanges") or []):
            for r, replacement in enumerate(change.get("replacements") or []):
                fix_where = f"{where}/fixes[{f}]/artifactChanges[{c}]/replacements[{r}]"
                check_region(problems, fix_where, replacement.get("deletedRegion"))
                if not isinstance((replacement.get("insertedContent") or {}).get("text"), str):
                    problems.add(fix_where, "insertedContent.text required (reviewdog)")


def line_hash_lookup(srcroot: str):
    cache: dict[str, list[str]] = {}

    def lookup(uri: str, line: int):
        path = os.path.join(srcroot, unquote(uri))
        if path not in cache:
            try:
                with open(path, "rb") as handle:
                    cache[path] = line_hashes_of_bytes(handle.read())
            except OSError:
                cache[path] = []
        hashes = cache[path]
        return hashes[line - 1] if 1 <= line <= len(hashes) else f"<no line {line} in {path}>"

    return lookup


def cmd_expectations(args) -> int:
    log = load_json(args.log)
    problems = Problems()
    if log.get("version") != "2.1.0":
        problems.add("/version", "must be 2.1.0")
    runs = log.get("runs")
    if not isinstance(runs, list) or len(runs) != 1:
        problems.add("/runs", "exactly one run (GitHub rejects two runs of one tool and category)")
        return problems.report("expectations")
    run = runs[0]
    driver = (run.get("tool") or {}).get("driver") or {}
    if driver.get("name") != "tenet" or not driver.get("semanticVersion") or not driver.get("informationUri"):
        problems.add("tool.driver", "name 'tenet', semanticVersion and informationUri required")
    if (run.get("automationDetails") or {}).get("id") != "tenet/":
        problems.add("automationDetails.id", "must be 'tenet/'")
    if run.get("columnKind") != "unicodeCodePoints":
        problems.add("columnKind", "must be unicodeCodePoints")
    root = ((run.get("originalUriBaseIds") or {}).get("%SRCROOT%") or {}).get("uri", "")
    if not root.startswith("file:///") or not root.endswith("/"):
        problems.add("originalUriBaseIds", f"%SRCROOT% must be an absolute file URI ending in '/': {root!r}")
    if "invocations" in run:
        problems.add("invocations", "tenet writes none (timestamps would break determinism)")
    index_of = check_rules(problems, driver)
    lookup = line_hash_lookup(args.srcroot) if args.srcroot else None
    for k, result in enumerate(run.get("results") or []):
        check_result(problems, f"results[{k}]", result, index_of, lookup)
    print(f"  {len(run.get('results') or [])} result(s), {len(index_of)} rule(s)")
    return problems.report("expectations")

# ---------------------------------------------------------------- main


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("schema")
    command.add_argument("log")
    command.add_argument("schema")
    command.set_defaults(run=cmd_schema)
    command = commands.add_parser("multitool-log")
    command.add_argument("log")
    command.set_defaults(run=cmd_multitool_log)
    command = commands.add_parser("expectations")
    command.add_argument("log")
    command.add_argument("--srcroot")
    command.set_defaults(run=cmd_expectations)
    command = commands.add_parser("linehash")
    command.add_argument("files", nargs="+")
    command.set_defaults(run=cmd_linehash)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
