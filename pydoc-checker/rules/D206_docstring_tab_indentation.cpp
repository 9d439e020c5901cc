// D206: a multi-line docstring indented with tabs (its own lines, or the line it starts on).
#include "pydoc-checker/docstring/docstring_checks.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD206{
    .meta =
        {
            .code = "D206",
            .name = "docstring-tab-indentation",
            .summary = "A docstring is indented with tabs.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "very-high",
            .tags = "documentation,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  for_each_indentation_scan(
      context, kRuleD206.meta, [&](const ParsedDocstring& parsed, const IndentScan& scan) {
        if (!scan.tabs) return;
        report_docstring_finding(context, kRuleD206.meta, parsed, parsed.text.docstring().range,
                                 "Docstring is indented with tabs.");
      });
}

}  // namespace
}  // namespace tenet::python
