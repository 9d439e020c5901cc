// B904: `raise X` inside an `except` clause without `from err` or `from None` (bugbear).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleB904{
    .meta =
        {
            .code = "B904",
            .name = "raise-without-from-inside-except",
            .summary = "A new exception raised inside an `except` clause without `from err` or `from None`.",
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

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  for (const flow::Raise& raise : facts.raises()) {
    // Raises inside a nested `try` are that statement's business (as in ruff).
    const flow::Handler* handler = facts.handler_of(raise);
    if (handler == nullptr || raise.through_try || ts_node_is_null(raise.exc) ||
        !ts_node_is_null(raise.cause)) {
      continue;
    }
    // `raise err` re-raises the caught exception: TRY201's business, not a new exception.
    const TSNode raised = flow::strip_parentheses(raise.exc);
    if (!handler->name_text.empty() && ts_node_symbol(raised) == g.identifier &&
        flow::text_of(context, raised) == handler->name_text) {
      continue;
    }
    flow::report(context, kRuleB904.meta, flow::range_of(raise.node),
                 std::string("`raise` inside an `") + (handler->star ? "except*" : "except") +
                     "` clause has no `from`, so the new exception reads as an error in the handler.");
  }
}

}  // namespace
}  // namespace tenet::python
