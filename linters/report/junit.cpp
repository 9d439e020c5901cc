// JUnit XML, the test-report format every CI system reads (GitLab, Jenkins, Azure):
// a file with findings is a failed test case, one <failure> per finding, so CI pages
// list the offending files next to the project's real tests.
#include <cstddef>
#include <sstream>
#include <string>

#include "linters/report/escape.h"
#include "linters/report/formats.h"

namespace tenet::report {
namespace {

std::string attribute(std::string_view text) { return xml_escape(text, XmlContext::attribute); }
std::string content(std::string_view text) { return xml_escape(text, XmlContext::content); }

std::string location_of(const FileReport& file, const Finding& finding) {
  return file.path + ':' + std::to_string(finding.start.line) + ':' + std::to_string(finding.start.column);
}

/// Writes the test case of one file; returns whether it failed. Suppressed findings
/// (shown only on request) are listed in <system-out> and do not fail the case.
bool write_file_case(const FileReport& file, const ReportOptions& options, std::ostream& out) {
  bool failed = false;
  std::string suppressed;
  std::ostringstream body;
  for (const Finding& finding : file.findings) {
    if (!is_shown(finding, options)) continue;
    const std::string code(finding.rule->code);
    if (finding.suppressed) {
      suppressed += location_of(file, finding) + ": " + code + ' ' + finding.message + " [suppressed]\n";
      continue;
    }
    failed = true;
    body << "      <failure message=\"" << attribute(code + ' ' + finding.message) << "\" type=\""
         << attribute(code) << "\">" << content(location_of(file, finding)) << "</failure>\n";
  }
  if (!suppressed.empty()) body << "      <system-out>" << content(suppressed) << "</system-out>\n";
  out << "    <testcase classname=\"" << attribute(file.path) << "\" name=\"" << attribute(file.path)
      << "\">\n"
      << body.str() << "    </testcase>\n";
  return failed;
}

bool has_shown_findings(const FileReport& file, const ReportOptions& options) {
  for (const Finding& finding : file.findings) {
    if (is_shown(finding, options)) return true;
  }
  return false;
}

}  // namespace

void write_junit(const RunReport& run, const ReportOptions& options, std::ostream& out) {
  // The cases go to a buffer first because the totals lead the document.
  std::ostringstream cases;
  std::size_t tests = 0;
  std::size_t failures = 0;  // failed test cases, not <failure> elements: CI pages
                             // compute "passed" as tests - failures
  for (const FileReport& file : run.files) {
    if (!has_shown_findings(file, options)) continue;
    if (write_file_case(file, options, cases)) ++failures;
    ++tests;
  }
  // One passing case records the run itself, so a clean run still has a test.
  cases << "    <testcase classname=\"tenet\" name=\"" << run.files_checked
        << (run.files_checked == 1 ? " file" : " files") << " checked\"/>\n";
  ++tests;

  const std::string totals = "tests=\"" + std::to_string(tests) + "\" failures=\"" + std::to_string(failures) +
                             "\" errors=\"0\"";
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"tenet\" " << totals << ">\n"
      << "  <testsuite name=\"tenet\" " << totals << " skipped=\"0\">\n"
      << cases.str() << "  </testsuite>\n"
      << "</testsuites>\n";
}

}  // namespace tenet::report
