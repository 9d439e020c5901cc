// RST205: a `..` block followed directly, without a blank line, by unindented text. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST205{
    .meta =
        {
            .code = "RST205",
            .name = "rst-explicit-markup-end-without-blank-line",
            .summary = "Explicit markup (a directive, comment or target) ends without a blank line before the text that follows it.",
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

std::string message(const RstFinding& /*finding*/) { return "Explicit markup ends without a blank line before the unindented text."; }

void check(RuleContext& context) { report_rst(context, kRuleRST205.meta, RstProblem::explicit_markup_end, message); }

}  // namespace
}  // namespace tenet::python
