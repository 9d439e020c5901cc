// RST207: an indented literal block followed directly, without a blank line, by unindented text. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST207{
    .meta =
        {
            .code = "RST207",
            .name = "rst-literal-block-end-without-blank-line",
            .summary = "A literal block ends without a blank line before the unindented text that follows it.",
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

std::string message(const RstFinding& /*finding*/) { return "Literal block ends without a blank line before the unindented text."; }

void check(RuleContext& context) { report_rst(context, kRuleRST207.meta, RstProblem::literal_block_end, message); }

}  // namespace
}  // namespace tenet::python
