// RST304: a `:name:` role whose name is not a known role. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST304{
    .meta =
        {
            .code = "RST304",
            .name = "rst-unknown-role",
            .summary = "An interpreted text role is neither a docutils nor a Sphinx role.",
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

std::string message(const RstFinding& finding) { return "Unknown interpreted text role `" + finding.name + "`."; }

void check(RuleContext& context) { report_rst(context, kRuleRST304.meta, RstProblem::unknown_role, message); }

}  // namespace
}  // namespace tenet::python
