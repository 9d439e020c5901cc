// RST211: a grid or simple table followed directly, without a blank line, by other text. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST211{
    .meta =
        {
            .code = "RST211",
            .name = "rst-table-end-without-blank-line",
            .summary = "A table is followed by text without a blank line between them.",
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

std::string message(const RstFinding& /*finding*/) { return "Table is followed by text without a blank line."; }

void check(RuleContext& context) { report_rst(context, kRuleRST211.meta, RstProblem::table_end, message); }

}  // namespace
}  // namespace tenet::python
