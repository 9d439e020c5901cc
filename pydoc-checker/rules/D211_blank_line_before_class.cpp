// D211: blank lines between a `class` line and its docstring.
#include <string>

#include "pydoc-checker/docstring/docstring_checks.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD211{
    .meta =
        {
            .code = "D211",
            .name = "blank-line-before-class",
            .summary = "Blank lines separate a class docstring from the `class` line.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::safe,
            .precision = "very-high",
            .tags = "documentation,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  for_each_own_line_class_docstring(
      context, kRuleD211.meta,
      [&](const ParsedDocstring& parsed, const DocstringFacts&, const BlankLinesAbove& above) {
        if (above.count == 0) return;
        report_docstring_finding(context, kRuleD211.meta, parsed, parsed.text.docstring().range,
                                 "Class docstring is preceded by " + std::to_string(above.count) +
                                     " blank line" + std::string(plural(above.count)) + ".",
                                 make_fix("Remove the blank lines before the class docstring",
                                          FixAvailability::safe, {above.start, above.doc_line}, ""));
      });
}

}  // namespace
}  // namespace tenet::python
