// RST219: a `|` that opens a substitution reference without a closing `|` in the same paragraph. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST219{
    .meta =
        {
            .code = "RST219",
            .name = "rst-unterminated-substitution",
            .summary = "A substitution reference starts with `|` but never ends.",
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

std::string message(const RstFinding& /*finding*/) { return "Substitution reference start-string `|` has no end-string."; }

void check(RuleContext& context) { report_rst(context, kRuleRST219.meta, RstProblem::substitution_unterminated, message); }

}  // namespace
}  // namespace tenet::python
