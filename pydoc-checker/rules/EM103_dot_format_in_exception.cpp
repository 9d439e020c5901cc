// EM103: An exception constructed with a `str.format` call as its message. (flake8-errmsg)
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleEM103{
    .meta =
        {
            .code = "EM103",
            .name = "dot-format-in-exception",
            .summary = "An exception constructed with a `str.format` call as its message.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = false,
            .fix = FixAvailability::unsafe,
            .precision = "very-high",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

/// `"...".format(...)` on a literal.
bool is_format_call(TSNode node, std::string_view text) {
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  node = flow::strip_parentheses(node);
  if (ts_node_symbol(node) != g.call) return false;
  const TSNode function = ts_node_child_by_field_id(node, g.field_function);
  return ts_node_symbol(function) == g.attribute && flow::tail_name(function, text) == "format" &&
         flow::is_literal(ts_node_child_by_field_id(function, g.field_object), text);
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  const std::string_view text = context.module().text();
  for (const flow::Raise& raise : facts.raises()) {
    const TSNode raised = flow::strip_parentheses(raise.exc);
    if (ts_node_is_null(raised) || ts_node_symbol(raised) != g.call) continue;
    const flow::Arguments arguments = flow::call_arguments(raised, text);
    if (arguments.positional.empty()) continue;
    const TSNode first = arguments.positional.front();
    if (!is_format_call(first, text)) continue;
    flow::report(
        context, kRuleEM103.meta, flow::range_of(first),
        "Exception message is a `.format()` call in the `raise` statement, so tracebacks show it twice.",
        flow::message_variable_fix(context, raise.node, first));
  }
}

}  // namespace
}  // namespace tenet::python
