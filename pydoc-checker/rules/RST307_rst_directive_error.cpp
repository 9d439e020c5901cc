// RST307: a known directive whose arguments, options or content do not fit what it accepts. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST307{
    .meta =
        {
            .code = "RST307",
            .name = "rst-directive-error",
            .summary = "A directive's arguments, options or content do not fit what the directive accepts.",
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

std::string message(const RstFinding& finding) { return "Error in directive `" + finding.name + "`: " + finding.detail + "."; }

void check(RuleContext& context) { report_rst(context, kRuleRST307.meta, RstProblem::directive_error, message); }

}  // namespace
}  // namespace tenet::python
