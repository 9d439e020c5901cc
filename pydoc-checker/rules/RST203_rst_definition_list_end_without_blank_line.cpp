// RST203: a definition list followed directly, without a blank line, by unindented text that is not another term. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST203{
    .meta =
        {
            .code = "RST203",
            .name = "rst-definition-list-end-without-blank-line",
            .summary = "A definition list ends without a blank line before the unindented text that follows it.",
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

std::string message(const RstFinding& /*finding*/) { return "Definition list ends without a blank line before the unindented text."; }

void check(RuleContext& context) { report_rst(context, kRuleRST203.meta, RstProblem::definition_list_end, message); }

}  // namespace
}  // namespace tenet::python
