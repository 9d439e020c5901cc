// RST301: a line indented deeper than the multi-line paragraph it directly follows. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST301{
    .meta =
        {
            .code = "RST301",
            .name = "rst-unexpected-indentation",
            .summary = "A paragraph of several lines continues with a more deeply indented line.",
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

std::string message(const RstFinding& /*finding*/) { return "Unexpected indentation: this line is indented deeper than the paragraph before it."; }

void check(RuleContext& context) { report_rst(context, kRuleRST301.meta, RstProblem::unexpected_indentation, message); }

}  // namespace
}  // namespace tenet::python
