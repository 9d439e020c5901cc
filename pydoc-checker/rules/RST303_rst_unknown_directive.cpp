// RST303: a `.. name::` whose name is not a known directive. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST303{
    .meta =
        {
            .code = "RST303",
            .name = "rst-unknown-directive",
            .summary = "A directive name is neither a docutils nor a Sphinx directive.",
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

std::string message(const RstFinding& finding) { return "Unknown directive type `" + finding.name + "`."; }

void check(RuleContext& context) { report_rst(context, kRuleRST303.meta, RstProblem::unknown_directive, message); }

}  // namespace
}  // namespace tenet::python
