// D418: an `@overload` signature with a docstring (outside stub files).
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD418{
    .meta =
        {
            .code = "D418",
            .name = "overload-with-docstring",
            .summary = "A function decorated with `@overload` has a docstring.",
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
  if (context.module().is_stub()) return;
  for_each_checked_docstring(
      context, kRuleD418.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        const Definition& definition = *parsed.definition;
        if (!definition.is_function_like() || !definition.is_overload) return;
        context.report(kRuleD418.meta, definition.name_range,
                       "Overload `" + definition.qualified_name + "` has a docstring.", &definition);
      });
}

}  // namespace
}  // namespace tenet::python
