// S112: `try`-`except`-`continue` on a bare or broad handler (bandit, as ruff implements it).
#include "pydoc-checker/flow/flow_checks.h"
#include "pydoc-checker/flow/flow_grammar.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleS112{
    .meta =
        {
            .code = "S112",
            .name = "try-except-continue",
            .summary = "A bare or broad `except` whose whole body is `continue`.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = false,
            .fix = FixAvailability::none,
            .precision = "very-high",
            .tags = "exceptions,security,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  flow::report_broad_handlers_whose_body_is(
      context, kRuleS112.meta, flow::FlowGrammar::get().continue_statement,
      "`try`-`except`-`continue` discards every exception the handler catches.");
}

}  // namespace
}  // namespace tenet::python
