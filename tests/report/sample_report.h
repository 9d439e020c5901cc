/// \file
/// The hand-built run that the reporter tests and golden files render.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "linters/core/report_model.h"
#include "linters/report/reporter.h"

namespace tenet::testing {

/// Test-only rules, unrelated to tenet's real ones so that editing those never
/// changes a golden file.
extern const RuleMeta kDocRule;        ///< TST001, warning, safe fix, has a doc page.
extern const RuleMeta kCatchAllRule;   ///< TST002, error, has a doc page.
extern const RuleMeta kPrintRule;      ///< TST003, note, unsafe fix, no doc page.
extern const RuleMeta kQuietRule;      ///< TST004, enabled but without findings.

/// Fixed doc pages for the test rules (stands in for tenet::rule_doc).
/// \param code A rule code.
/// \return the Markdown page of \p code, or an empty view when it has none.
std::string_view sample_rule_doc(std::string_view code);

/// Options for the sample run: fixed doc pages, no colour.
/// \param show_suppressed whether suppressed findings are rendered.
/// \return The options.
report::ReportOptions sample_options(bool show_suppressed = false);

/// The sample run over the sources under \p sample_root (tests/report/sample): several
/// files, every severity, fixes, a suppressed finding, a multi-line and an empty range,
/// non-ASCII paths and text. Line hashes are computed from the files with line_hashes().
/// \param sample_root The directory holding the sample sources.
/// \return The run, ready for any writer.
/// \throws std::runtime_error When a sample file cannot be read.
RunReport sample_run(const std::filesystem::path& sample_root);

/// The contents of \p path.
/// \param path The file to read.
/// \return Its bytes.
/// \throws std::runtime_error When the file cannot be read.
std::string read_file(const std::filesystem::path& path);

}  // namespace tenet::testing
