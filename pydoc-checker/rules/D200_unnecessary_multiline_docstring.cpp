// D200: a docstring with a single line of text spread over several lines.
#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD200{
    .meta =
        {
            .code = "D200",
            .name = "unnecessary-multiline-docstring",
            .summary = "A docstring whose text fits on one line is spread over several lines.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::unsafe,
            .precision = "very-high",
            .tags = "documentation,python",
        },
    .check = check,
};

namespace {

/// Whether \p text ends with an odd number of backslashes (its last character is escaped).
bool ends_with_escape(std::string_view text) {
  std::size_t count = 0;
  while (count < text.size() && text[text.size() - 1 - count] == '\\') ++count;
  return count % 2 == 1;
}

void check(RuleContext& context) {
  for_each_checked_docstring(
      context, kRuleD200.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        const DocstringText& text = parsed.text;
        if (text.lines().size() < 2 || text.non_blank_lines() != 1) return;
        const Docstring& docstring = text.docstring();
        std::optional<Fix> fix;
        const std::string_view trimmed = trim(docstring.content);
        const char quote = docstring.quote.front();
        // Joining the text to the quotes must not create an escaped or extra quote.
        if (!ends_with_escape(trimmed) && trimmed.front() != quote && trimmed.back() != quote) {
          std::string replacement(docstring.prefix);
          replacement += docstring.quote;
          replacement += trimmed;
          replacement += docstring.quote;
          fix = make_fix("Put the docstring on one line", FixAvailability::unsafe, docstring.range,
                         std::move(replacement));
        }
        report_docstring_finding(context, kRuleD200.meta, parsed, docstring.range,
                                 "One-line docstring is spread over several lines.", std::move(fix));
      });
}

}  // namespace
}  // namespace tenet::python
