// RST302: a grid or simple table whose borders do not close it or do not line up. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST302{
    .meta =
        {
            .code = "RST302",
            .name = "rst-malformed-table",
            .summary = "A table's borders do not close it or do not line up.",
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

std::string message(const RstFinding& finding) { return "Malformed table: " + finding.detail + "."; }

void check(RuleContext& context) { report_rst(context, kRuleRST302.meta, RstProblem::malformed_table, message); }

}  // namespace
}  // namespace tenet::python
