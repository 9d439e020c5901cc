// PLW0711: `except A or B:`, a boolean operation where a tuple was meant (pylint).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRulePLW0711{
    .meta =
        {
            .code = "PLW0711",
            .name = "binary-op-exception",
            .summary = "An `except` clause whose type is `A or B` / `A and B` instead of a tuple.",
            .language = Language::python,
            .severity = Severity::error,
            .enabled_by_default = true,
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
  for (const flow::Handler& handler : facts.handlers()) {
    if (handler.type_expressions.size() != 1) continue;
    const TSNode type = flow::strip_parentheses(handler.type_expressions.front());
    if (ts_node_symbol(type) != g.boolean_operator) continue;
    const std::string_view op = flow::text_of(context, ts_node_child_by_field_id(type, g.field_operator));
    const std::string_view which = op == "or" ? "the first" : "the last";
    flow::report(context, kRulePLW0711.meta, flow::range_of(type),
                 "Handler catches the result of `" + std::string(op) + "`, which is only " +
                     std::string(which) + " exception, not all of them.");
  }
}

}  // namespace
}  // namespace tenet::python
