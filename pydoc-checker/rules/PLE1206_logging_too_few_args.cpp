// PLE1206: fewer arguments than `%` placeholders in a logging call (pylint).
#include "pydoc-checker/flow/flow_checks.h"
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRulePLE1206{
    .meta =
        {
            .code = "PLE1206",
            .name = "logging-too-few-args",
            .summary = "A logging call with fewer arguments than its format string has placeholders.",
            .language = Language::python,
            .severity = Severity::error,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "very-high",
            .tags = "logging,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  for (const flow::PercentLoggingCall& logged : flow::percent_logging_calls(context)) {
    // Keyword arguments make pylint and ruff stay silent; so does a call without arguments,
    // whose message logging never formats.
    if (logged.given == 0 || !logged.arguments.keywords.empty() ||
        logged.placeholders.positional <= logged.given)
      continue;
    flow::report(context, kRulePLE1206.meta, flow::range_of(logged.call->function),
                 flow::placeholder_count_message(logged) + ".");
  }
}

}  // namespace
}  // namespace tenet::python
