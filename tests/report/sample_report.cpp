#include "tests/report/sample_report.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "linters/core/line_hash.h"

namespace tenet::testing {

const RuleMeta kDocRule{.code = "TST001",
                        .name = "missing-docstring",
                        .summary = "Public function has no docstring.",
                        .language = Language::python,
                        .severity = Severity::warning,
                        .fix = FixAvailability::safe,
                        .precision = "very-high",
                        .tags = "documentation, python"};
const RuleMeta kCatchAllRule{.code = "TST002",
                             .name = "catch-all-handler",
                             .summary = "Exception is caught and silently discarded.",
                             .language = Language::cpp,
                             .severity = Severity::error,
                             .precision = "high",
                             .tags = "exceptions,reliability"};
const RuleMeta kPrintRule{.code = "TST003",
                          .name = "print-instead-of-logging",
                          .summary = "Output bypasses the logger.",
                          .language = Language::any,
                          .severity = Severity::note,
                          .fix = FixAvailability::unsafe,
                          .precision = "medium",
                          .tags = "logging"};
const RuleMeta kQuietRule{.code = "TST004",
                          .name = "quiet-rule",
                          .summary = "A rule that finds nothing in the sample.",
                          .severity = Severity::warning,
                          .tags = ""};

namespace {

constexpr std::string_view kDocRulePage = R"md(# TST001 — missing-docstring

## What it flags

A public function, class or method without a docstring. Names that start with `_`
are private and **not** flagged.

## Why

Readers and tools such as [pydoc](https://docs.python.org/3/library/pydoc.html) rely on
docstrings.

## Example

```python
def load_config(path):
    ...
```

## Fix safety

The fix inserts a `TODO` stub, which is safe.
)md";

constexpr std::string_view kCatchAllPage = R"md(# TST002 — catch-all-handler

## What it flags

A `catch (...)` or bare `except:` handler that neither logs nor re-throws.
)md";

/// One sample file with what is needed to place findings in it.
class SampleSource {
 public:
  SampleSource(const std::filesystem::path& root, std::string relative_path)
      : path_(std::move(relative_path)), text_(read_file(root / path_)), hashes_(line_hashes(text_)) {
    std::string_view rest = text_;
    while (!rest.empty()) {
      std::size_t end = rest.find_first_of("\r\n");
      const std::string_view line = rest.substr(0, end);
      lines_.push_back(line);
      if (end == std::string_view::npos) break;
      end += (rest[end] == '\r' && end + 1 < rest.size() && rest[end + 1] == '\n') ? 2 : 1;
      rest.remove_prefix(end);
    }
  }

  /// Where \p needle starts on 1-based \p line.
  Position start_of(std::uint32_t line, std::string_view needle) const {
    return {line, column_at(line, offset_of(line, needle))};
  }

  /// One past where \p needle ends on 1-based \p line.
  Position end_of(std::uint32_t line, std::string_view needle) const {
    return {line, column_at(line, offset_of(line, needle) + needle.size())};
  }

  /// A finding of \p rule covering \p needle on \p line.
  Finding finding(const RuleMeta& rule, std::uint32_t line, std::string_view needle, std::string message,
                  std::string symbol) const {
    Finding finding;
    finding.rule = &rule;
    finding.level = rule.severity;
    finding.message = std::move(message);
    finding.start = start_of(line, needle);
    finding.end = end_of(line, needle);
    finding.symbol = std::move(symbol);
    finding.line_hash = hashes_.at(line - 1);
    return finding;
  }

  const std::string& path() const { return path_; }

 private:
  std::size_t offset_of(std::uint32_t line, std::string_view needle) const {
    const std::size_t offset = lines_.at(line - 1).find(needle);
    if (offset == std::string_view::npos) {
      throw std::runtime_error(path_ + ":" + std::to_string(line) + ": no '" + std::string(needle) + "'");
    }
    return offset;
  }

  /// The 1-based code-point column of byte \p offset within \p line.
  std::uint32_t column_at(std::uint32_t line, std::size_t offset) const {
    std::uint32_t column = 1;
    for (const char c : lines_.at(line - 1).substr(0, offset)) {
      if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++column;
    }
    return column;
  }

