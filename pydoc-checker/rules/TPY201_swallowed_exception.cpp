// TPY201: a bare or broad handler that swallows the exception: its body only passes,
// continues, breaks, returns nothing or assigns constants, and never looks at the exception.
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleTPY201{
    .meta =
        {
            .code = "TPY201",
            .name = "swallowed-exception",
            .summary = "A bare or broad handler neither re-raises, logs, returns an error value nor records "
                       "the exception.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "medium",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

/// A statement that does nothing with the failure: `pass`, `...` or a string, `continue`,
/// `break`, `return` / `return None`, or an assignment of a constant.
bool inert(const RuleContext& context, TSNode statement) {
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  const std::string_view text = context.module().text();
  const TSSymbol symbol = ts_node_symbol(statement);
  if (symbol == g.pass_statement || symbol == g.continue_statement || symbol == g.break_statement)
    return true;
  if (symbol == g.return_statement) {
    const std::vector<TSNode> value = flow::statements_of(statement);
    return value.empty() || flow::is_none(value.front());
  }
  if (symbol != g.expression_statement) return false;
  const std::vector<TSNode> parts = flow::statements_of(statement);
  if (parts.size() != 1) return false;
  const TSNode expression = parts.front();
  if (ts_node_symbol(expression) == g.assignment) {
    const TSNode right = ts_node_child_by_field_id(expression, g.field_right);
    return !ts_node_is_null(right) && flow::is_constant(right, text);
  }
  const flow::StringKind kind = flow::string_kind(expression, text);
  return ts_node_symbol(expression) == g.ellipsis || kind == flow::StringKind::plain;
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  for (const flow::Handler& handler : facts.handlers()) {
    // Like S110, only handlers that catch everything: a specific exception swallowed on
    // purpose (`except KeyError: pass` after a lookup) is control flow, not a lost error.
    if (!handler.bare() && handler.broad_type() == nullptr) continue;
    if (handler.raises || handler.uses_name || ts_node_is_null(handler.block)) continue;
    const std::vector<TSNode> body = flow::statements_of(handler.block);
    if (body.empty() || !std::all_of(body.begin(), body.end(), [&](TSNode s) { return inert(context, s); })) {
      continue;
    }
    flow::report(context, kRuleTPY201.meta, flow::range_of(handler.keyword),
                 "Handler swallows the exception: it neither re-raises, logs, returns an error value nor "
                 "records it.");
  }
}

}  // namespace
}  // namespace tenet::python
