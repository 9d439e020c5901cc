/// \file
/// Helpers for the flow tests: build a file's FlowFacts from a snippet, and run the whole
/// Python checker on a snippet keeping the findings of some codes.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "linters/core/frontend.h"
#include "linters/core/settings.h"
#include "linters/core/source_file.h"
#include "pydoc-checker/flow/flow_facts.h"
#include "pydoc-checker/python_checker.h"
#include "pydoc-checker/python_grammar.h"
#include "pydoc-checker/python_model.h"
#include "pydoc-checker/python_rule.h"
#include "pydoc-checker/ts.h"

namespace tenet::python::flow::testing {

/// A snippet with its tree, model, a rule context and the context's flow facts; pinned in
/// memory because each refers to the ones before.
struct Facts {
  /// Parses \p source and computes its flow facts with \p settings.
  /// \param source   Python source.
  /// \param settings The settings the rule context sees; defaults when omitted.
  explicit Facts(std::string source, Settings settings = {})
      : text(std::move(source)),
        parser(Grammar::get().language),
        tree(parser.parse(text)),
        model(PythonModule::build(text, tree, ModelOptions{})),
        settings_(std::move(settings)),
        context(model, settings_, sink),
        facts(context.facts<FlowFacts>()) {}
  Facts(const Facts&) = delete;
  Facts& operator=(const Facts&) = delete;

  /// \param node A node of the snippet.
  /// \return Its text.
  [[nodiscard]] std::string text_of(TSNode node) const { return std::string(ts::text_of(node, text)); }

  std::string text;              ///< The source.
  ts::Parser parser;             ///< Owns the parser the tree came from.
  ts::Tree tree;                 ///< The tree of `text`.
  PythonModule model;            ///< The model of `tree`.
  Settings settings_;            ///< The settings the context refers to.
  std::vector<Diagnostic> sink;  ///< Where the context would report.
  RuleContext context;           ///< The context the facts were computed for.
  const FlowFacts& facts;        ///< The facts under test.
};

/// What the checker reported for a snippet.
struct Checked {
  std::vector<std::string> findings;    ///< "line:col CODE message", in source order.
  std::vector<Diagnostic> diagnostics;  ///< As reported, in the same order.
};

/// Runs every Python rule on \p source and keeps the findings whose code is in \p codes
/// (all of them when \p codes is empty).
/// \param source Python source.
/// \param codes Codes to keep.
/// \param path The file's path (a path that does not exist is outside any package).
/// \param settings Settings, or null for defaults.
/// \return The kept findings.
inline Checked check(const std::string& source, const std::vector<std::string>& codes = {},
                     const std::string& path = "/nonexistent/tenet/module.py",
                     const Settings* settings = nullptr) {
  const LineTable lines(source);
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
  std::stable_sort(
      output.diagnostics.begin(), output.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.range.begin != b.range.begin ? a.range.begin < b.range.begin : a.rule->code < b.rule->code;
      });
  Checked checked;
  for (Diagnostic& diagnostic : output.diagnostics) {
    const std::string code(diagnostic.rule->code);
    if (!codes.empty() && std::find(codes.begin(), codes.end(), code) == codes.end()) continue;
    const Position at = lines.position_of(diagnostic.range.begin);
    checked.findings.push_back(std::to_string(at.line) + ":" + std::to_string(at.column) + " " + code + " " +
                               diagnostic.message);
    checked.diagnostics.push_back(std::move(diagnostic));
  }
  return checked;
}

/// \param source Python source.
/// \param codes Codes to keep.
/// \param path The file's path.
/// \return The kept findings as "line:col CODE message" strings.
inline std::vector<std::string> findings(const std::string& source, const std::vector<std::string>& codes,
                                         const std::string& path = "/nonexistent/tenet/module.py") {
  return check(source, codes, path).findings;
}

/// \param source Python source.
/// \param code One code.
/// \return The `line:col` positions of that code's findings.
inline std::vector<std::string> positions(const std::string& source, const std::string& code) {
  std::vector<std::string> result;
  for (const std::string& finding : findings(source, {code}))
    result.push_back(finding.substr(0, finding.find(' ')));
  return result;
}

}  // namespace tenet::python::flow::testing
