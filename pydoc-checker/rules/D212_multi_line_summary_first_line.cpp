// D212: a multi-line docstring whose summary starts on the line after the opening quotes.
#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD212{
    .meta =
        {
            .code = "D212",
            .name = "multi-line-summary-first-line",
            .summary = "The summary of a multi-line docstring does not start on the first line.",
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

/// Whether the first line of the literal holds nothing but the prefix and opening quotes.
bool opens_on_empty_line(const DocstringText& text) { return text.lines().front().text.empty(); }

void check(RuleContext& context) {
  for_each_checked_docstring(
      context, kRuleD212.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        const DocstringText& text = parsed.text;
        if (text.lines().size() < 2 || text.docstring().quote.size() != 3 || !opens_on_empty_line(text))
          return;
        const DocLine& summary = text.lines()[*text.summary_line()];
        report_docstring_finding(context, kRuleD212.meta, parsed, text.docstring().range,
                                 "Multi-line docstring summary does not start on the first line.",
                                 make_fix("Move the summary up to the opening quotes", FixAvailability::safe,
                                          {text.lines().front().end(), summary.offset + summary.indent}, ""));
      });
}

}  // namespace
}  // namespace tenet::python
