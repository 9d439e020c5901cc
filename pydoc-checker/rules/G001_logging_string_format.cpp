// G001: A logging message built with `str.format` (flake8-logging-format).
#include "pydoc-checker/flow/flow_checks.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleG001{
    .meta =
        {
            .code = "G001",
            .name = "logging-string-format",
            .summary = "A logging message built with `str.format`.",
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

std::optional<std::string_view> built_with_str_format(TSNode message, std::string_view text) {
  if (!flow::is_str_format_call(message, text)) return std::nullopt;
  return "Logging message is built with `str.format`, which runs even when the record is discarded.";
}

void check(RuleContext& context) {
  flow::report_logging_messages(context, kRuleG001.meta, built_with_str_format);
}

}  // namespace
}  // namespace tenet::python
