/// \file
/// Output formats: text, json, sarif, github, gitlab, junit.
///
/// Every writer renders a finished RunReport; none reads files or decides what is
/// reported. Writers never throw (apart from std::bad_alloc): text that is not valid
/// UTF-8 is repaired with U+FFFD rather than rejected.
#pragma once

#include <cstddef>
#include <filesystem>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "linters/core/report_model.h"

namespace tenet::report {

/// Looks up the Markdown doc page of a rule by code; returns an empty view when the
/// rule has no page. tenet::rule_doc (the pages embedded at build time) has this type.
using RuleDocFn = std::string_view (*)(std::string_view code);

/// Options that change how a run is rendered.
struct ReportOptions {
  bool show_suppressed = false;  ///< Include suppressed findings (marked as such).
  bool color = false;            ///< ANSI colour (text format, only on a TTY).
  /// Where SARIF rule help comes from; nullptr means tenet::rule_doc. Tests substitute
  /// fixed pages so that their golden files do not change whenever a doc page is edited.
  RuleDocFn rule_doc = nullptr;
};

/// Writes one run in one format. Every finding's `rule` must be non-null.
using WriteFn = void (*)(const RunReport& run, const ReportOptions& options, std::ostream& out);

/// The writer for \p format.
/// \param format A format name, e.g. "sarif".
/// \return The writer, or nullptr when the format is unknown.
WriteFn find_writer(std::string_view format);

/// Names of every output format, in the order `--help` lists them.
/// \return The names, static.
std::span<const std::string_view> format_names();

/// The text format written file by file, so that a run need not hold every finding until
/// the end: `write_text` is file() for each file of a report, then finish().
class TextStream {
 public:
  /// What the summary line counts.
  struct Tally {
    std::size_t findings = 0;    ///< Unsuppressed findings.
    std::size_t files = 0;       ///< Files with at least one unsuppressed finding.
    std::size_t suppressed = 0;  ///< Suppressed findings that were printed.
  };

  /// \param options How to render; must outlive the stream.
  /// \param out     Where the lines go; must outlive the stream.
  TextStream(const ReportOptions& options, std::ostream& out);
  /// Writes the lines of one file's findings (files in the order they are to appear).
  /// \param file The file's findings.
  void file(const FileReport& file);
  /// Writes the summary.
  /// \param run The run's totals (files_checked, fixes_applied, stale_baseline_entries); its
  ///            files are not read.
  void finish(const RunReport& run);

 private:
  const ReportOptions& options_;
  std::ostream& out_;
  Tally tally_;
  bool printed_ = false;  ///< Whether any finding line was written.
};

/// Writes \p contents to \p path through a temporary file in the same directory and a
/// rename, so readers never see a half-written file.
/// \param path     The file to write.
/// \param contents The bytes to write.
/// \throws std::runtime_error Naming the path on failure; the temporary file is removed.
void write_file_atomically(const std::filesystem::path& path, std::string_view contents);

}  // namespace tenet::report
