// RST208: an option list (`-v  text`, `--all  text`) followed directly, without a blank line, by unindented text. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST208{
    .meta =
        {
            .code = "RST208",
            .name = "rst-option-list-end-without-blank-line",
            .summary = "An option list ends without a blank line before the unindented text that follows it.",
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

std::string message(const RstFinding& /*finding*/) { return "Option list ends without a blank line before the unindented text."; }

void check(RuleContext& context) { report_rst(context, kRuleRST208.meta, RstProblem::option_list_end, message); }

}  // namespace
}  // namespace tenet::python