  std::string path_;
  std::string text_;
  std::vector<std::string> hashes_;
  std::vector<std::string_view> lines_;
};

ResolvedFix single_edit_fix(std::string title, FixAvailability safety, Position start, Position end,
                            std::string text) {
  ResolvedFix fix;
  fix.title = std::move(title);
  fix.safety = safety;
  fix.edits.push_back({start, end, std::move(text)});
  return fix;
}

FileReport config_py(const std::filesystem::path& root) {
  const SampleSource src(root, "src/app/config.py");
  FileReport file{src.path(), true, {}};
  Finding missing = src.finding(kDocRule, 3, "load_config", "Public function 'load_config' has no docstring.",
                                "load_config");
  const Position body = src.start_of(4, "with");
  missing.fix = single_edit_fix("Add a docstring stub", FixAvailability::safe, body, body,
                                "\"\"\"TODO: describe load_config.\"\"\"\n    ");
  file.findings.push_back(std::move(missing));
  file.findings.push_back(src.finding(kDocRule, 8, "parse_port",
                                      "Public function 'parse_port' has no docstring.", "parse_port"));
  Finding print = src.finding(kPrintRule, 9, "print(\"parsing\", text)",
                              "Output goes to stdout through print() instead of the logger.", "parse_port");
  print.suppressed = true;
  file.findings.push_back(std::move(print));
  return file;
}

FileReport main_crlf_cpp(const std::filesystem::path& root) {
  const SampleSource src(root, "src/net/main_crlf.cpp");
  FileReport file{src.path(), true, {}};
  file.findings.push_back(
      src.finding(kDocRule, 1, "main", "Public function 'main' has no documentation comment.", "main"));
  return file;
}

FileReport session_cpp(const std::filesystem::path& root) {
  const SampleSource src(root, "src/net/session.cpp");
  FileReport file{src.path(), true, {}};
  // A range over two lines: from the handler's keyword to its closing brace.
  Finding swallow = src.finding(kCatchAllRule, 6, "catch (...)",
                                "catch (...) in 'Session::close' discards the exception without logging it.",
                                "Session::close");
  swallow.end = src.end_of(7, "}");
  file.findings.push_back(std::move(swallow));
  // Two identical findings in one function: GitLab fingerprints must still differ.
  for (const std::uint32_t line : {11U, 12U}) {
    Finding puts = src.finding(kPrintRule, line, "std::puts(\"reset failed\")",
                               "Output goes to stdout through std::puts() instead of the logger.",
                               "Session::reset");
    puts.fix = single_edit_fix("Log through the project logger", FixAvailability::unsafe,
                               src.start_of(line, "std::puts"), src.end_of(line, "std::puts(\"reset failed\")"),
                               "LOG_ERROR(\"reset failed\")");
    file.findings.push_back(std::move(puts));
  }
  return file;
}

FileReport naive_py(const std::filesystem::path& root) {
  const SampleSource src(root, "src/odd dir/na\xC3\xAFve.py");
  FileReport file{src.path(), true, {}};
  // Characters every format must escape: quotes, markup, percent, comma, colon.
  file.findings.push_back(src.finding(
      kDocRule, 2, "na\xC3\xAFve",
      "Function 'na\xC3\xAFve' has no docstring; 100% <undocumented> & \"odd\", see: here.",
      "na\xC3\xAFve"));
  // An empty range: end == start.
  Finding empty = src.finding(kPrintRule, 3, "\xC3\xA7 * 2", "Parameter '\xC3\xA7' is used but never described.",
                              "na\xC3\xAFve");
  empty.end = empty.start;
  file.findings.push_back(std::move(empty));
  return file;
}

}  // namespace

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

std::string_view sample_rule_doc(std::string_view code) {
  if (code == kDocRule.code) return kDocRulePage;
  if (code == kCatchAllRule.code) return kCatchAllPage;
  return {};
}

report::ReportOptions sample_options(bool show_suppressed) {
  report::ReportOptions options;
  options.show_suppressed = show_suppressed;
  options.rule_doc = &sample_rule_doc;
  return options;
}

RunReport sample_run(const std::filesystem::path& sample_root) {
  RunReport run;
  run.files.push_back(config_py(sample_root));
  run.files.push_back(main_crlf_cpp(sample_root));
  run.files.push_back(session_cpp(sample_root));
  run.files.push_back(naive_py(sample_root));
  run.enabled_rules = {&kDocRule, &kCatchAllRule, &kPrintRule, &kQuietRule};
  run.root_uri = "file:///home/user/project/";
  run.files_checked = 6;
  run.tool_version = "0.1.0";
  return run;
}

}  // namespace tenet::testing
