// TRY301: a `raise` directly inside a `try` block whose own handler catches it (tryceratops).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleTRY301{
    .meta =
        {
            .code = "TRY301",
            .name = "raise-within-try",
            .summary = "A `raise` inside a `try` block that the same statement's handler catches.",
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

/// The expression as written, whitespace dropped, for comparing `raise X(...)` with `except X`.
std::string compact(const RuleContext& context, TSNode node) {
  std::string out;
  for (char c : flow::text_of(context, node)) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\\') out += c;
  }
  return out;
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  for (const flow::Raise& raise : facts.raises()) {
    if (raise.try_body == flow::kNone || ts_node_is_null(raise.exc)) continue;
    const flow::Try& statement = facts.tries()[raise.try_body];
    TSNode raised = flow::strip_parentheses(raise.exc);
    if (ts_node_symbol(raised) == g.call) raised = ts_node_child_by_field_id(raised, g.field_function);
    const std::string written = compact(context, raised);
    bool caught = false;
    for (std::uint32_t index : statement.handlers) {
      const flow::Handler& handler = facts.handlers()[index];
      for (const flow::CaughtType& type : handler.caught) {
        const bool broad =
            type.builtin && (type.qualified == "Exception" || type.qualified == "BaseException");
        if (broad || compact(context, type.node) == written) caught = true;
      }
    }
    if (!caught) continue;
    flow::report(context, kRuleTRY301.meta, flow::range_of(raise.node),
                 "`raise` inside the `try` block is caught by the same statement's handler.");
  }
}

}  // namespace
}  // namespace tenet::python
