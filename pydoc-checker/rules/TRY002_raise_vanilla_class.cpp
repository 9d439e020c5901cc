// TRY002: raising the base class `Exception` (or `BaseException`) itself (tryceratops).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleTRY002{
    .meta =
        {
            .code = "TRY002",
            .name = "raise-vanilla-class",
            .summary = "A `raise` of the base class `Exception` or `BaseException` itself.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = false,
            .fix = FixAvailability::none,
            .precision = "very-high",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  for (const flow::Raise& raise : facts.raises()) {
    TSNode raised = flow::strip_parentheses(raise.exc);
    if (ts_node_is_null(raised)) continue;
    if (ts_node_symbol(raised) == g.call) raised = ts_node_child_by_field_id(raised, g.field_function);
    const flow::Resolved resolved = facts.resolve(raised, raise.scope);
    if (resolved.kind != flow::Resolved::Kind::builtin ||
        (resolved.qualified != "Exception" && resolved.qualified != "BaseException")) {
      continue;
    }
    flow::report(context, kRuleTRY002.meta, flow::range_of(raise.exc),
                 "`raise " + resolved.qualified + "` can only be caught by catching every exception.");
  }
}

}  // namespace
}  // namespace tenet::python
