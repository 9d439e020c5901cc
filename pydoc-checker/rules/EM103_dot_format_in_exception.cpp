// EM103: An exception constructed with a `str.format` call as its message. (flake8-errmsg)
#include "pydoc-checker/flow/flow_checks.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleEM103{
    .meta =
        {
            .code = "EM103",
            .name = "dot-format-in-exception",
            .summary = "An exception constructed with a `str.format` call as its message.",
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

void check(RuleContext& context) {
  flow::report_exception_messages(
      context, kRuleEM103.meta, flow::is_str_format_call,
      "Exception message is a `.format()` call in the `raise` statement, so tracebacks show it twice.");
}

}  // namespace
}  // namespace tenet::python
