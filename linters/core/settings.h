/// \file
/// The effective configuration for one file, after config files and CLI overrides.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "linters/core/rule.h"

namespace tenet {

/// `[pydocstyle]` options (ruff's names).
struct PydocstyleSettings {
  std::string convention;                        ///< "", "pep257", "google" or "numpy".
  std::vector<std::string> ignore_decorators;    ///< Qualified names that skip every check.
  std::vector<std::string> property_decorators;  ///< Extra decorators that make a property.
  bool ignore_var_parameters = false;            ///< D417 skips *args / **kwargs.
};

/// `[pydoclint]` options (pydoclint's names and defaults), read by the DOC rules.
struct PydoclintSettings {
  std::string style = "auto";  ///< Docstring style: "auto", "sphinx", "google" or "numpy".
  /// A docstring that documents no parameters, returns, yields or raises is not checked.
  bool skip_checking_short_docstrings = true;
  bool ignore_one_line_docstrings = false;  ///< One-line docstrings are not checked.
  bool check_return_types = true;           ///< DOC203 compares documented and annotated return types.
  bool arg_type_hints_in_docstring = true;  ///< DOC105 compares documented and annotated parameter types.
  bool check_arg_order = true;              ///< DOC104 reports parameters documented out of order.
  bool skip_checking_raises = false;        ///< DOC501-DOC503 are off.
  bool ignore_underscore_args = true;       ///< Parameters named only with underscores need no entry.
  /// Raised exceptions that need no Raises entry.
  std::vector<std::string> exempt_exceptions{"NotImplementedError", "NotImplemented"};

  /// Field-by-field equality (the DOC rules cache the options derived from the last one).
  bool operator==(const PydoclintSettings&) const = default;
};

/// `[python]` options.
struct PythonSettings {
  std::vector<std::string> logger_objects;       ///< Extra qualified names that are loggers.
  std::vector<std::string> allowed_print_paths;  ///< Globs where `print` is fine.
  /// EM101 allows string-literal exception messages up to this many characters (ruff's
  /// flake8-errmsg `max-string-length`).
  std::int64_t max_string_length = 0;
  /// S110 and S112 also flag handlers of specific exception types, not only bare and
  /// `Exception` handlers (ruff's flake8-bandit `check-typed-exception`).
  bool check_typed_exception = false;
};

/// `[cpp]` options.
struct CppSettings {
  std::string compile_commands;                  ///< Directory or file of compile_commands.json.
  std::vector<std::string> public_headers;       ///< Globs of headers that form the public API.
  std::vector<std::string> exclude;              ///< Globs of C++ paths never checked.
  std::vector<std::string> logger_functions;     ///< Qualified names of logging functions.
  std::vector<std::string> allowed_output_functions;  ///< Output calls that are not CXL001.
  std::vector<std::string> doxygen_commands;     ///< Extra documentation commands CXD240 accepts.
  bool document_enumerators = false;             ///< CXD103 also asks for each enumerator's doc.
};

/// `[rst]` options, read by the RST rules.
struct RstSettings {
  std::vector<std::string> directives;  ///< Directive names known beyond docutils' and Sphinx's.
  std::vector<std::string> roles;       ///< Interpreted-text role names known beyond docutils' and Sphinx's.
};

/// `[coverage]` options, read by `tenet coverage`.
struct CoverageSettings {
  /// `tenet coverage` exits with 1 when the documented share is below this percentage;
  /// negative: never.
  double fail_under = -1.0;
};

/// One configuration: the defaults, overlaid by a config file, overlaid by the CLI.
struct Settings {
  std::vector<std::string> select;          ///< Empty: the default rule set.
  std::vector<std::string> extend_select;   ///< Added to `select`.
  std::vector<std::string> ignore;          ///< Removed from the selection.
  std::vector<std::string> external;        ///< Codes of other tools that `noqa` may name.
  /// Glob (relative to the project root) -> codes ignored in matching files.
  std::vector<std::pair<std::string, std::vector<std::string>>> per_file_ignores;
  std::vector<std::string> exclude;         ///< Replaces the default excludes when set.
  std::vector<std::string> extend_exclude;  ///< Added to the excludes.
  Severity fail_level = Severity::note;     ///< Findings at or above this fail the run.
  /// Larger files are not read: a TNT003 finding says so (bounded memory on hostile input).
  std::int64_t max_file_size = 32 * 1024 * 1024;
  /// Milliseconds of CPU time one file's parse may take before it is abandoned with a
  /// TNT003 finding (CPU time, so the result does not depend on the machine's load).
  std::int64_t parse_timeout_ms = 60'000;
  /// Syntax trees nested deeper than this are not checked: a TNT finding says so (bounded
  /// stack and time on hostile input; CPython itself refuses 200 nested brackets).
  std::int64_t max_nesting_depth = 1000;
  PydocstyleSettings pydocstyle;  ///< The `[pydocstyle]` table.
  PydoclintSettings pydoclint;    ///< The `[pydoclint]` table.
  PythonSettings python;          ///< The `[python]` table.
  CppSettings cpp;                ///< The `[cpp]` table.
  RstSettings rst;                ///< The `[rst]` table.
  CoverageSettings coverage;      ///< The `[coverage]` table.
  /// The file the settings came from; empty when only defaults (and the CLI) apply.
  std::filesystem::path config_file;
  /// The directory relative paths in the settings are resolved against.
  std::filesystem::path project_root;
};

}  // namespace tenet
