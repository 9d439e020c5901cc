// D402: a function docstring whose first line contains the function's name followed by `(`.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD402{
    .meta =
        {
            .code = "D402",
            .name = "signature-in-docstring",
            .summary = "The first line of a function docstring repeats the function's signature.",
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
      context, kRuleD402.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        const Definition& definition = *parsed.definition;
        if (!definition.is_function_like() || definition.name.empty()) return;
        const std::string_view line = parsed.text.summary();
        const std::string_view name = definition.name;
        for (std::size_t at = line.find(name); at != std::string_view::npos; at = line.find(name, at + 1)) {
          const bool boundary = at == 0 || line[at - 1] == ' ' || line[at - 1] == '\t' ||
                                line[at - 1] == ';' || line[at - 1] == ',';
          if (boundary && line.substr(at + name.size()).starts_with('(')) {
            report_docstring_finding(
                context, kRuleD402.meta, parsed, parsed.text.docstring().range,
                "First line of the docstring repeats the signature of `" + std::string(name) + "`.");
            return;
          }
        }
      });
}

}  // namespace
}  // namespace tenet::python
