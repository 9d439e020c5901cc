#include "linters/core/registry.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace tenet {

RuleRegistry::RuleRegistry(std::vector<const RuleMeta*> rules) : rules_(std::move(rules)) {
  std::sort(rules_.begin(), rules_.end(),
            [](const RuleMeta* a, const RuleMeta* b) { return a->code < b->code; });
  // Two rules with one code or one name is a build mistake; no user input can cause it,
  // and `--select NAME` or `# noqa: NAME` would silently pick one of them.
  const auto fail = [](const char* what, std::string_view value) {
    std::fprintf(stderr, "tenet: internal error: rule %s %.*s registered twice\n", what,  // NOLINT(CXL001): fatal, before abort()
                 static_cast<int>(value.size()), value.data());
    std::abort();
  };
  for (std::size_t i = 1; i < rules_.size(); ++i) {
    if (rules_[i - 1]->code == rules_[i]->code) fail("code", rules_[i]->code);
  }
  std::vector<std::string_view> names;
  for (const RuleMeta* rule : rules_) names.push_back(rule->name);
  std::sort(names.begin(), names.end());
  const auto duplicate = std::adjacent_find(names.begin(), names.end());
  if (duplicate != names.end()) fail("name", *duplicate);
  for (std::size_t i = 0; i < rules_.size(); ++i) index_by_address_.emplace_back(rules_[i], i);
  std::sort(index_by_address_.begin(), index_by_address_.end(), [](const auto& a, const auto& b) {
    return std::less<const RuleMeta*>()(a.first, b.first);
  });
}

const RuleMeta* RuleRegistry::find(std::string_view code_or_name) const {
  const auto by_code = std::lower_bound(
      rules_.begin(), rules_.end(), code_or_name,
      [](const RuleMeta* rule, std::string_view key) { return rule->code < key; });
  if (by_code != rules_.end() && (*by_code)->code == code_or_name) return *by_code;
  const auto by_name = std::find_if(rules_.begin(), rules_.end(),
                                    [&](const RuleMeta* rule) { return rule->name == code_or_name; });
  return by_name != rules_.end() ? *by_name : nullptr;
}

std::size_t RuleRegistry::index_of(const RuleMeta* rule) const {
  const auto it = std::lower_bound(
      index_by_address_.begin(), index_by_address_.end(), rule,
      [](const auto& entry, const RuleMeta* key) { return std::less<const RuleMeta*>()(entry.first, key); });
  return it->second;
}

}  // namespace tenet

#include "linters/core/tool_rules.h"

namespace tenet {

std::span<const RuleMeta* const> core_rules() {
  static const RuleMeta* const kRules[] = {&kUnusedSuppression, &kSyntaxError, &kUnreadableFile, &kNestingTooDeep};
  return kRules;
}

}  // namespace tenet
