/// \file
/// The set of every rule tenet knows, in code order.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "linters/core/rule.h"

namespace tenet {

/// Every known rule, sorted by code; the index of a rule is stable for one run.
class RuleRegistry {
 public:
  /// Builds a registry from \p rules (any order). Duplicate codes or names are a
  /// programming error and abort at start-up.
  explicit RuleRegistry(std::vector<const RuleMeta*> rules);

  /// The rule whose code or kebab-case name is \p code_or_name, or nullptr.
  [[nodiscard]] const RuleMeta* find(std::string_view code_or_name) const;
  /// Every rule, sorted by code.
  [[nodiscard]] std::span<const RuleMeta* const> rules() const { return rules_; }
  /// Position of \p rule in rules(); \p rule must be registered.
  [[nodiscard]] std::size_t index_of(const RuleMeta* rule) const;
  /// Number of rules.
  [[nodiscard]] std::size_t size() const { return rules_.size(); }

 private:
  std::vector<const RuleMeta*> rules_;
};

/// The tool-level rules of the core (TNT001–TNT003).
std::span<const RuleMeta* const> core_rules();

/// The Markdown doc page of the rule \p code, embedded at build time; empty if none.
std::string_view rule_doc(std::string_view code);

}  // namespace tenet
