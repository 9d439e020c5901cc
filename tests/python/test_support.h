/// \file
/// Helpers shared by the Python front-end unit tests: parse a snippet into a model, or run
/// the whole checker on it and get its findings as "line:col CODE message" strings.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "linters/core/source_file.h"
#include "pydoc-checker/python_checker.h"
#include "pydoc-checker/python_grammar.h"
#include "pydoc-checker/python_model.h"
#include "pydoc-checker/ts.h"

namespace tenet::python::testing {

/// A snippet with its tree and model; pinned in memory because the model points into both.
struct Parsed {
  /// Parses \p source and builds its model with \p options.
  /// \param source Python source.
  /// \param options Stub flag and package location.
  explicit Parsed(std::string source, ModelOptions options = {})
      : text(std::move(source)),
        parser(Grammar::get().language),
        tree(parser.parse(text)),
        model(PythonModule::build(text, tree, options)) {}
  Parsed(const Parsed&) = delete;
  Parsed& operator=(const Parsed&) = delete;

  /// \param qualified_name A definition's qualified name ("" for the module).
  /// \return The definition, or null.
  [[nodiscard]] const Definition* find(std::string_view qualified_name) const {
    for (const Definition& definition : model.definitions()) {
      if (definition.qualified_name == qualified_name) return &definition;
    }
    return nullptr;
  }

  std::string text;     ///< The source.
  ts::Parser parser;    ///< Owns the parser the tree came from.
  ts::Tree tree;        ///< The tree of `text`.
  PythonModule model;   ///< The model of `tree`.
};

/// \param source Python source.
/// \param options Stub flag and package location.
/// \return The parsed snippet.
inline std::unique_ptr<Parsed> parse(std::string source, ModelOptions options = {}) {
  return std::make_unique<Parsed>(std::move(source), std::move(options));
}

/// What the checker produced for one snippet, positions resolved.
struct Checked {
  std::vector<std::string> findings;      ///< "line:col CODE message", in source order.
  std::vector<Diagnostic> diagnostics;    ///< As reported.
  std::vector<SuppressionDirective> suppressions;  ///< As found.
};

/// Runs the full checker (every Python rule plus TNT002) on \p source.
/// \param source Python source.
/// \param path The file's path (decides module vs package, stub, privacy); a path that does
///   not exist is outside any package.
/// \param settings Settings, or null for defaults.
/// \return The findings.
inline Checked check(const std::string& source, const std::string& path = "/nonexistent/tenet/module.py",
                     const Settings* settings = nullptr) {
  LineTable lines(source);
  FileInput input;
  input.fs_path = path;
  input.display_path = path;
  input.kind = classify_file(path);
  input.text = source;
  input.lines = &lines;
  input.settings = settings;
  FileOutput output;
  PythonChecker checker;
  checker.check(input, output);
  std::stable_sort(output.diagnostics.begin(), output.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return a.range.begin != b.range.begin ? a.range.begin < b.range.begin
                                                           : a.rule->code < b.rule->code;
                   });
  Checked checked;
  for (const Diagnostic& diagnostic : output.diagnostics) {
    const Position at = lines.position_of(diagnostic.range.begin);
    checked.findings.push_back(std::to_string(at.line) + ":" + std::to_string(at.column) + " " +
                               std::string(diagnostic.rule->code) + " " + diagnostic.message);
  }
  checked.diagnostics = std::move(output.diagnostics);
  checked.suppressions = std::move(output.suppressions);
  return checked;
}

/// \param checked The checker's output.
/// \return Just the codes, in the order of `findings`.
inline std::vector<std::string> codes(const Checked& checked) {
  std::vector<std::string> result;
  for (const std::string& finding : checked.findings) {
    const std::size_t space = finding.find(' ');
    result.push_back(finding.substr(space + 1, finding.find(' ', space + 1) - space - 1));
  }
  return result;
}

}  // namespace tenet::python::testing
