// RST305: a substitution reference `|name|` with no `.. |name| ...` definition in the same docstring. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST305{
    .meta =
        {
            .code = "RST305",
            .name = "rst-undefined-substitution",
            .summary = "A substitution reference names no substitution defined in the docstring.",
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

std::string message(const RstFinding& finding) { return "Substitution `|" + finding.name + "|` is not defined in this docstring."; }

void check(RuleContext& context) { report_rst(context, kRuleRST305.meta, RstProblem::undefined_substitution, message); }

}  // namespace
}  // namespace tenet::python
