// RST206: a field list followed directly, without a blank line, by text that is not another field. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST206{
    .meta =
        {
            .code = "RST206",
            .name = "rst-field-list-end-without-blank-line",
            .summary = "A field list ends without a blank line before the text that follows it.",
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

std::string message(const RstFinding& /*finding*/) { return "Field list ends without a blank line before the text that follows."; }

void check(RuleContext& context) { report_rst(context, kRuleRST206.meta, RstProblem::field_list_end, message); }

}  // namespace
}  // namespace tenet::python
