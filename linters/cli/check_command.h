/// \file
/// `tenet check`: discover, check in parallel, filter, report.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "linters/core/config.h"

namespace tenet::cli {

/// One `--report FORMAT:PATH` (or `--format F -o PATH`) destination; empty path = stdout.
struct ReportTarget {
  std::string format;
  std::string path;
};

/// Everything `tenet check` was asked to do.
struct CheckOptions {
  std::vector<std::string> paths;          ///< Files and directories; default ".".
  std::vector<ConfigOverride> overrides;   ///< From --select, --ignore, --config KEY=VALUE...
  std::optional<std::string> config_file;  ///< --config PATH.
  bool isolated = false;                   ///< Ignore every config file.
  std::vector<ReportTarget> reports;       ///< At least one.
  bool exit_zero = false;
  std::optional<std::string> fail_level;   ///< --fail-level.
  unsigned jobs = 0;                       ///< 0 = one per core.
  bool show_suppressed = false;
};

/// Runs the check and returns the process exit code (0 clean, 1 findings, 2 error).
int run_check(const CheckOptions& options);

}  // namespace tenet::cli
