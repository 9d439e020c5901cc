// EM101: An exception constructed with a string literal as its message. (flake8-errmsg)
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleEM101{
    .meta =
        {
            .code = "EM101",
            .name = "raw-string-in-exception",
            .summary = "An exception constructed with a string literal as its message.",
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
    if (flow::string_kind(first, text) != flow::StringKind::plain) continue;
    flow::report(
        context, kRuleEM101.meta, flow::range_of(first),
        "Exception message is a string literal in the `raise` statement, so tracebacks show it twice.",
        flow::message_variable_fix(context, raise.node, first));
  }
}

}  // namespace
}  // namespace tenet::python
