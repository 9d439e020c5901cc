/// \file
/// Internal to tenet_report: the writer of each format and what they share.
#pragma once

#include <ostream>
#include <string_view>

#include <nlohmann/json.hpp>

#include "linters/core/report_model.h"
#include "linters/report/reporter.h"

namespace tenet::report {

/// Plain-text lines `path:line:col: CODE message` and a summary line.
/// \param run     The findings and files of the run.
/// \param options How to render (suppressed findings, paths, rule documentation).
/// \param out     Where the report is written.
void write_text(const RunReport& run, const ReportOptions& options, std::ostream& out);
/// tenet's own JSON document: version, files_checked and a flat list of findings.
/// \param run     The findings and files of the run.
/// \param options How to render (suppressed findings, paths, rule documentation).
/// \param out     Where the report is written.
void write_json(const RunReport& run, const ReportOptions& options, std::ostream& out);
/// A SARIF 2.1.0 log with one run, shaped for GitHub code scanning (DESIGN.md §7).
/// \param run     The findings and files of the run.
/// \param options How to render (suppressed findings, paths, rule documentation).
/// \param out     Where the report is written.
void write_sarif(const RunReport& run, const ReportOptions& options, std::ostream& out);
/// GitHub Actions workflow commands (<tt>\::warning file=...\::message</tt>), one per finding.
/// \param run     The findings and files of the run.
/// \param options How to render (suppressed findings, paths, rule documentation).
/// \param out     Where the report is written.
void write_github(const RunReport& run, const ReportOptions& options, std::ostream& out);
/// A GitLab Code Quality report (a JSON array of issues).
/// \param run     The findings and files of the run.
/// \param options How to render (suppressed findings, paths, rule documentation).
/// \param out     Where the report is written.
void write_gitlab(const RunReport& run, const ReportOptions& options, std::ostream& out);
/// reviewdog's rdjson: one document with every diagnostic and fix suggestions.
/// \param run     The findings and files of the run.
/// \param options How to render (suppressed findings, paths, rule documentation).
/// \param out     Where the report is written.
void write_rdjson(const RunReport& run, const ReportOptions& options, std::ostream& out);
/// reviewdog's rdjsonl: one diagnostic object per line.
/// \param run     The findings and files of the run.
/// \param options How to render (suppressed findings, paths, rule documentation).
/// \param out     Where the report is written.
void write_rdjsonl(const RunReport& run, const ReportOptions& options, std::ostream& out);
/// A JUnit XML report with one testcase per file that has findings.
/// \param run     The findings and files of the run.
/// \param options How to render (suppressed findings, paths, rule documentation).
/// \param out     Where the report is written.
void write_junit(const RunReport& run, const ReportOptions& options, std::ostream& out);

/// Whether \p finding is rendered: suppressed findings only when asked for.
/// A baselined result that went away (`absent`) exists only for SARIF's baselineState.
/// \param finding The finding to render or skip.
/// \param options The report options; `show_suppressed` asks for suppressed findings.
/// \return True when a writer should output \p finding.
inline bool is_shown(const Finding& finding, const ReportOptions& options) {
  return (!finding.suppressed || options.show_suppressed) && finding.baseline != BaselineState::absent;
}

/// The word for a fix's safety in JSON output: "safe", "unsafe" or "none".
/// \param safety Whether the finding has a fix, and how safe it is.
/// \return The lowercase name, a string literal.
constexpr std::string_view fix_safety_name(FixAvailability safety) {
  switch (safety) {
    case FixAvailability::none: return "none";
    case FixAvailability::safe: return "safe";
    case FixAvailability::unsafe: return "unsafe";
  }
  return "none";
}

/// Writes \p document with a 2-space indent and a final newline. Strings that are not
/// valid UTF-8 are repaired with U+FFFD instead of throwing, so a writer never fails
/// on odd input.
/// \param document The JSON document to serialize.
/// \param out      Where the text is written.
void write_json_document(const nlohmann::ordered_json& document, std::ostream& out);

}  // namespace tenet::report
