#include "linters/cli/all_rules.h"

#include "clang-plugin/cpp_rule_meta.h"
#include "pydoc-checker/python_checker.h"

namespace tenet::cli {

const RuleRegistry& all_rules() {
  static const RuleRegistry kRegistry = [] {
    std::vector<const RuleMeta*> rules;
    for (const RuleMeta* rule : core_rules()) rules.push_back(rule);
    for (const RuleMeta* rule : python::python_rules()) rules.push_back(rule);
    for (const RuleMeta* rule : cpp::cpp_rules()) rules.push_back(rule);
    return RuleRegistry(std::move(rules));
  }();
  return kRegistry;
}

}  // namespace tenet::cli
