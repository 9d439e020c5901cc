// D415: a docstring summary that ends with neither `.`, `?` nor `!`.
#include "pydoc-checker/docstring/docstring_checks.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD415{
    .meta =
        {
            .code = "D415",
            .name = "missing-terminal-punctuation",
            .summary = "The first line of a docstring does not end with a period, question mark or "
                       "exclamation point.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::unsafe,
            .precision = "very-high",
            .tags = "documentation,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  report_unpunctuated_summaries(
      context, kRuleD415.meta, ".?!",
      "First line of the docstring does not end with a period, question mark or exclamation point.");
}

}  // namespace
}  // namespace tenet::python
