// reviewdog's native formats: rdjson (one document) and rdjsonl (one diagnostic per
// line). reviewdog turns fixes into suggested changes on the pull request.
#include <string>

#include "linters/report/formats.h"

namespace tenet::report {
namespace {

using nlohmann::ordered_json;

constexpr std::string_view kRuleDocBase = "https://github.com/tenet-lint/tenet/blob/main/docs/rules/";

std::string_view rdjson_severity(const Finding& finding) {
  switch (finding.level) {
    case Severity::note: return "INFO";
    case Severity::warning: return "WARNING";
    case Severity::error: return "ERROR";
  }
  return "WARNING";
}

/// reviewdog counts columns in UTF-8 bytes.
ordered_json range_json(const Position& start, const Position& end) {
  return ordered_json{{"start", {{"line", start.line}, {"column", start.byte_column}}},
                      {"end", {{"line", end.line}, {"column", end.byte_column}}}};
}

ordered_json diagnostic_json(const FileReport& file, const Finding& finding) {
  ordered_json diagnostic{
      {"message", finding.message},
      {"location", {{"path", file.path}, {"range", range_json(finding.start, finding.end)}}},
      {"severity", rdjson_severity(finding)},
      {"source", {{"name", "tenet"}}},
      {"code", {{"value", finding.rule->code}, {"url", std::string(kRuleDocBase) + std::string(finding.rule->code) + ".md"}}},
  };
  if (finding.fix) {
    ordered_json suggestions = ordered_json::array();
    for (const ResolvedEdit& edit : finding.fix->edits) {
      suggestions.push_back({{"range", range_json(edit.start, edit.end)}, {"text", edit.text}});
    }
    diagnostic["suggestions"] = std::move(suggestions);
  }
  return diagnostic;
}

}  // namespace

void write_rdjson(const RunReport& run, const ReportOptions& options, std::ostream& out) {
  ordered_json diagnostics = ordered_json::array();
  for (const FileReport& file : run.files) {
    for (const Finding& finding : file.findings) {
      if (is_shown(finding, options) && !finding.suppressed) diagnostics.push_back(diagnostic_json(file, finding));
    }
  }
  const ordered_json document{{"source", {{"name", "tenet"}, {"url", "https://github.com/tenet-lint/tenet"}}},
                              {"diagnostics", std::move(diagnostics)}};
  write_json_document(document, out);
}

void write_rdjsonl(const RunReport& run, const ReportOptions& options, std::ostream& out) {
  for (const FileReport& file : run.files) {
    for (const Finding& finding : file.findings) {
      if (!is_shown(finding, options) || finding.suppressed) continue;
      out << diagnostic_json(file, finding).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    }
  }
}

}  // namespace tenet::report
