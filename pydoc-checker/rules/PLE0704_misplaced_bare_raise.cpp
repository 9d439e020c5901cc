// PLE0704: a bare `raise` outside an exception handler (pylint).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRulePLE0704{
    .meta =
        {
            .code = "PLE0704",
            .name = "misplaced-bare-raise",
            .summary = "A bare `raise` outside an exception handler.",
            .language = Language::python,
            .severity = Severity::error,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "high",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  for (const flow::Raise& raise : facts.raises()) {
    if (!ts_node_is_null(raise.exc) || raise.handler != flow::kNone) continue;
    // `__exit__` may re-raise the exception it was handed.
    const flow::Scope& scope = facts.names().scope(raise.scope);
    if (scope.is_method && scope.name == "__exit__") continue;
    flow::report(
        context, kRulePLE0704.meta, flow::range_of(raise.node),
        "Bare `raise` is not inside an exception handler, so there may be no exception to re-raise.");
  }
}

}  // namespace
}  // namespace tenet::python
