// EM101: An exception constructed with a string literal as its message. (flake8-errmsg)
#include "pydoc-checker/flow/flow_checks.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleEM101{
    .meta =
        {
            .code = "EM101",
            .name = "raw-string-in-exception",
            .summary = "An exception constructed with a string literal as its message.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = false,
            .fix = FixAvailability::unsafe,
            .precision = "very-high",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

bool is_string_literal(TSNode message, std::string_view text) {
  return flow::string_kind(message, text) == flow::StringKind::plain;
}

void check(RuleContext& context) {
  flow::report_exception_messages(
      context, kRuleEM101.meta, is_string_literal,
      "Exception message is a string literal in the `raise` statement, so tracebacks show it twice.");
}

}  // namespace
}  // namespace tenet::python
