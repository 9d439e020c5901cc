// G001: A logging message built with `str.format` (flake8-logging-format).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleG001{
    .meta =
        {
            .code = "G001",
            .name = "logging-string-format",
            .summary = "A logging message built with `str.format`.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "high",
            .tags = "logging,python",
        },
    .check = check,
};

namespace {

/// `"...".format(...)` on a literal.
bool matches(const RuleContext& context, TSNode message) {
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  if (ts_node_symbol(message) != g.call) return false;
  const TSNode function = ts_node_child_by_field_id(message, g.field_function);
  return ts_node_symbol(function) == g.attribute &&
         flow::tail_name(function, context.module().text()) == "format" &&
         flow::is_literal(ts_node_child_by_field_id(function, g.field_object), context.module().text());
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  for (const flow::Call& call : facts.calls()) {
    if (call.log == flow::LogKind::none) continue;
    const TSNode message = flow::strip_parentheses(facts.message_argument(call));
    if (ts_node_is_null(message) || !matches(context, message)) continue;
    flow::report(context, kRuleG001.meta, flow::range_of(message),
                 "Logging message is built with `str.format`, which runs even when the record is discarded.");
  }
}

}  // namespace
}  // namespace tenet::python
