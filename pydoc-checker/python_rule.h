/// \file
/// What a Python rule is: its metadata record plus a check over the shared model.
#pragma once

#include <memory>
#include <span>
#include <utility>
#include <string>
#include <vector>

#include "linters/core/diagnostic.h"
#include "linters/core/rule.h"
#include "linters/core/settings.h"
#include "pydoc-checker/python_model.h"

namespace tenet::python {

/// What a rule's check sees: the model of one file, its settings, and a sink for findings.
/// Rules never format output or touch files; they call report().
class RuleContext {
 public:
  /// \param module The model of the file being checked.
  /// \param settings The file's settings (never null; defaults when none were given).
  /// \param out Where reported diagnostics go.
  /// \param path The file's path relative to the directory its settings are resolved
  ///   against (the config file's, as for `per-file-ignores`), with forward slashes; the
  ///   text must outlive the context.
  RuleContext(const PythonModule& module, const Settings& settings, std::vector<Diagnostic>& out,
              std::string_view path = {})
      : module_(module), settings_(settings), out_(out), path_(path) {}

  /// \return The model of the file.
  [[nodiscard]] const PythonModule& module() const { return module_; }
  /// \return The file's effective settings.
  [[nodiscard]] const Settings& settings() const { return settings_; }
  /// \return The file's path relative to its settings' directory (empty when the caller
  ///   gave none), which path globs in the settings are matched against.
  [[nodiscard]] std::string_view path() const { return path_; }

  /// Records a finding.
  /// \param rule The reporting rule's metadata.
  /// \param range Primary location (byte offsets).
  /// \param message One sentence ending with a period.
  /// \param symbol The definition the finding belongs to (its qualified name goes into the
  ///   diagnostic for baselines); null for module level.
  void report(const RuleMeta& rule, TextRange range, std::string message, const Definition* symbol);

  /// Records a finding on (or inside) \p definition's docstring. When the docstring spans
  /// several lines, its `noqa` belongs after the closing quotes (as in ruff), so the
  /// diagnostic's suppression offset is set there.
  /// \param rule The reporting rule's metadata.
  /// \param range Primary location, within the docstring.
  /// \param message One sentence ending with a period.
  /// \param definition The documented definition; it must have a docstring.
  void report_in_docstring(const RuleMeta& rule, TextRange range, std::string message,
                           const Definition& definition);

  /// Records a fully built diagnostic (one with related locations or a fix).
  /// \param diagnostic The finding; its rule must be set.
  void report(Diagnostic diagnostic) { out_.push_back(std::move(diagnostic)); }

  /// Facts about this file that several rules share (parsed docstrings, function facts,
  /// exception-handler summaries): computed by the first rule that asks, then kept for
  /// the others, so each is computed once per file and only when an enabled rule needs it.
  /// \tparam Facts A type constructible as `Facts(const RuleContext&)`.
  /// \return The file's facts of that type.
  template <class Facts>
  const Facts& facts() {
    // One tag per Facts type: the address of a function-local static is unique program-wide.
    static const char tag = 0;
    for (const auto& [key, value] : facts_) {
      if (key == &tag) return *static_cast<const Facts*>(value.get());
    }
    auto made = std::make_shared<const Facts>(*this);
    const Facts& result = *made;
    facts_.emplace_back(&tag, std::move(made));
    return result;
  }

 private:
  const PythonModule& module_;
  const Settings& settings_;
  std::vector<Diagnostic>& out_;
  std::string_view path_;
  std::vector<std::pair<const void*, std::shared_ptr<const void>>> facts_;
};

/// One Python rule: metadata next to its logic. Each rule file defines one of these as
/// `const PythonRule kRule<CODE>`; rules/rules.def lists them.
struct PythonRule {
  RuleMeta meta;                     ///< Code, name, summary, severity, ...
  void (*check)(RuleContext& context);  ///< Runs the rule over one file's model.
};

/// \return Every Python rule, in the order of rules/rules.def.
std::span<const PythonRule* const> python_rule_table();

}  // namespace tenet::python
