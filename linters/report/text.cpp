// The text format: one `path:line:col: CODE message` line per finding, like compilers and
// ruff print them (editors and CI log parsers link them), then a summary line.
#include <cstddef>
#include <string>

#include "linters/report/formats.h"

namespace tenet::report {
namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kRed = "\x1b[31m";
constexpr std::string_view kReset = "\x1b[0m";

/// \p text on one line: a line break inside a message would split the finding in two
/// for every tool that parses this output line by line.
std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

/// "1 file", "2 files".
std::string count_of(std::size_t count, std::string_view noun) {
  std::string out = std::to_string(count);
  out += ' ';
  out += noun;
  if (count != 1) {
    // "entry" -> "entries"; other nouns take an s.
    if (out.ends_with('y')) out.replace(out.size() - 1, 1, "ies");
    else out += 's';
  }
  return out;
}

void write_finding(const FileReport& file, const Finding& finding, bool color, std::ostream& out) {
  const std::string_view path_on = color ? kBold : "";
  const std::string_view code_on = color ? kRed : "";
  const std::string_view off = color ? kReset : "";
  out << path_on << one_line(file.path) << off << ':' << finding.start.line << ':'
      << finding.start.column << ": " << code_on << finding.rule->code << off << ' '
      << one_line(finding.message);
  if (finding.suppressed) out << " [suppressed]";
  out << '\n';
}

void write_summary(const TextStream::Tally& tally, std::size_t files_checked, std::ostream& out) {
  std::string checked = count_of(files_checked, "file") + " checked";
  if (tally.suppressed > 0) checked += "; " + count_of(tally.suppressed, "suppressed finding") + " shown";
  if (tally.findings == 0) {
    out << "All checks passed (" << checked << ").\n";
  } else {
    out << "Found " << count_of(tally.findings, "finding") << " in " << count_of(tally.files, "file")
        << " (" << checked << ").\n";
  }
}

}  // namespace

TextStream::TextStream(const ReportOptions& options, std::ostream& out) : options_(options), out_(out) {}

void TextStream::file(const FileReport& file) {
  bool file_has_findings = false;
  for (const Finding& finding : file.findings) {
    if (!is_shown(finding, options_)) continue;
    write_finding(file, finding, options_.color, out_);
    printed_ = true;
    if (finding.suppressed) {
      ++tally_.suppressed;
    } else {
      ++tally_.findings;
      file_has_findings = true;
    }
  }
  if (file_has_findings) ++tally_.files;
}

void TextStream::finish(const RunReport& run) {
  if (printed_) out_ << '\n';
  write_summary(tally_, run.files_checked, out_);
  if (run.fixes_applied > 0) out_ << "Fixed " << count_of(run.fixes_applied, "finding") << ".\n";
  if (run.stale_baseline_entries > 0) {
    out_ << count_of(run.stale_baseline_entries, "baseline entry")
         << (run.stale_baseline_entries == 1 ? " no longer matches" : " no longer match") << " any finding.\n";
  }
}

void write_text(const RunReport& run, const ReportOptions& options, std::ostream& out) {
  TextStream stream(options, out);
  for (const FileReport& file : run.files) stream.file(file);
  stream.finish(run);
}

}  // namespace tenet::report
