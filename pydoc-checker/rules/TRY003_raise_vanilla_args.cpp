// TRY003: a long message built at the `raise` site instead of inside the exception class
// (tryceratops).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleTRY003{
    .meta =
        {
            .code = "TRY003",
            .name = "raise-vanilla-args",
            .summary =
                "An exception raised with a message written at the raise site instead of in its class.",
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

bool has_whitespace(const std::string& value) {
  return value.find_first_of(" \t\n\r\f\v") != std::string::npos;
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  const std::string_view text = context.module().text();
  for (const flow::Raise& raise : facts.raises()) {
    const TSNode raised = flow::strip_parentheses(raise.exc);
    if (ts_node_is_null(raised) || ts_node_symbol(raised) != g.call) continue;
    const TSNode function = ts_node_child_by_field_id(raised, g.field_function);
    // Nobody subclasses NotImplementedError to hold a message.
    if (facts.is_builtin(function, raise.scope, "NotImplementedError")) continue;
    const flow::Arguments arguments = flow::call_arguments(raised, text);
    if (arguments.positional.empty()) continue;
    const TSNode first = arguments.positional.front();
    const flow::StringKind kind = flow::string_kind(first, text);
    if (kind != flow::StringKind::plain && kind != flow::StringKind::fstring) continue;
    if (!has_whitespace(flow::string_value(first, text))) continue;
    flow::report(context, kRuleTRY003.meta, flow::range_of(raised),
                 "`" + flow::quote(context, function) +
                     "` gets a long message at the raise site instead of from its class.");
  }
}

}  // namespace
}  // namespace tenet::python
