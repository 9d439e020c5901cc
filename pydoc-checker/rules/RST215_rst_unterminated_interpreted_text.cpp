// RST215: a backquote that opens interpreted text without a closing backquote in the same paragraph. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST215{
    .meta =
        {
            .code = "RST215",
            .name = "rst-unterminated-interpreted-text",
            .summary = "Interpreted text or a phrase reference starts with a backquote but never ends.",
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

std::string message(const RstFinding& /*finding*/) { return "Interpreted text start-string has no end-string."; }

void check(RuleContext& context) { report_rst(context, kRuleRST215.meta, RstProblem::interpreted_unterminated, message); }

}  // namespace
}  // namespace tenet::python
