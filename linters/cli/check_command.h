/// \file
/// `tenet check`: discover, check in parallel, filter, report.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "linters/core/config.h"

namespace tenet::cli {

/// One `--report FORMAT:PATH` (or `--format F -o PATH`) destination; empty path = stdout.
struct ReportTarget {
  std::string format;  ///< A format name, e.g. "sarif".
  std::string path;    ///< The file to write atomically; empty for stdout.
};

/// Everything `tenet check` was asked to do.
struct CheckOptions {
  std::vector<std::string> paths;          ///< Files and directories; default ".".
  std::vector<ConfigOverride> overrides;   ///< From --select, --ignore, --config KEY=VALUE...
  std::optional<std::string> config_file;  ///< --config PATH.
  bool isolated = false;                   ///< Ignore every config file.
  std::vector<ReportTarget> reports;       ///< At least one.
  bool exit_zero = false;  ///< --exit-zero: findings do not fail the run.
  std::optional<std::string> fail_level;   ///< --fail-level.
  unsigned jobs = 0;                       ///< 0 = one per core.
  bool show_suppressed = false;  ///< --show-suppressed: report suppressed findings too.
  std::optional<std::string> diff_base;    ///< --diff-base REV: only changed lines.
  std::optional<std::string> baseline;     ///< --baseline FILE: only findings not in it.
  bool show_baseline = false;              ///< Keep baselined findings (SARIF marks them).
  bool fix = false;                        ///< --fix: apply safe fixes to the files.
  bool unsafe_fixes = false;               ///< --unsafe-fixes: with --fix, apply unsafe ones too.
  bool diff = false;                       ///< --diff: print what --fix would change; write nothing.
  bool show_files = false;                 ///< --show-files: list the files discovery finds; check nothing.
};

/// A usage error found while running (a path that does not exist...); exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Runs the check. Throws ConfigError, DiffError, BaselineError or UsageError before
/// writing any output.
/// \param options What to check and how to report it.
/// \return The process exit code (0 clean, 1 findings, 2 error).
int run_check(const CheckOptions& options);

/// `tenet baseline -o FILE`: checks like run_check and writes every unsuppressed
/// finding to \p output as a baseline.
/// \param options What to check.
/// \param output  The baseline file to write.
/// \return The exit code (0, or 2 on error).
int write_baseline(const CheckOptions& options, const std::string& output);

}  // namespace tenet::cli
