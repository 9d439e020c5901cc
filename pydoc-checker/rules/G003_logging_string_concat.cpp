// G003: A logging message built with `+` (flake8-logging-format).
#include "pydoc-checker/flow/flow_checks.h"

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

std::optional<std::string_view> built_with_plus(TSNode message, std::string_view text) {
  if (!flow::is_binary_operation(message, "+", text)) return std::nullopt;
  return "Logging message is built with `+`, which runs even when the record is discarded.";
}

void check(RuleContext& context) { flow::report_logging_messages(context, kRuleG003.meta, built_with_plus); }

}  // namespace
}  // namespace tenet::python
