// TRY300: a `return` closing a `try` block, which belongs in the `else` block (tryceratops).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleTRY300{
    .meta =
        {
            .code = "TRY300",
            .name = "try-consider-else",
            .summary = "A `return` at the end of a `try` block, where an `else` block would say the "
                       "exception cannot come from it.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = false,
            .fix = FixAvailability::none,
            .precision = "high",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  for (const flow::Try& statement : facts.tries()) {
    if (statement.handlers.empty() || !ts_node_is_null(statement.else_block)) continue;
    const std::vector<TSNode> body = flow::statements_of(statement.body);
    if (body.size() < 2 || ts_node_symbol(body.back()) != g.return_statement) continue;
    const std::vector<TSNode> value = flow::statements_of(body.back());
    if (!value.empty() && flow::contains_effect(value.front(), context.module().text())) continue;
    flow::report(
        context, kRuleTRY300.meta, flow::range_of(body.back()),
        "`return` at the end of the `try` block runs only when nothing raised; it belongs in `else`.");
  }
}

}  // namespace
}  // namespace tenet::python
