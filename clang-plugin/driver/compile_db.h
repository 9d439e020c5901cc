/// \file
/// Compile commands for tenet-cpp: compile_commands.json (given with -p, or found in a
/// file's ancestors or their build/ directories), or default flags when there is none.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace clang::tooling {
class CompilationDatabase;
}  // namespace clang::tooling

namespace tenet::cpp {

/// Notes and problems found while preparing commands; printed as protocol records.
struct DriverMessages {
  std::vector<std::string> notes;                              ///< `{"kind":"note"}` records.
  std::vector<std::pair<std::string, std::string>> problems;   ///< (file, message) pairs.
  /// Adds \p note unless it was added before, so that a note that applies to many files
  /// (no compile_commands.json found) is printed once.
  /// \param note One sentence for the user.
  void note(const std::string& note);
};

/// A command line ready for one in-process Clang run.
struct TuCommand {
  std::string directory;          ///< Working directory of the compile.
  std::vector<std::string> argv;  ///< argv[0] is the compiler; -fsyntax-only is in.
};

/// Finds and adapts compile commands. Not thread-safe: prepare every command up front.
class CommandSource {
 public:
  /// \param explicit_path -p: a build directory or a compile_commands.json; nullopt to search.
  /// \param resource_dir Clang's resource directory (builtin headers).
  /// \param messages Where notes and problems go.
  CommandSource(std::optional<std::string> explicit_path, std::string resource_dir, DriverMessages& messages);
  /// Releases the compilation databases it loaded.
  ~CommandSource();
  /// Not copyable: it caches loaded databases and reports into one DriverMessages.
  CommandSource(const CommandSource&) = delete;
  /// Not copyable: it caches loaded databases and reports into one DriverMessages.
  CommandSource& operator=(const CommandSource&) = delete;

  /// The command that checks \p file.
  /// \param file Absolute path of a C++ source or header.
  /// \param as_header \p file is a header that no checked translation unit included.
  /// \return For a header, the command of a translation unit of the database that
  ///   includes it (directly or through other headers), so that it is checked as its
  ///   users compile it; otherwise, and for a source, the database's command for \p file
  ///   (or one inferred from a neighbouring file's, parsing a header alone as C++),
  ///   adapted for an in-process syntax-only run; the default flags when no database has
  ///   one. Problems and notes go to the DriverMessages given at construction.
  TuCommand command_for(const std::string& file, bool as_header);

 private:
  /// The translation unit of \p database that includes \p header (a real path), or "".
  std::string including_unit(clang::tooling::CompilationDatabase& database, const std::string& header);
  std::shared_ptr<clang::tooling::CompilationDatabase> database_for(const std::string& file);
  std::shared_ptr<clang::tooling::CompilationDatabase> load(const std::string& json_path);
  std::vector<std::string> adjust(std::vector<std::string> argv, const std::string& file, bool as_header);

  std::optional<std::string> explicit_path_;
  std::string resource_dir_;
  DriverMessages& messages_;
  /// Directory -> the database found for files in it (null: none).
  std::map<std::string, std::shared_ptr<clang::tooling::CompilationDatabase>> by_directory_;
  std::map<std::string, std::shared_ptr<clang::tooling::CompilationDatabase>> by_json_;
  std::set<std::string> dropped_flags_;
  /// Per database: real path of each header its units include -> the unit of the same
  /// name (api.cpp for api.h) when one includes it, else the first by path. Built on first
  /// use, from the units' `#include` lines.
  std::map<const clang::tooling::CompilationDatabase*, std::map<std::string, std::string>> includers_;
};

}  // namespace tenet::cpp
