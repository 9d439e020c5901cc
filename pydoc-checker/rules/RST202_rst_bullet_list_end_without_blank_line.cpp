// RST202: a bullet list followed directly, without a blank line, by text that is not another item. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST202{
    .meta =
        {
            .code = "RST202",
            .name = "rst-bullet-list-end-without-blank-line",
            .summary = "A bullet list ends without a blank line before the text that follows it.",
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

std::string message(const RstFinding& /*finding*/) { return "Bullet list ends without a blank line before the text that follows."; }

void check(RuleContext& context) { report_rst(context, kRuleRST202.meta, RstProblem::bullet_list_end, message); }

}  // namespace
}  // namespace tenet::python
