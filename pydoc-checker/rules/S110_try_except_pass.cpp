// S110: `try`-`except`-`pass` on a bare or broad handler (bandit, as ruff implements it).
#include "pydoc-checker/flow/flow_rule.h"

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
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const TSSymbol pass = flow::FlowGrammar::get().pass_statement;
  for (const flow::Handler& handler : facts.handlers()) {
    if (!handler.bare() && handler.broad_type() == nullptr) continue;
    const std::vector<TSNode> body = flow::statements_of(handler.block);
    if (body.size() != 1 || ts_node_symbol(body.front()) != pass) continue;
    flow::report(context, kRuleS110.meta, flow::range_of(handler.node),
                 "`try`-`except`-`pass` discards every exception the handler catches.");
  }
}

}  // namespace
}  // namespace tenet::python
