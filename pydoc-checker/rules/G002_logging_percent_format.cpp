// G002: A logging message built with the `%` operator (flake8-logging-format).
#include "pydoc-checker/flow/flow_checks.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleG002{
    .meta =
        {
            .code = "G002",
            .name = "logging-percent-format",
            .summary = "A logging message built with the `%` operator.",
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

std::optional<std::string_view> built_with_percent(TSNode message, std::string_view text) {
  if (!flow::is_binary_operation(message, "%", text)) return std::nullopt;
  return "Logging message is built with `%`, which runs even when the record is discarded.";
}

void check(RuleContext& context) {
  flow::report_logging_messages(context, kRuleG002.meta, built_with_percent);
}

}  // namespace
}  // namespace tenet::python
