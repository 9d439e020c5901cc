// D103: a public module-level function without a docstring.
#include "pydoc-checker/pydocstyle.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD103{
    .meta =
        {
            .code = "D103",
            .name = "undocumented-public-function",
            .summary = "A public module-level function has no docstring.",
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
  for (const Definition& definition : context.module().definitions()) {
    // Functions nested in functions are never public; `@overload` stubs are exempt
    // (the implementation carries the docstring).
    if (definition.kind != DefinitionKind::function || definition.is_overload ||
        !lacks_required_docstring(context, definition)) {
      continue;
    }
    context.report(kRuleD103.meta, definition.name_range,
                   "Public function `" + definition.qualified_name + "` has no docstring.", &definition);
  }
}

}  // namespace
}  // namespace tenet::python
