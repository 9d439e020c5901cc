/// \file
/// The set of every rule tenet knows, in code order.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "linters/core/rule.h"

namespace tenet {

/// Every known rule, sorted by code; the index of a rule is stable for one run.
class RuleRegistry {
 public:
  /// Builds a registry from \p rules (any order). Duplicate codes or names are a
  /// programming error and abort at start-up.
/// \param rules The metadata of every rule; must outlive the registry.
  explicit RuleRegistry(std::vector<const RuleMeta*> rules);

  /// The rule whose code or kebab-case name is \p code_or_name.
  /// \param code_or_name A code such as `D103` or a name such as `undocumented-public-function`.
  /// \return The rule, or nullptr when none has that code or name.
  [[nodiscard]] const RuleMeta* find(std::string_view code_or_name) const;
  /// Every rule, sorted by code.
  /// \return A view of the registry's rules.
  [[nodiscard]] std::span<const RuleMeta* const> rules() const { return rules_; }
  /// Position of \p rule in rules(); \p rule must be registered.
  /// \param rule A registered rule.
  /// \return Its index, stable for the run.
  [[nodiscard]] std::size_t index_of(const RuleMeta* rule) const;
  /// Number of rules.
  /// \return The size of rules().
  [[nodiscard]] std::size_t size() const { return rules_.size(); }

 private:
  std::vector<const RuleMeta*> rules_;
  /// (rule, index in rules_) sorted by address: index_of runs for every rule on every
  /// file, and comparing addresses is cheaper than comparing codes.
  std::vector<std::pair<const RuleMeta*, std::size_t>> index_by_address_;
};

/// The tool-level rules of the core (TNT001–TNT004).
/// \return Their metadata, static.
std::span<const RuleMeta* const> core_rules();

/// The Markdown doc page of the rule \p code, embedded at build time.
/// \param code A rule code, e.g. `D103`.
/// \return The page's text, static; empty if the rule has no page.
std::string_view rule_doc(std::string_view code);

}  // namespace tenet
