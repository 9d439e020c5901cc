// RST216: interpreted text written with a role prefix and a role suffix at once. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST216{
    .meta =
        {
            .code = "RST216",
            .name = "rst-multiple-roles",
            .summary = "Interpreted text has a role both before and after it.",
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

std::string message(const RstFinding& /*finding*/) { return "Interpreted text has a role both before and after it; only one is allowed."; }

void check(RuleContext& context) { report_rst(context, kRuleRST216.meta, RstProblem::multiple_roles, message); }

}  // namespace
}  // namespace tenet::python
