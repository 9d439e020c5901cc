#include "linters/core/discovery.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <system_error>

#include "linters/core/process.h"
#include "linters/core/selection.h"

namespace fs = std::filesystem;

namespace tenet {

const std::vector<std::string>& default_excludes() {
  static const std::vector<std::string> kExcludes{
      ".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints",
      ".mypy_cache", ".nox", ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache",
      ".svn", ".tox", ".venv", ".vscode", "__pypackages__", "_build", "buck-out", "build",
      "dist", "node_modules", "site-packages", "venv"};
  return kExcludes;
}

std::string relative_to(const fs::path& path, const fs::path& root) {
  if (root.empty()) return {};
  const std::string p = path.generic_string();
  std::string r = root.generic_string();
  if (r.empty()) return {};
  if (r.back() != '/') r += '/';
  if (p.size() <= r.size() || p.compare(0, r.size(), r) != 0) return {};
  return p.substr(r.size());
}

fs::path find_git_root(const fs::path& directory) {
  std::error_code ec;
  for (fs::path dir = directory; !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", ec)) return dir;
    if (dir == dir.root_path()) break;
  }
  return {};
}

namespace {

/// Whether \p path is excluded; globs see it relative to the project root, or to the
/// walked directory \p walk_base when the path lies outside the project.
bool is_excluded(const fs::path& path, const Settings& settings, const fs::path& walk_base) {
  std::string relative = relative_to(path, settings.project_root);
  if (relative.empty()) relative = relative_to(path, walk_base);
  if (relative.empty()) relative = path.filename().generic_string();
  const auto& base = settings.exclude.empty() ? default_excludes() : settings.exclude;
  // A directory named on the command line is checked even when a pattern excludes it, as
  // ruff does without --force-exclude: below it, only patterns that do not exclude the
  // named directory itself apply.
  std::error_code error;
  const std::string named = relative_to(fs::absolute(walk_base, error).lexically_normal(), settings.project_root);
  const auto matches = [&](const std::string& pattern) {
    return glob_match(pattern, relative) && (named.empty() || !glob_match(pattern, named));
  };
  return std::any_of(base.begin(), base.end(), matches) ||
         std::any_of(settings.extend_exclude.begin(), settings.extend_exclude.end(), matches);
}

std::string read_first_line(const fs::path& path) {
  std::string line(256, '\0');
  FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return {};
  line.resize(std::fread(line.data(), 1, line.size(), file));
  std::fclose(file);
  return line.substr(0, line.find('\n'));
}

bool is_checked_kind(FileKind kind) { return kind != FileKind::unknown; }

/// A named pipe, socket or device: opening or reading it can block forever (a FIFO with
/// no writer) or never end (`/dev/zero`), so it is reported, never read.
bool is_special_file(const fs::file_status& status) {
  return fs::exists(status) && !fs::is_regular_file(status) && !fs::is_directory(status);
}

constexpr const char* kSpecialFileMessage =
    "Path is not a regular file (a named pipe, socket or device) and was not read.";

/// Lists the files git sees under \p directory (tracked, plus untracked ones that are
/// not ignored); false when git is missing or fails.
bool git_list_files(const fs::path& directory, std::vector<fs::path>& files) {
  const ProcessResult git = run_process(
      {"git", "-C", directory.string(), "ls-files", "-z", "--cached", "--others", "--exclude-standard"}, {});
  if (git.exit_code != 0) return false;
  const std::string& output = git.out;
  std::size_t start = 0;
  while (start < output.size()) {
    const std::size_t end = output.find('\0', start);
    const std::size_t stop = end == std::string::npos ? output.size() : end;
    if (stop > start) files.push_back(directory / output.substr(start, stop - start));
    start = stop + 1;
  }
  return true;
}

/// Walks \p directory without following directory symlinks (no loops possible).
void walk_directory(const fs::path& directory, const SettingsLookup& settings_for,
                    const std::function<void(const fs::path&)>& on_file, std::vector<DiscoveryProblem>& problems) {
  std::error_code ec;
  fs::recursive_directory_iterator it(directory, fs::directory_options::none, ec);
  if (ec) {
    problems.push_back({directory, "Directory could not be read: " + ec.message() + ".", false});
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      problems.push_back({it->path(), "Directory could not be read: " + ec.message() + ".", false});
      ec.clear();
      continue;
    }
    const fs::directory_entry& entry = *it;
    std::error_code status_ec;
    if (entry.is_directory(status_ec) && !entry.is_symlink(status_ec)) {
      if (is_excluded(entry.path(), settings_for(entry.path()), directory)) {
        it.disable_recursion_pending();
      } else if (access(entry.path().c_str(), R_OK | X_OK) != 0) {
        problems.push_back({entry.path(), std::string("Directory could not be read: ") + std::strerror(errno) + ".", false});
        it.disable_recursion_pending();
      }
      continue;
    }
    on_file(entry.path());
  }
}

}  // namespace

std::vector<DiscoveredFile> discover_files(const std::vector<fs::path>& paths, const SettingsLookup& settings_for,
                                           std::vector<DiscoveryProblem>& problems,
                                           const std::function<void(const DiscoveredFile&)>& on_found) {
  std::vector<DiscoveredFile> found;
  const auto add = [&](DiscoveredFile file) {
    if (on_found) on_found(file);
    found.push_back(std::move(file));
  };
  for (const fs::path& given : paths) {
    const fs::path path = given.lexically_normal();
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
      // A dangling or looping symlink exists as a link but not as a target.
      const bool is_link = fs::is_symlink(fs::symlink_status(path, ec));
      problems.push_back({path, is_link ? "Path could not be read: the symbolic link does not resolve." : "No such file or directory.", !is_link});
      continue;
    }
    if (is_special_file(status)) {
      problems.push_back({path, kSpecialFileMessage, false});
      continue;
    }
    if (!fs::is_directory(status)) {
      // A file named explicitly is always checked when tenet knows its language; an
      // extensionless script counts as Python by its shebang.
      add({path, classify_file(path.generic_string(), read_first_line(path)), true});
      continue;
    }
    const auto consider = [&](const fs::path& candidate) {
      const FileKind kind = classify_file(candidate.generic_string());
      if (!is_checked_kind(kind)) return;
      const fs::path normal = candidate.lexically_normal();
      if (is_excluded(normal, settings_for(normal.parent_path()), path)) return;
      // Deleted in the work tree but still in git's index: skip. A looping or dangling
      // symlink exists as a link and is kept, so reading it reports TNT003.
      std::error_code exists_ec;
      if (!fs::exists(fs::symlink_status(normal, exists_ec))) return;
      if (is_special_file(fs::status(normal, exists_ec))) {
        problems.push_back({normal, kSpecialFileMessage, false});
        return;
      }
      add({normal, kind, false});
    };
    std::vector<fs::path> listed;
    const fs::path git_root = find_git_root(path);
    if (!git_root.empty() && git_list_files(path, listed)) {
      for (const fs::path& candidate : listed) consider(candidate);
    } else {
      walk_directory(path, settings_for, consider, problems);
    }
  }
  std::sort(found.begin(), found.end(), [](const DiscoveredFile& a, const DiscoveredFile& b) { return a.path < b.path; });
  found.erase(std::unique(found.begin(), found.end(),
                          [](const DiscoveredFile& a, const DiscoveredFile& b) { return a.path == b.path; }),
              found.end());
  return found;
}

}  // namespace tenet
