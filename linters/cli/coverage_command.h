/// \file
/// `tenet coverage`: documented / documentable definitions per file and in total, as the
/// D1xx (Python) and CXD100–CXD106 (C++) rules count them, with `--fail-under PERCENT`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "linters/core/config.h"

namespace tenet::cli {

/// Everything `tenet coverage` was asked to do.
struct CoverageCommandOptions {
  std::vector<std::string> paths;          ///< Files and directories; default ".".
  std::vector<ConfigOverride> overrides;   ///< From --ignore, --exclude, --config KEY=VALUE...
  std::optional<std::string> config_file;  ///< --config PATH.
  bool isolated = false;                   ///< Ignore every config file.
  std::string format = "text";             ///< "text" or "json".
  std::string output_file;                 ///< Empty or "-": stdout; else written atomically.
  std::optional<double> fail_under;        ///< --fail-under; wins over `[coverage] fail-under`.
  bool verbose = false;                    ///< Text output lists every undocumented definition.
  unsigned jobs = 0;                       ///< Worker threads for Python files; 0 = one per core.
};

/// What a coverage run produced for the console (the command line's `main` prints it, so
/// that this library code writes nothing to the console itself).
struct CoverageOutcome {
  int exit_code = 0;                ///< 1 when the total is below the fail-under threshold, else 0.
  std::string stdout_text;          ///< The report when it goes to stdout; empty when written to a file.
  std::vector<std::string> notes;   ///< Informational notes for stderr (C++ files left out...).
};

/// Measures the coverage and renders the report, writing it to CoverageCommandOptions::
/// output_file (atomically) when one is given. A definition kind counts unless `ignore` or
/// `per-file-ignores` turns its rule off for the file (`select` does not matter: coverage
/// is measured whether or not `tenet check` reports missing docstrings). Files that cannot
/// be read or parsed get a line saying so and count nowhere.
/// \param options What to measure and how to report it.
/// \return The exit code, the report for stdout and the notes for stderr.
/// \throws ConfigError On a bad configuration, before anything is written.
/// \throws UsageError On a bad option or a path that does not exist, before anything is written.
/// \throws std::runtime_error When the output file cannot be written.
CoverageOutcome run_coverage(const CoverageCommandOptions& options);

}  // namespace tenet::cli
