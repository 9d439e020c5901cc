// RST214: two backquotes that open an inline literal without two closing backquotes in the same paragraph. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST214{
    .meta =
        {
            .code = "RST214",
            .name = "rst-unterminated-literal",
            .summary = "An inline literal starts with two backquotes but never ends.",
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

std::string message(const RstFinding& /*finding*/) { return "Inline literal start-string has no end-string."; }

void check(RuleContext& context) { report_rst(context, kRuleRST214.meta, RstProblem::literal_unterminated, message); }

}  // namespace
}  // namespace tenet::python
