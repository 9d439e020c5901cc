/// \file
/// Output formats: text, json, sarif, github, gitlab, junit.
///
/// Every writer renders a finished RunReport; none reads files or decides what is
/// reported. Writers never throw (apart from std::bad_alloc): text that is not valid
/// UTF-8 is repaired with U+FFFD rather than rejected.
#pragma once

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

/// Writes \p contents to \p path through a temporary file in the same directory and a
/// rename, so readers never see a half-written file.
/// \param path     The file to write.
/// \param contents The bytes to write.
/// \throws std::runtime_error Naming the path on failure; the temporary file is removed.
void write_file_atomically(const std::filesystem::path& path, std::string_view contents);

}  // namespace tenet::report
