/// \file
/// Checks one file from bytes to resolved findings; one instance per worker thread.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "linters/core/discovery.h"
#include "linters/core/registry.h"
#include "linters/core/report_model.h"
#include "linters/core/settings.h"
#include "pydoc-checker/python_checker.h"

namespace tenet::cli {

/// What the pipeline needs to know beyond the file itself.
struct FileCheckOptions {
  bool compute_line_hashes = false;  ///< Needed only for SARIF.
};

/// Reads, parses and checks files; owns per-thread front-end state.
class FileChecker {
 public:
  /// \param registry every known rule
  /// \param options  pipeline options shared by every file
  FileChecker(const RuleRegistry& registry, FileCheckOptions options);

  /// Checks \p file under \p settings and returns its findings, already filtered by
  /// the rule selection and marked for suppressions. \p display_path is the path used
  /// in output. \p engine_output, when given, holds what an out-of-process engine (the
  /// C++ driver) found; otherwise the file's front end runs here. Never throws:
  /// unreadable or undecodable files yield TNT003.
  FileReport check(const DiscoveredFile& file, const std::string& display_path, bool inside_root,
                   const Settings& settings, FileOutput* engine_output = nullptr);

 private:
  const RuleRegistry& registry_;
  FileCheckOptions options_;
  python::PythonChecker python_;
};

/// A report holding one TNT003 finding at 1:1 for \p display_path with \p message.
FileReport unreadable_file_report(const std::string& display_path, bool inside_root, std::string message);

}  // namespace tenet::cli
