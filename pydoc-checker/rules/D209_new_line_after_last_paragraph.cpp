// D209: closing quotes of a multi-line docstring that share a line with text.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD209{
    .meta =
        {
            .code = "D209",
            .name = "new-line-after-last-paragraph",
            .summary = "The closing quotes of a multi-line docstring are not on a line of their own.",
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
  for_each_checked_docstring(
      context, kRuleD209.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const DocstringText& text = parsed.text;
        if (text.docstring().quote.size() != 3 || text.non_blank_lines() < 2) return;
        const DocLine& last = text.lines().back();
        if (last.is_blank()) return;
        const std::uint32_t trailing =
            static_cast<std::uint32_t>(last.text.size() - trim_end(last.text).size());
        std::string replacement(facts.line_ending());
        replacement += clean_space(text.indentation());
        report_docstring_finding(context, kRuleD209.meta, parsed, text.docstring().range,
                                 "Closing quotes of a multi-line docstring are not on their own line.",
                                 make_fix("Move the closing quotes to their own line", FixAvailability::safe,
                                          {last.end() - trailing, last.end()}, std::move(replacement)));
      });
}

}  // namespace
}  // namespace tenet::python
