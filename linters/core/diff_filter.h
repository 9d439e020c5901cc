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
  /// \param file  Absolute path of the changed file.
  /// \param first First changed line, 1-based.
  /// \param last  Last changed line, 1-based and inclusive.
  void add(const std::filesystem::path& file, std::uint32_t first, std::uint32_t last);
  /// Records that every line of \p file is new (an untracked or added file).
  /// \param file Absolute path of the new file.
  void add_whole_file(const std::filesystem::path& file);
  /// Whether 1-based \p line of \p file changed.
  /// \param file Absolute path of the file.
  /// \param line The line, 1-based.
  /// \return True when the line was added or modified (or the whole file is new).
  [[nodiscard]] bool contains(const std::filesystem::path& file, std::uint32_t line) const;
  /// Whether any of lines \p first..\p last (1-based, inclusive) of \p file changed.
  /// \param file  Absolute path of the file.
  /// \param first First line of the range, 1-based.
  /// \param last  Last line of the range, 1-based and inclusive.
  /// \return True when at least one line of the range changed.
  [[nodiscard]] bool overlaps(const std::filesystem::path& file, std::uint32_t first, std::uint32_t last) const;
  /// Whether any line of \p file changed.
  /// \param file Absolute path of the file.
  /// \return True when the change touches \p file at all.
  [[nodiscard]] bool touches(const std::filesystem::path& file) const { return ranges_.contains(file); }
  /// Every file the change touches, sorted: code review mode checks changed C++ headers
  /// through the translation units that include them, even when only those are named.
  /// \return The absolute paths of the changed files.
  [[nodiscard]] std::vector<std::filesystem::path> files() const;

 private:
  static constexpr std::uint32_t kWholeFile = 0;
  std::map<std::filesystem::path, std::vector<std::pair<std::uint32_t, std::uint32_t>>> ranges_;
};

/// Reads the output of `git diff -U0` (paths relative to \p git_root) into \p lines.
/// A pure deletion marks the lines on either side of it, where a finding about the
/// removed text would be reported.
/// \param diff     The text printed by `git diff -U0`.
/// \param git_root The repository's top directory, which the diff's paths are relative to.
/// \param lines    Receives the changed ranges, keyed by absolute path.
void parse_unified_diff(std::string_view diff, const std::filesystem::path& git_root, ChangedLines& lines);

/// The lines changed between the merge base of \p base_revision and HEAD, and the work
/// tree (staged and unstaged changes, untracked files whole), following renames. Runs
/// `git` from \p directory without a shell.
/// \param base_revision The revision to compare with, e.g. `origin/main`.
/// \param directory     A directory inside the git work tree, where `git` runs.
/// \return The changed lines of every file, keyed by absolute path.
/// \throws DiffError With a one-line reason when git fails (unknown revision, not a
///         git repository, git not found...).
ChangedLines changed_lines_since(const std::string& base_revision, const std::filesystem::path& directory);

}  // namespace tenet
