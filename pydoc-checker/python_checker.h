/// \file
/// The Python front end: tree-sitter parse, Python model, Python rules.
#pragma once

#include <memory>
#include <span>

#include "linters/core/frontend.h"
#include "linters/core/rule.h"

namespace tenet::python {

/// Every Python rule's metadata, in the order of rules/rules.def.
std::span<const RuleMeta* const> python_rules();

/// Checks Python files; one instance per worker thread (it owns a tree-sitter parser).
class PythonChecker {
 public:
  PythonChecker();
  ~PythonChecker();
  PythonChecker(const PythonChecker&) = delete;
  PythonChecker& operator=(const PythonChecker&) = delete;

  /// Parses \p input and runs every enabled Python rule; never throws on bad input
  /// (syntax errors become TNT002 diagnostics).
  void check(const FileInput& input, FileOutput& output);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tenet::python
