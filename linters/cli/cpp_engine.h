/// \file
/// The tenet side of the C++ engine: runs the `tenet-cpp` driver (which links Clang) as
/// a separate process, so checking Python alone never loads LLVM.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "linters/core/frontend.h"
#include "linters/core/registry.h"
#include "linters/core/settings.h"

namespace tenet::cli {

/// What the driver reported for a batch of C++ files.
struct CppEngineResult {
  /// Diagnostics and NOLINT directives per file (absolute path).
  std::map<std::filesystem::path, FileOutput> outputs;
  /// Files (or compile databases) that could not be checked, with the reason.
  std::vector<std::pair<std::filesystem::path, std::string>> problems;
  /// Informational notes for stderr.
  std::vector<std::string> notes;
};

/// \return The `tenet-cpp` driver beside the running executable (the build and install
///   layouts agree).
std::filesystem::path cpp_driver_path();

/// The driver's arguments for the project root and the `[cpp]` options of \p settings:
/// everything but the mode, `--jobs`, `--select` and the files.
/// \param settings The settings of the files' configuration.
/// \return The arguments, each `[cpp]` list item as one `--option KEY=VALUE`.
std::vector<std::string> cpp_driver_options(const Settings& settings);

/// What one run of the driver printed.
struct CppDriverRun {
  std::vector<nlohmann::json> records;  ///< Its JSON Lines, the objects among them.
  int exit_code = -1;                   ///< Its exit status (-1: it could not run).
  std::string failure;                  ///< The first line of its stderr, for a failed run.
};

/// Runs the driver beside tenet on \p files: \p mode_arguments (`--coverage`, `--jobs N`,
/// `--select ...`), then the options of \p settings, then the files.
/// \param mode_arguments What the driver is to do.
/// \param settings       The settings of the files' configuration.
/// \param files          The C++ files (absolute paths).
/// \return Its records, exit status and first line of stderr.
CppDriverRun run_cpp_driver(std::vector<std::string> mode_arguments, const Settings& settings,
                            const std::vector<std::filesystem::path>& files);

/// Checks \p files (absolute paths of C++ sources and headers) with the driver found
/// next to the running `tenet`, enabling \p codes. \p settings supplies `[cpp]` options
/// and the project root. A missing or failing driver becomes a problem for every file.
/// \param files    The C++ files to check (absolute paths).
/// \param codes    The codes of the C++ rules to run.
/// \param settings The settings of the files' configuration.
/// \param jobs     How many files the driver checks in parallel.
/// \param registry The known rules, to resolve the driver's codes.
/// \return What the driver found per file, and the problems and notes.
CppEngineResult run_cpp_engine(const std::vector<std::filesystem::path>& files, const std::vector<std::string>& codes,
                               const Settings& settings, unsigned jobs, const RuleRegistry& registry);

}  // namespace tenet::cli
