// S112: `try`-`except`-`continue` on a bare or broad handler (bandit, as ruff implements it).
#include "pydoc-checker/flow/flow_rule.h"

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
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const TSSymbol jump = flow::FlowGrammar::get().continue_statement;
  for (const flow::Handler& handler : facts.handlers()) {
    if (!handler.bare() && handler.broad_type() == nullptr) continue;
    const std::vector<TSNode> body = flow::statements_of(handler.block);
    if (body.size() != 1 || ts_node_symbol(body.front()) != jump) continue;
    flow::report(context, kRuleS112.meta, flow::range_of(handler.node),
                 "`try`-`except`-`continue` discards every exception the handler catches.");
  }
}

}  // namespace
}  // namespace tenet::python
