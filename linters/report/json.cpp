// tenet's own JSON format: a flat list of findings with everything a script needs,
// without SARIF's indirection (rule index, uriBaseId, nested regions).
#include "linters/report/formats.h"

namespace tenet::report {
namespace {

using nlohmann::ordered_json;

ordered_json position_json(const Position& position) {
  return ordered_json{{"line", position.line}, {"column", position.column}};
}

ordered_json fix_json(const std::optional<ResolvedFix>& fix) {
  if (!fix) return nullptr;
  ordered_json edits = ordered_json::array();
  for (const ResolvedEdit& edit : fix->edits) {
    edits.push_back({{"start", position_json(edit.start)},
                     {"end", position_json(edit.end)},
                     {"text", edit.text}});
  }
  return ordered_json{{"title", fix->title},
                      {"safety", fix_safety_name(fix->safety)},
                      {"edits", std::move(edits)}};
}

ordered_json finding_json(const FileReport& file, const Finding& finding) {
  const RuleMeta& rule = *finding.rule;
  return ordered_json{{"code", rule.code},
                      {"name", rule.name},
                      {"severity", severity_name(finding.level)},
                      {"message", finding.message},
                      {"path", file.path},
                      {"start", position_json(finding.start)},
                      {"end", position_json(finding.end)},
                      {"symbol", finding.symbol},
                      {"suppressed", finding.suppressed},
                      {"fix", fix_json(finding.fix)}};
}

}  // namespace

void write_json(const RunReport& run, const ReportOptions& options, std::ostream& out) {
  ordered_json findings = ordered_json::array();
  for (const FileReport& file : run.files) {
    for (const Finding& finding : file.findings) {
      if (is_shown(finding, options)) findings.push_back(finding_json(file, finding));
    }
  }
  const ordered_json document{{"version", run.tool_version},
                              {"files_checked", run.files_checked},
                              {"findings", std::move(findings)}};
  write_json_document(document, out);
}

}  // namespace tenet::report
