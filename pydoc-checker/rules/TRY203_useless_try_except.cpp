// TRY203: every handler of a `try` only re-raises what it caught.
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleTRY203{
    .meta =
        {
            .code = "TRY203",
            .name = "useless-try-except",
            .summary = "A handler that immediately re-raises the exception it caught, in a `try` whose "
                       "handlers all do.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "very-high",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

/// The handler's first statement is `raise` or `raise <bound name>` (no `from`).
bool only_reraises(const RuleContext& context, const flow::Handler& handler) {
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  const TSNode first = flow::first_statement(handler.block);
  if (ts_node_is_null(first) || ts_node_symbol(first) != g.raise_statement) return false;
  if (!ts_node_is_null(ts_node_child_by_field_id(first, g.field_cause))) return false;
  const std::vector<TSNode> parts = flow::statements_of(first);
  if (parts.empty()) return true;
  const TSNode raised = flow::strip_parentheses(parts.front());
  return !handler.name_text.empty() && ts_node_symbol(raised) == g.identifier &&
         flow::text_of(context, raised) == handler.name_text;
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  for (const flow::Try& statement : facts.tries()) {
    if (statement.handlers.empty()) continue;
    const bool all =
        std::all_of(statement.handlers.begin(), statement.handlers.end(),
                    [&](std::uint32_t index) { return only_reraises(context, facts.handlers()[index]); });
    if (!all) continue;
    for (std::uint32_t index : statement.handlers) {
      flow::report(context, kRuleTRY203.meta, flow::range_of(facts.handlers()[index].node),
                   "Handler only re-raises the exception it caught.");
    }
  }
}

}  // namespace
}  // namespace tenet::python
