/// \file
/// The measuring side of `tenet coverage` for Python files, without the tree-sitter types
/// (the `tenet` command includes this; the model behind it is in doc_coverage.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/rule.h"
#include "linters/core/settings.h"

namespace tenet::python {

/// One definition `tenet coverage` counted.
struct CoverageEntry {
  std::string name;         ///< How the D1xx messages name it (`Shape.area`, `pkg.util`).
  std::string_view kind;    ///< "module", "package", "class", "method" or "function".
  std::string_view code;    ///< The D1xx rule that asks for its docstring.
  std::uint32_t line = 1;   ///< 1-based line of its name (1 for modules).
  bool documented = false;  ///< It has a docstring (an empty one counts, as in interrogate).
};

/// What `tenet coverage` found in one Python file.
struct FileDocCoverage {
  /// Why the file could not be measured (a syntax error, a parse over the time limit); the
  /// file then counts nowhere.
  std::optional<std::string> problem;
  std::vector<CoverageEntry> entries;  ///< Counted definitions, in source order.
};

/// Measures the docstring coverage of Python files for `tenet coverage`: the definitions the
/// D1xx rules require a docstring on, and which have one. One instance per thread (it owns
/// a tree-sitter parser).
class PythonCoverageMeter {
 public:
  /// Which D1xx rules count for a file (false for a rule `ignore` or `per-file-ignores`
  /// turns off there).
  using CountsRule = std::function<bool(const RuleMeta& rule)>;

  /// Creates the parser.
  PythonCoverageMeter();
  /// Frees the parser.
  ~PythonCoverageMeter();
  /// Not copyable: the parser belongs to one thread.
  PythonCoverageMeter(const PythonCoverageMeter&) = delete;
  /// Not copyable: the parser belongs to one thread.
  PythonCoverageMeter& operator=(const PythonCoverageMeter&) = delete;

  /// Parses \p text and lists the definitions the D1xx rules would look at, leaving out
  /// those whose rule \p counts refuses or the `[pydocstyle] convention` turns off. Never
  /// throws on bad input: a syntax error or a parse timeout becomes FileDocCoverage::problem.
  /// \param path The file on disk (its package decides the module's visibility).
  /// \param text The file's bytes, valid UTF-8.
  /// \param is_stub The file is a `.pyi` stub (stubs need no docstrings: nothing counts).
  /// \param settings The file's settings.
  /// \param counts Which D1xx rules count for the file.
  /// \return The counted definitions, or the problem.
  FileDocCoverage measure(const std::filesystem::path& path, std::string_view text, bool is_stub,
                          const Settings& settings, const CountsRule& counts);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tenet::python
