// PLE1205: more arguments than `%` placeholders in a logging call (pylint).
#include "pydoc-checker/flow/flow_checks.h"
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRulePLE1205{
    .meta =
        {
            .code = "PLE1205",
            .name = "logging-too-many-args",
            .summary = "A logging call with more arguments than its format string has placeholders.",
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
    if (logged.placeholders.positional >= logged.given) continue;
    std::string message = flow::placeholder_count_message(logged);
    const std::optional<flow::BraceFormat> braces = flow::parse_brace_format(logged.format);
    if (logged.placeholders.positional == 0 && braces &&
        braces->automatic + braces->numbered + braces->named > 0) {
      message += "; logging does not fill `{}` placeholders";
    }
    flow::report(context, kRulePLE1205.meta, flow::range_of(logged.call->function), message + ".");
  }
}

}  // namespace
}  // namespace tenet::python
