/// \file
/// Running a helper program (git) without a shell.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace tenet {

/// What a finished child process printed and returned.
struct ProcessResult {
  int exit_code = -1;      ///< The exit status, or -1 when it could not run or was killed.
  std::string out;         ///< Everything written to stdout.
  std::string err;         ///< Everything written to stderr.
};

/// Runs \p argv (argv[0] looked up on PATH) in \p working_directory with stdin closed.
/// Arguments are passed as they are: no shell ever sees them. Never throws.
/// \param argv              The program and its arguments.
/// \param working_directory Where the program runs.
/// \return Its exit code and what it printed.
ProcessResult run_process(const std::vector<std::string>& argv, const std::filesystem::path& working_directory);

}  // namespace tenet
