// GitLab Code Quality: a JSON array of issues that merge requests show as a widget.
// GitLab keeps one issue per fingerprint, so each finding needs its own, and the
// fingerprint must not change when lines move, or every edit would look like new issues.
#include <cstdint>
#include <map>
#include <string>
#include <tuple>

#include "linters/core/fingerprint.h"
#include "linters/report/formats.h"

namespace tenet::report {
namespace {

using nlohmann::ordered_json;

/// Code Climate severities as GitLab shows them.
std::string_view severity_for(const Finding& finding) {
  if (finding.suppressed) return "info";
  switch (finding.level) {
    case Severity::note: return "info";
    case Severity::warning: return "minor";
    case Severity::error: return "major";
  }
  return "minor";
}

ordered_json issue_json(const FileReport& file, const Finding& finding, std::string fingerprint_hex) {
  std::string description = std::string(finding.rule->code) + ": " + finding.message;
  if (finding.suppressed) description += " [suppressed]";
  return ordered_json{
      {"description", std::move(description)},
      {"check_name", finding.rule->code},
      {"fingerprint", std::move(fingerprint_hex)},
      {"severity", severity_for(finding)},
      {"location", {{"path", file.path}, {"lines", {{"begin", finding.start.line}}}}},
  };
}

}  // namespace

void write_gitlab(const RunReport& run, const ReportOptions& options, std::ostream& out) {
  ordered_json issues = ordered_json::array();
  for (const FileReport& file : run.files) {
    // The core fingerprints every finding; a report assembled elsewhere (tests, merged
    // logs) may not have, so the same function fills the gap.
    std::map<std::tuple<std::string_view, std::string_view, std::string>, unsigned> ordinals;
    for (const Finding& finding : file.findings) {
      const unsigned ordinal = ordinals[{finding.rule->code, finding.symbol, normalise_message(finding.message)}]++;
      if (!is_shown(finding, options)) continue;
      std::string fingerprint = finding.fingerprint.empty()
                                    ? finding_fingerprint(finding.rule->code, file.path, finding.symbol, finding.message, ordinal)
                                    : finding.fingerprint;
      issues.push_back(issue_json(file, finding, std::move(fingerprint)));
    }
  }
  write_json_document(issues, out);
}

}  // namespace tenet::report
