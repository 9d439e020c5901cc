// S110: `try`-`except`-`pass` on a bare or broad handler (bandit, as ruff implements it).
#include "pydoc-checker/flow/flow_checks.h"
#include "pydoc-checker/flow/flow_grammar.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleS110{
    .meta =
        {
            .code = "S110",
            .name = "try-except-pass",
            .summary = "A bare or broad `except` whose whole body is `pass`.",
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
      context, kRuleS110.meta, flow::FlowGrammar::get().pass_statement,
      "`try`-`except`-`pass` discards every exception the handler catches.");
}

}  // namespace
}  // namespace tenet::python
