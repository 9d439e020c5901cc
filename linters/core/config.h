/// \file
/// Configuration files (`pyproject.toml` `[tool.tenet]`, `tenet.toml`, `.tenet.toml`),
/// command-line overrides, and the effective settings for each file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/registry.h"
#include "linters/core/settings.h"

namespace tenet {

/// A bad configuration: names the file, line and key. The CLI prints `what()` on one
/// line and exits with code 2.
class ConfigError : public std::runtime_error {
 public:
  /// \param file   the config file, or "--config" / "command line" for overrides
  /// \param line   1-based line of the key, 0 when unknown
  /// \param key    dotted key, e.g. "pydocstyle.convention"
  /// \param detail what is wrong, one sentence without a final period
  ConfigError(std::string file, std::uint32_t line, std::string key, const std::string& detail);

  /// The offending file.
  /// \return The config file, or "--config" / "command line" for an override.
  const std::string& file() const { return file_; }
  /// The offending line.
  /// \return Its 1-based line, 0 if unknown.
  std::uint32_t line() const { return line_; }
  /// The offending key.
  /// \return The dotted key, e.g. "pydocstyle.convention".
  const std::string& key() const { return key_; }

 private:
  std::string file_;
  std::uint32_t line_;
  std::string key_;
};

/// One `KEY=VALUE` override from the command line; VALUE is a TOML value
/// (`select=["D1"]`, `pydocstyle.convention="google"`).
struct ConfigOverride {
  std::string origin;  ///< How it was given, e.g. "--config" or "--select", for errors.
  std::string key;     ///< Dotted key.
  std::string value;   ///< TOML value text.
  /// The value's items are added to the list the config file gave (the command line's
  /// `--extend-select` and `--extend-exclude`, as in ruff), instead of replacing it.
  bool append = false;
};

/// The config file that governs \p directory: the nearest `tenet.toml`, `.tenet.toml`
/// or `pyproject.toml` with a `[tool.tenet]` table, searching upwards.
/// \param directory Where the search starts.
/// \return The config file's path, or nothing when no directory up to the root has one.
std::optional<std::filesystem::path> find_config_file(const std::filesystem::path& directory);

/// Loads \p file over the defaults.
/// \param file     A `tenet.toml`, `.tenet.toml` or `pyproject.toml`.
/// \param registry The rules that selectors are checked against.
/// \return The settings, with the file's directory as project root.
/// \throws ConfigError For TOML syntax errors, unknown keys, wrong types, bad values and
///         unknown rule selectors.
Settings load_config_file(const std::filesystem::path& file, const RuleRegistry& registry);

/// Applies \p override to \p settings.
/// \param settings The settings to change.
/// \param override The `KEY=VALUE` to apply.
/// \param registry The rules that selectors are checked against.
/// \throws ConfigError On an unknown key, a value that is not TOML, or a bad value.
void apply_override(Settings& settings, const ConfigOverride& override, const RuleRegistry& registry);

/// Parses `KEY=VALUE` (the text of `--config`) into an override.
/// \param key_equals_value The option's text.
/// \param origin           How it was given (e.g. "--config"), named in errors.
/// \return The override, its value not yet checked.
/// \throws ConfigError When the text has no `=` or no key.
ConfigOverride parse_override(std::string_view key_equals_value, std::string origin);

/// \p settings as a TOML document (the effective configuration `tenet config` prints).
/// \param settings The settings to print.
/// \return The TOML text.
std::string settings_to_toml(const Settings& settings);

/// Finds and caches the settings for each directory; safe to call from several threads.
class ConfigResolver {
 public:
  /// \param registry  the rules selectors are checked against
  /// \param overrides command-line overrides, applied over every file's settings
  /// \param explicit_config a config file given on the command line, used for every file
  ConfigResolver(const RuleRegistry& registry, std::vector<ConfigOverride> overrides,
                 std::optional<std::filesystem::path> explicit_config = std::nullopt);

  /// The settings for the file at absolute path \p file.
  /// \param file Absolute path of a file to check.
  /// \return The settings of its config file with the overrides applied, shared
  ///         between the files that config governs.
  /// \throws ConfigError When the config file or an override is invalid.
  std::shared_ptr<const Settings> settings_for(const std::filesystem::path& file);

 private:
  std::shared_ptr<const Settings> settings_for_config(const std::optional<std::filesystem::path>& config,
                                                      const std::filesystem::path& fallback_root);

  const RuleRegistry& registry_;
  std::vector<ConfigOverride> overrides_;
  std::optional<std::filesystem::path> explicit_config_;
  std::mutex mutex_;
  std::map<std::filesystem::path, std::optional<std::filesystem::path>> config_by_directory_;
  std::map<std::filesystem::path, std::shared_ptr<const Settings>> settings_by_config_;
};

}  // namespace tenet
