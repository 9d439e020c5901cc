// RST201: an indented block quote followed directly, without a blank line, by less indented text. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST201{
    .meta =
        {
            .code = "RST201",
            .name = "rst-block-quote-end-without-blank-line",
            .summary = "A block quote ends without a blank line before the unindented text that follows it.",
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

std::string message(const RstFinding& /*finding*/) { return "Block quote ends without a blank line before the unindented text."; }

void check(RuleContext& context) { report_rst(context, kRuleRST201.meta, RstProblem::block_quote_end, message); }

}  // namespace
}  // namespace tenet::python
