/// \file
/// What `check`, `baseline` and `coverage` share before their work starts: the settings of
/// each path (config files and command-line overrides, or `--isolated`), the project root,
/// and the files discovered under the paths given.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "linters/core/config.h"
#include "linters/core/discovery.h"
#include "linters/core/registry.h"

namespace tenet::cli {

/// \return The directory output paths are relative to: the git work tree around the current
///   directory, else the current directory.
std::filesystem::path project_root();

/// The settings of any path of a run.
class RunSettings {
 public:
  /// \param registry    The known rules (to check the overrides' selectors).
  /// \param overrides   The command line's settings (`--select`, `--config KEY=VALUE`...).
  /// \param config_file `--config FILE`: the one config file for every path, if given.
  /// \param isolated    `--isolated`: the defaults and the overrides only, whatever is on disk.
  RunSettings(const RuleRegistry& registry, const std::vector<ConfigOverride>& overrides,
              const std::optional<std::string>& config_file, bool isolated);

  /// \param path A file or directory of the run.
  /// \return Its settings: its config file's with the overrides applied (or, with
  ///   `--isolated`, the defaults with them). Throws ConfigError for a bad config file.
  std::shared_ptr<const Settings> settings_for(const std::filesystem::path& path);

 private:
  ConfigResolver resolver_;
  std::shared_ptr<const Settings> isolated_;  ///< Set with --isolated.
};

/// The files of a run and their settings.
struct RunFiles {
  std::vector<DiscoveredFile> files;                      ///< In discovery's order.
  std::vector<std::shared_ptr<const Settings>> settings;  ///< One per file.
  std::vector<DiscoveryProblem> problems;                 ///< Directories or files that could not be read.
};

/// Adds files to those discovered (`--diff-base` adds the changed headers of C++ sources).
using ExtraFiles = std::function<std::vector<DiscoveredFile>(const std::vector<DiscoveredFile>&, const SettingsLookup&)>;

/// Discovers the files under \p given (the current directory when empty) and resolves each
/// one's settings, all on the calling thread, so that a config error stops the run before
/// any output is written. A path that does not exist throws UsageError.
/// \param given    The paths on the command line.
/// \param settings Where the settings come from.
/// \param extra    Files to add after discovery, or empty.
/// \param on_found If set, called on the calling thread with each file discovery finds and
///                 its settings, as soon as it is found (files named twice come twice, the
///                 extra files not at all), so that work can start before discovery ends;
///                 a missing path in \p given still throws, once discovery is over.
/// \return The files, their settings, and the discovery problems.
/// \throws UsageError A path in \p given does not exist.
/// \throws ConfigError A config file that governs a path is broken.
RunFiles discover_run_files(
    const std::vector<std::string>& given, RunSettings& settings, const ExtraFiles& extra = {},
    const std::function<void(const DiscoveredFile&, const std::shared_ptr<const Settings>&)>& on_found = {});

}  // namespace tenet::cli
