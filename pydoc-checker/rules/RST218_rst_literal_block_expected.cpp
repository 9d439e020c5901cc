// RST218: a `::` at the end of a paragraph that is not followed by a blank line and an indented (or quoted) block. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST218{
    .meta =
        {
            .code = "RST218",
            .name = "rst-literal-block-expected",
            .summary = "A paragraph ends with `::` but no literal block follows.",
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

std::string message(const RstFinding& /*finding*/) { return "Literal block expected after `::`, but none follows."; }

void check(RuleContext& context) { report_rst(context, kRuleRST218.meta, RstProblem::literal_block_expected, message); }

}  // namespace
}  // namespace tenet::python
