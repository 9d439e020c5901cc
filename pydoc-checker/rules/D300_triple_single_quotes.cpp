// D300: a docstring not in `"""` (or in `'''` when its text holds `"""`).
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD300{
    .meta =
        {
            .code = "D300",
            .name = "triple-single-quotes",
            .summary = "A docstring is not written in triple double quotes.",
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
      context, kRuleD300.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        const Docstring& docstring = parsed.text.docstring();
        const std::string_view body = docstring.content;
        std::string_view expected = "\"\"\"";
        if (body.find("\"\"\"") != std::string_view::npos) {
          if (body.find("'''") != std::string_view::npos) return;  // neither would do
          expected = "'''";
        }
        if (docstring.quote == expected) return;
        std::optional<Fix> fix;
        if (body.empty() || body.back() != expected.front()) {
          std::string replacement(docstring.prefix);
          replacement += expected;
          replacement += body;
          replacement += expected;
          fix = make_fix(expected.front() == '"' ? "Use triple double quotes" : "Use triple single quotes",
                         FixAvailability::safe, docstring.range, std::move(replacement));
        }
        report_docstring_finding(
            context, kRuleD300.meta, parsed, docstring.range,
            expected.front() == '"'
                ? "Docstring is not written in triple double quotes."
                : "Docstring is not written in triple single quotes (its text holds `\"\"\"`).",
            std::move(fix));
      });
}

}  // namespace
}  // namespace tenet::python
