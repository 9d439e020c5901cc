// D400: a docstring summary that does not end with a period.
#include "pydoc-checker/docstring/docstring_checks.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD400{
    .meta =
        {
            .code = "D400",
            .name = "missing-trailing-period",
            .summary = "The first line of a docstring does not end with a period.",
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
  report_unpunctuated_summaries(context, kRuleD400.meta, ".",
                                "First line of the docstring does not end with a period.");
}

}  // namespace
}  // namespace tenet::python
