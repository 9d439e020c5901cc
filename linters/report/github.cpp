// GitHub Actions workflow commands: the runner turns each `::warning file=...::message`
// line of a step's output into an annotation on the pull request's diff, with no
// upload or token needed.
#include <algorithm>
#include <cstdint>
#include <string>

#include "linters/report/escape.h"
#include "linters/report/formats.h"

namespace tenet::report {
namespace {

/// The command for a level: GitHub has no "note", its closest is "notice".
std::string_view command_for(const Finding& finding) {
  if (finding.suppressed) return "notice";
  switch (finding.level) {
    case Severity::note: return "notice";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "warning";
}

void write_command(const FileReport& file, const Finding& finding, std::ostream& out) {
  out << "::" << command_for(finding) << " file=" << github_escape_property(file.path)
      << ",line=" << finding.start.line;
  const bool one_line = finding.end.line <= finding.start.line;
  if (one_line) {
    // GitHub accepts columns only when the annotation stays on one line.
    const std::uint32_t end_column = std::max(finding.end.column, finding.start.column);
    out << ",col=" << finding.start.column << ",endLine=" << finding.start.line
        << ",endColumn=" << end_column;
  } else {
    out << ",endLine=" << finding.end.line;
  }
  std::string message = finding.message;
  if (finding.suppressed) message += " [suppressed]";
  out << ",title=" << github_escape_property(finding.rule->code) << "::" << github_escape_data(message)
      << '\n';
}

}  // namespace

void write_github(const RunReport& run, const ReportOptions& options, std::ostream& out) {
  std::size_t findings = 0;
  std::size_t files = 0;
  for (const FileReport& file : run.files) {
    bool counted = false;
    for (const Finding& finding : file.findings) {
      if (!is_shown(finding, options)) continue;
      write_command(file, finding, out);
      if (finding.suppressed) continue;
      ++findings;
      if (!counted) ++files;
      counted = true;
    }
  }
  // The job log's last line, and the title GitHub shows above the annotations.
  out << "::notice title=tenet::" << github_escape_data(
      findings == 0 ? "All checks passed (" + std::to_string(run.files_checked) + " files checked)."
                    : "Found " + std::to_string(findings) + " finding(s) in " + std::to_string(files) + " file(s) (" +
                          std::to_string(run.files_checked) + " files checked).") << '\n';
}

}  // namespace tenet::report
