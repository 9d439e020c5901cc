// G004: A logging message built with an f-string (or a t-string) (flake8-logging-format).
#include "pydoc-checker/flow/flow_checks.h"

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

std::optional<std::string_view> built_as_f_or_t_string(TSNode message, std::string_view text) {
  switch (flow::string_kind(message, text)) {
    case flow::StringKind::fstring:
      return "Logging message is built with an f-string, which runs even when the record is discarded.";
    case flow::StringKind::tstring:
      return "Logging message is a t-string, whose template object logging renders as its repr.";
    default:
      return std::nullopt;
  }
}

void check(RuleContext& context) {
  flow::report_logging_messages(context, kRuleG004.meta, built_as_f_or_t_string);
}

}  // namespace
}  // namespace tenet::python
