// RST401: a title and its underline inside an indented block, a list item or a definition. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST401{
    .meta =
        {
            .code = "RST401",
            .name = "rst-unexpected-section-title",
            .summary = "A section title appears inside a nested block, where reST allows none.",
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

std::string message(const RstFinding& /*finding*/) { return "Section title inside a nested block; sections may only appear at the top level."; }

void check(RuleContext& context) { report_rst(context, kRuleRST401.meta, RstProblem::unexpected_section_title, message); }

}  // namespace
}  // namespace tenet::python
