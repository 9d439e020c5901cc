// RST217: interpreted text followed by both a `:role:` and a `_`. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST217{
    .meta =
        {
            .code = "RST217",
            .name = "rst-role-and-reference-suffix",
            .summary = "Interpreted text has both a role suffix and a reference suffix.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = false,
            .fix = FixAvailability::none,
            .precision = "high",
            .tags = "documentation,python,restructuredtext",
        },
    .check = check,
};

namespace {

std::string message(const RstFinding& /*finding*/) { return "Interpreted text has both a role suffix and a reference suffix."; }

void check(RuleContext& context) { report_rst(context, kRuleRST217.meta, RstProblem::role_and_reference, message); }

}  // namespace
}  // namespace tenet::python
