/// \file
/// Shared helpers of the config tests: a scratch directory tree and a small registry.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/config.h"
#include "linters/core/registry.h"
#include "linters/core/settings.h"

namespace tenet::config_test {

namespace fs = std::filesystem;

/// A fresh directory under the system temp directory, removed with everything in it.
class TempDir {
 public:
  /// Creates the directory, named after the process and a counter so that tests
  /// running in parallel never share one.
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = fs::temp_directory_path() /
            ("tenet-config-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  /// Removes the directory and everything in it, ignoring errors.
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  /// The directory.
  /// \return Its absolute path.
  const fs::path& path() const { return path_; }

  /// Writes \p text to \p relative (creating its directories) and returns its path.
  /// \param relative The file's path below the directory.
  /// \param text     The file's contents, written as they are.
  /// \return The file's absolute path.
  fs::path write(const fs::path& relative, std::string_view text) const {
    const fs::path file = path_ / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
    return file;
  }

  /// Creates the directory \p relative and returns its path.
  /// \param relative The directory's path below the temporary directory.
  /// \return The new directory's absolute path.
  fs::path mkdir(const fs::path& relative) const {
    fs::create_directories(path_ / relative);
    return path_ / relative;
  }

 private:
  fs::path path_;
};

/// A stand-in for D103 (a code and name for selector tests).
inline const RuleMeta kD103{.code = "D103",
                            .name = "undocumented-public-function",
                            .summary = "A public function has no docstring.",
                            .language = Language::python,
                            .tags = "python"};
/// A stand-in for D203 (a rule off by default in ruff's pydocstyle setup).
inline const RuleMeta kD203{.code = "D203",
                            .name = "incorrect-blank-line-before-class",
                            .summary = "One blank line before a class docstring.",
                            .language = Language::python,
                            .tags = "python"};
/// A stand-in for D417, for `D4` prefix selectors.
inline const RuleMeta kD417{.code = "D417",
                            .name = "undocumented-param",
                            .summary = "A parameter is missing from the docstring.",
                            .language = Language::python,
                            .tags = "python"};
/// A stand-in for DOC201, whose prefix `D` must not select it.
inline const RuleMeta kDOC201{.code = "DOC201",
                              .name = "docstring-missing-returns",
                              .summary = "The docstring does not document the return value.",
                              .language = Language::python,
                              .tags = "python"};
/// A stand-in for E722, a rule outside the D family.
inline const RuleMeta kE722{.code = "E722",
                            .name = "bare-except",
                            .summary = "A bare except.",
                            .language = Language::python,
                            .tags = "python"};

/// The core rules plus a few Python rules, enough for prefixes, codes and names.
/// \return The registry, built on first use.
inline const RuleRegistry& test_registry() {
  static const RuleRegistry registry = [] {
    std::vector<const RuleMeta*> rules(core_rules().begin(), core_rules().end());
    rules.insert(rules.end(), {&kD103, &kD203, &kD417, &kDOC201, &kE722});
    return RuleRegistry(std::move(rules));
  }();
  return registry;
}

/// Expects every option of \p actual to equal \p expected's (not the file or root).
/// \param actual   The settings under test.
/// \param expected The settings they should equal.
inline void expect_same_options(const Settings& actual, const Settings& expected) {
  EXPECT_EQ(actual.select, expected.select);
  EXPECT_EQ(actual.extend_select, expected.extend_select);
  EXPECT_EQ(actual.ignore, expected.ignore);
  EXPECT_EQ(actual.external, expected.external);
  EXPECT_EQ(actual.per_file_ignores, expected.per_file_ignores);
  EXPECT_EQ(actual.exclude, expected.exclude);
  EXPECT_EQ(actual.extend_exclude, expected.extend_exclude);
  EXPECT_EQ(actual.fail_level, expected.fail_level);
  EXPECT_EQ(actual.pydocstyle.convention, expected.pydocstyle.convention);
  EXPECT_EQ(actual.pydocstyle.ignore_decorators, expected.pydocstyle.ignore_decorators);
  EXPECT_EQ(actual.pydocstyle.property_decorators, expected.pydocstyle.property_decorators);
  EXPECT_EQ(actual.pydocstyle.ignore_var_parameters, expected.pydocstyle.ignore_var_parameters);
  EXPECT_TRUE(actual.pydoclint == expected.pydoclint);
  EXPECT_EQ(actual.python.logger_objects, expected.python.logger_objects);
  EXPECT_EQ(actual.python.allowed_print_paths, expected.python.allowed_print_paths);
  EXPECT_EQ(actual.python.max_string_length, expected.python.max_string_length);
  EXPECT_EQ(actual.python.check_typed_exception, expected.python.check_typed_exception);
  EXPECT_EQ(actual.cpp.compile_commands, expected.cpp.compile_commands);
  EXPECT_EQ(actual.cpp.public_headers, expected.cpp.public_headers);
  EXPECT_EQ(actual.cpp.exclude, expected.cpp.exclude);
  EXPECT_EQ(actual.cpp.logger_functions, expected.cpp.logger_functions);
  EXPECT_EQ(actual.cpp.allowed_output_functions, expected.cpp.allowed_output_functions);
  EXPECT_EQ(actual.cpp.doxygen_commands, expected.cpp.doxygen_commands);
}

/// The ConfigError \p action throws; a test failure when it throws none.
/// \tparam Action A callable taking no arguments.
/// \param action What should throw.
/// \return The error thrown, or a placeholder error after recording the failure.
template <class Action>
ConfigError error_of(Action&& action) {
  try {
    action();
  } catch (const ConfigError& error) {
    return error;
  }
  ADD_FAILURE() << "expected a ConfigError";
  return ConfigError("<none>", 0, "", "no error");
}

}  // namespace tenet::config_test
