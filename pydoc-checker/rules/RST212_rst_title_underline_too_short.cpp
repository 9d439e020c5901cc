// RST212: a title underline of four or more characters that is shorter than its title. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST212{
    .meta =
        {
            .code = "RST212",
            .name = "rst-title-underline-too-short",
            .summary = "A section title's underline is shorter than the title.",
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

std::string message(const RstFinding& /*finding*/) { return "Title underline is shorter than the title."; }

void check(RuleContext& context) { report_rst(context, kRuleRST212.meta, RstProblem::title_underline_too_short, message); }

}  // namespace
}  // namespace tenet::python
