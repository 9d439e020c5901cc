/// \file
/// The Python front end: tree-sitter parse, Python model, Python rules.
#pragma once

#include <memory>
#include <span>

#include "linters/core/frontend.h"
#include "linters/core/rule.h"

namespace tenet::python {

/// Every Python rule's metadata, for listing, explaining and selecting rules without
/// checking a file.
/// \return The records, in the order of rules/rules.def.
std::span<const RuleMeta* const> python_rules();

/// Checks Python files; one instance per worker thread (it owns a tree-sitter parser).
class PythonChecker {
 public:
  /// Creates the thread's tree-sitter parser (tree-sitter-python).
  PythonChecker();
  /// Frees the parser and the cache of which directories are packages.
  ~PythonChecker();
  /// Not copyable: the parser is not shared between threads.
  PythonChecker(const PythonChecker&) = delete;
  /// Not copyable: the parser is not shared between threads.
  PythonChecker& operator=(const PythonChecker&) = delete;

  /// Parses \p input and runs every enabled Python rule; never throws on bad input
  /// (syntax errors become TNT002 diagnostics). A file over a resource limit becomes one
  /// diagnostic and is not checked further: more tokens than `max-file-size` / 16, at least
  /// 100,000 (which bounds the syntax tree's memory), or a parse longer than
  /// `parse-timeout` is TNT003; a syntax tree nested deeper than `max-nesting-depth` is
  /// TNT004.
  /// \param input The file: its text, path, kind (a `.pyi` stub is checked as one),
  ///   settings and enabled rules.
  /// \param output Receives the diagnostics and every `# noqa` directive of the file.
  void check(const FileInput& input, FileOutput& output);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tenet::python
