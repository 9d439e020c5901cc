// G004: A logging message built with an f-string (or a t-string) (flake8-logging-format).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleG004{
    .meta =
        {
            .code = "G004",
            .name = "logging-f-string",
            .summary = "A logging message built with an f-string (or a t-string).",
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

/// An f-string or t-string message.
bool matches(const RuleContext& context, TSNode message) {
  const flow::StringKind kind = flow::string_kind(message, context.module().text());
  return kind == flow::StringKind::fstring || kind == flow::StringKind::tstring;
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  for (const flow::Call& call : facts.calls()) {
    if (call.log == flow::LogKind::none) continue;
    const TSNode message = flow::strip_parentheses(facts.message_argument(call));
    if (ts_node_is_null(message) || !matches(context, message)) continue;
    const bool template_string =
        flow::string_kind(message, context.module().text()) == flow::StringKind::tstring;
    flow::report(context, kRuleG004.meta, flow::range_of(message),
                 template_string
                     ? "Logging message is a t-string, whose template object logging renders as its repr."
                     : "Logging message is built with an f-string, which runs even when the record is "
                       "discarded.");
  }
}

}  // namespace
}  // namespace tenet::python
