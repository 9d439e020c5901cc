// RST210: a `**` that opens strong emphasis without a closing `**` in the same paragraph. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST210{
    .meta =
        {
            .code = "RST210",
            .name = "rst-unterminated-strong",
            .summary = "Inline strong emphasis starts with `**` but never ends.",
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

std::string message(const RstFinding& /*finding*/) { return "Strong emphasis start-string `**` has no end-string."; }

void check(RuleContext& context) { report_rst(context, kRuleRST210.meta, RstProblem::strong_unterminated, message); }

}  // namespace
}  // namespace tenet::python
