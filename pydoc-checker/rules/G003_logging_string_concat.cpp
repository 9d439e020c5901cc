// G003: A logging message built with `+` (flake8-logging-format).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleG003{
    .meta =
        {
            .code = "G003",
            .name = "logging-string-concat",
            .summary = "A logging message built with `+`.",
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

/// `"..." + value`.
bool matches(const RuleContext& context, TSNode message) {
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  return ts_node_symbol(message) == g.binary_operator &&
         flow::text_of(context, ts_node_child_by_field_id(message, g.field_operator)) == "+";
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  for (const flow::Call& call : facts.calls()) {
    if (call.log == flow::LogKind::none) continue;
    const TSNode message = flow::strip_parentheses(facts.message_argument(call));
    if (ts_node_is_null(message) || !matches(context, message)) continue;
    flow::report(context, kRuleG003.meta, flow::range_of(message),
                 "Logging message is built with `+`, which runs even when the record is discarded.");
  }
}

}  // namespace
}  // namespace tenet::python
