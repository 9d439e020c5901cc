// D205: a summary line not followed by exactly one blank line before the description.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD205{
    .meta =
        {
            .code = "D205",
            .name = "missing-blank-line-after-summary",
            .summary = "The summary line is not separated from the description by exactly one blank line.",
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
      context, kRuleD205.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const DocstringText& text = parsed.text;
        if (text.docstring().quote.size() != 3) return;
        const std::span<const DocLine> lines = text.lines();
        const std::uint32_t summary = *text.summary_line();
        std::uint32_t next = summary + 1;
        while (next < lines.size() && lines[next].is_blank()) ++next;
        if (next >= lines.size()) return;  // nothing after the summary
        const std::uint32_t blanks = next - summary - 1;
        if (blanks == 1) return;
        std::optional<Fix> fix;
        if (blanks > 1) {
          fix = make_fix("Keep one blank line after the summary", FixAvailability::safe,
                         {lines[summary].full_end, lines[next].offset}, std::string(facts.line_ending()));
        }
        std::string message = blanks == 0 ? std::string("Summary line is not followed by a blank line.")
                                          : "Summary line is followed by " + std::to_string(blanks) +
                                                " blank lines instead of 1.";
        report_docstring_finding(context, kRuleD205.meta, parsed, text.docstring().range, std::move(message),
                                 std::move(fix));
      });
}

}  // namespace
}  // namespace tenet::python
