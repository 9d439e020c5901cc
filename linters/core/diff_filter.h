/// \file
/// Code review mode: the lines a change touched, as git reports them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tenet {

/// `--diff-base` could not be honoured (unknown revision, not a git repository...).
class DiffError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The lines changed since a base revision, per file (absolute paths).
class ChangedLines {
 public:
  /// Records that lines \p first..\p last (1-based, inclusive) of \p file changed.
  void add(const std::filesystem::path& file, std::uint32_t first, std::uint32_t last);
  /// Records that every line of \p file is new (an untracked or added file).
  void add_whole_file(const std::filesystem::path& file);
  /// Whether 1-based \p line of \p file changed.
  [[nodiscard]] bool contains(const std::filesystem::path& file, std::uint32_t line) const;
  /// Whether any of lines \p first..\p last (1-based, inclusive) of \p file changed.
  [[nodiscard]] bool overlaps(const std::filesystem::path& file, std::uint32_t first, std::uint32_t last) const;
  /// Whether any line of \p file changed.
  [[nodiscard]] bool touches(const std::filesystem::path& file) const { return ranges_.contains(file); }

 private:
  static constexpr std::uint32_t kWholeFile = 0;
  std::map<std::filesystem::path, std::vector<std::pair<std::uint32_t, std::uint32_t>>> ranges_;
};

/// Reads the output of `git diff -U0` (paths relative to \p git_root) into \p lines.
/// A pure deletion marks the lines on either side of it, where a finding about the
/// removed text would be reported.
void parse_unified_diff(std::string_view diff, const std::filesystem::path& git_root, ChangedLines& lines);

/// The lines changed between the merge base of \p base_revision and HEAD, and the work
/// tree (staged and unstaged changes, untracked files whole), following renames. Runs
/// `git` from \p directory without a shell. Throws DiffError with a one-line reason.
ChangedLines changed_lines_since(const std::string& base_revision, const std::filesystem::path& directory);

}  // namespace tenet
