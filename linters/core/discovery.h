/// \file
/// Which files a run checks: explicit paths, directory walks that honour .gitignore,
/// and the exclude globs of the configuration.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "linters/core/settings.h"
#include "linters/core/source_file.h"

namespace tenet {

/// One file to check.
struct DiscoveredFile {
  std::filesystem::path path;  ///< Absolute, lexically normal path.
  FileKind kind = FileKind::unknown;  ///< Language, from the extension or shebang.
  bool named_explicitly = false;  ///< Given on the command line (never excluded).
};

/// A path that could not be examined (unreadable directory, missing path...).
struct DiscoveryProblem {
  std::filesystem::path path;  ///< Absolute path of the offending file or directory.
  std::string message;         ///< One sentence ending with a period.
  bool missing = false;        ///< The path does not exist at all (a usage error).
};

/// The default exclude globs (ruff's list plus `build`), used when `exclude` is unset.
/// \return The globs, static.
const std::vector<std::string>& default_excludes();

/// Returns the settings governing a directory or file (absolute path).
using SettingsLookup = std::function<const Settings&(const std::filesystem::path&)>;

/// Expands \p paths (absolute) into the Python and C++ files to check, sorted and
/// without duplicates. Directories are walked through `git ls-files` when they lie in a
/// git work tree (so .gitignore applies), otherwise on the file system without
/// following directory symlinks. Excludes are matched against paths relative to each
/// file's settings' project root. Throws only what \p settings_for throws.
/// \param paths        Files and directories named on the command line (absolute).
/// \param settings_for The settings governing a directory or file.
/// \param problems     Receives the paths that could not be examined.
/// \param on_found     If set, called with each file as soon as it is found, before the
///                     list is complete: in discovery's order, and a file named twice is
///                     passed twice. The caller may start work on it at once.
/// \return The files to check.
std::vector<DiscoveredFile> discover_files(const std::vector<std::filesystem::path>& paths,
                                           const SettingsLookup& settings_for,
                                           std::vector<DiscoveryProblem>& problems,
                                           const std::function<void(const DiscoveredFile&)>& on_found = {});

/// \p path relative to \p root with forward slashes, or "" when it is not inside root.
/// \param path An absolute path.
/// \param root The directory the result is relative to.
/// \return The relative path, or an empty string.
std::string relative_to(const std::filesystem::path& path, const std::filesystem::path& root);

/// The top of the git work tree containing \p directory, or an empty path.
/// \param directory Where the search for `.git` starts.
/// \return The work tree's top directory, or an empty path outside git.
std::filesystem::path find_git_root(const std::filesystem::path& directory);

}  // namespace tenet
