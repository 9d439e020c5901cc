/// \file
/// The options of the pydoclint rules (DOC codes), with pydoclint's names and defaults.
///
/// The settings file has no `[pydoclint]` table yet; pydoclint_options() is the one place
/// that will read it. Until then every file gets the defaults below.
#pragma once

#include <string>
#include <vector>

#include "linters/core/settings.h"
#include "pydoc-checker/docfields/docfields.h"

namespace tenet::python {

/// `[pydoclint]` options.
struct PydoclintOptions {
  /// `style`: which docstring style to read ("auto" | "sphinx" | "google" | "numpy").
  DocstringStyle style = DocstringStyle::auto_detect;
  /// `skip-checking-short-docstrings`: a docstring that documents no parameters, returns,
  /// yields or raises (a summary and prose only) is not checked at all.
  bool skip_checking_short_docstrings = true;
  /// `ignore-one-line-docstrings` (ruff's option): one-line docstrings are not checked.
  bool ignore_one_line_docstrings = false;
  /// `check-return-types`: DOC203 compares the documented return type with the annotation.
  bool check_return_types = true;
  /// `arg-type-hints-in-docstring`: parameter types belong in the docstring, so DOC105
  /// compares them with the annotations.
  bool arg_type_hints_in_docstring = true;
  /// `check-arg-order`: DOC104 reports documented parameters in another order.
  bool check_arg_order = true;
  /// `skip-checking-raises`: DOC501–DOC503 are off.
  bool skip_checking_raises = false;
  /// `ignore-underscore-args`: parameters named only with underscores (`_`, `__`) need no
  /// documentation.
  bool ignore_underscore_args = true;
  /// `exempt-exceptions` (tenet's): raised exceptions that need no Raises entry.
  std::vector<std::string> exempt_exceptions{"NotImplementedError", "NotImplemented"};
};

/// \param settings A file's settings.
/// \return The pydoclint options in force for that file.
const PydoclintOptions& pydoclint_options(const Settings& settings);

}  // namespace tenet::python
