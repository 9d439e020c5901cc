// D210: white space between the opening quotes and the text, or after the text on the first line.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD210{
    .meta =
        {
            .code = "D210",
            .name = "surrounding-whitespace",
            .summary = "The text of a docstring's first line starts or ends with white space.",
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

/// Whether \p text ends with an odd number of backslashes.
bool ends_with_escape(std::string_view text) {
  std::size_t count = 0;
  while (count < text.size() && text[text.size() - 1 - count] == '\\') ++count;
  return count % 2 == 1;
}

void check(RuleContext& context) {
  for_each_checked_docstring(
      context, kRuleD210.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        const DocLine& first = parsed.text.lines().front();
        const std::string_view trimmed = first.trimmed();
        if (trimmed.empty() || trimmed.size() == first.text.size()) return;
        const char quote = parsed.text.docstring().quote.front();
        std::optional<Fix> fix;
        if (trimmed.front() != quote && trimmed.back() != quote && !ends_with_escape(trimmed)) {
          fix = make_fix("Remove the white space around the text", FixAvailability::safe, first.range(),
                         std::string(trimmed));
        }
        report_docstring_finding(context, kRuleD210.meta, parsed, parsed.text.docstring().range,
                                 "Docstring text is surrounded by white space.", std::move(fix));
      });
}

}  // namespace
}  // namespace tenet::python
