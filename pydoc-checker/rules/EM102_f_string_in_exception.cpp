// EM102: An exception constructed with an f-string as its message. (flake8-errmsg)
#include "pydoc-checker/flow/flow_checks.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleEM102{
    .meta =
        {
            .code = "EM102",
            .name = "f-string-in-exception",
            .summary = "An exception constructed with an f-string as its message.",
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

bool is_f_string(TSNode message, std::string_view text) {
  return flow::string_kind(message, text) == flow::StringKind::fstring;
}

void check(RuleContext& context) {
  flow::report_exception_messages(
      context, kRuleEM102.meta, is_f_string,
      "Exception message is an f-string in the `raise` statement, so tracebacks show it twice.");
}

}  // namespace
}  // namespace tenet::python
