// RST306: a hyperlink, footnote or citation reference (`name_`, `` `a phrase`_ ``, `[1]_`) to a name no target in the same docstring defines. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST306{
    .meta =
        {
            .code = "RST306",
            .name = "rst-unknown-target",
            .summary = "A reference names no target defined in the docstring.",
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

std::string message(const RstFinding& finding) { return "Reference to unknown target `" + finding.name + "`."; }

void check(RuleContext& context) { report_rst(context, kRuleRST306.meta, RstProblem::unknown_target, message); }

}  // namespace
}  // namespace tenet::python
