// RST213: a `*` that opens emphasis without a closing `*` in the same paragraph. Reported where the problem is, inside the docstring; the `noqa` goes
// after the closing quotes.
#include "pydoc-checker/rst/rst_check.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRST213{
    .meta =
        {
            .code = "RST213",
            .name = "rst-unterminated-emphasis",
            .summary = "Inline emphasis starts with `*` but never ends.",
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

std::string message(const RstFinding& /*finding*/) { return "Emphasis start-string `*` has no end-string."; }

void check(RuleContext& context) { report_rst(context, kRuleRST213.meta, RstProblem::emphasis_unterminated, message); }

}  // namespace
}  // namespace tenet::python
