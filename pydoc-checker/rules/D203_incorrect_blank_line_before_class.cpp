// D203: a class docstring without exactly one blank line above it (off by default; D211 is its opposite).
#include <string>

#include "pydoc-checker/docstring/docstring_checks.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD203{
    .meta =
        {
            .code = "D203",
            .name = "incorrect-blank-line-before-class",
            .summary = "A class docstring is not preceded by exactly one blank line.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = false,
            .fix = FixAvailability::safe,
            .precision = "very-high",
            .tags = "documentation,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  for_each_own_line_class_docstring(
      context, kRuleD203.meta,
      [&](const ParsedDocstring& parsed, const DocstringFacts& facts, const BlankLinesAbove& above) {
        if (above.count == 1) return;
        report_docstring_finding(
            context, kRuleD203.meta, parsed, parsed.text.docstring().range,
            "Class docstring is preceded by " + std::to_string(above.count) + " blank lines instead of 1.",
            make_fix("Put one blank line before the class docstring", FixAvailability::safe,
                     {above.start, above.doc_line}, std::string(facts.line_ending())));
      });
}

}  // namespace
}  // namespace tenet::python
