// D301: a docstring holding a backslash escape that is not written as `r"""`.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD301{
    .meta =
        {
            .code = "D301",
            .name = "escape-sequence-in-docstring",
            .summary = "A docstring with backslashes is not a raw string.",
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

/// Whether \p body holds a backslash escape other than a line continuation or a Unicode
/// escape (`\u`, `\U`, `\N`), escaped triple quotes aside.
bool has_escape(std::string_view body) {
  std::size_t i = 0;
  while ((i = body.find('\\', i)) != std::string_view::npos) {
    if (i + 1 >= body.size()) return false;
    const std::string_view after = body.substr(i + 1);
    const char c = after.front();
    if (c == '"' || c == '\'') {
      if (after.starts_with("\"\"\"") || after.starts_with("'''")) {
        i += 3;
        continue;
      }
      if (after.starts_with("\"\\\"\\\"") || after.starts_with("'\\'\\'")) {
        i += 5;
        continue;
      }
    }
    if (c != '\r' && c != '\n' && c != 'u' && c != 'U' && c != 'N') return true;
    i += 1;
  }
  return false;
}

void check(RuleContext& context) {
  for_each_checked_docstring(
      context, kRuleD301.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        const Docstring& docstring = parsed.text.docstring();
        if (docstring.prefix.find_first_of("rR") != std::string_view::npos || !has_escape(docstring.content))
          return;
        std::optional<Fix> fix;
        // `ur"..."` is not valid Python 3: a u-string cannot simply become raw.
        if (docstring.prefix.find_first_of("uU") == std::string_view::npos) {
          fix = make_fix("Make the docstring a raw string", FixAvailability::unsafe,
                         {docstring.range.begin, docstring.range.begin}, "r");
        }
        report_docstring_finding(context, kRuleD301.meta, parsed, docstring.range,
                                 "Docstring contains backslashes but is not a raw string.", std::move(fix));
      });
}

}  // namespace
}  // namespace tenet::python
