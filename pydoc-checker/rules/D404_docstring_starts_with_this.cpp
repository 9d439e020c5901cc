// D404: a docstring whose first word is "This".
#include <cctype>
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD404{
    .meta =
        {
            .code = "D404",
            .name = "docstring-starts-with-this",
            .summary = "A docstring starts with the word \"This\".",
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
  for_each_checked_docstring(
      context, kRuleD404.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        const std::string_view body = trim(parsed.text.docstring().content);
        const std::string_view word = body.substr(0, body.find(' '));
        std::string normalized;
        for (const char c : word) {
          const auto u = static_cast<unsigned char>(c);
          if (u >= 0x80 || std::isalnum(u) != 0) normalized += static_cast<char>(std::tolower(u));
        }
        if (normalized != "this") return;
        report_docstring_finding(context, kRuleD404.meta, parsed, parsed.text.docstring().range,
                                 "Docstring starts with the word \"This\".");
      });
}

}  // namespace
}  // namespace tenet::python
