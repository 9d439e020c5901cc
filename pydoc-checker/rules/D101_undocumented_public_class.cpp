// D101: a public module-level class without a docstring (nested classes are D106).
#include "pydoc-checker/pydocstyle.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD101{
    .meta =
        {
            .code = "D101",
            .name = "undocumented-public-class",
            .summary = "A public top-level class has no docstring.",
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
    if (definition.kind != DefinitionKind::top_level_class || !lacks_required_docstring(context, definition)) {
      continue;
    }
    context.report(kRuleD101.meta, definition.name_range,
                   "Public class `" + definition.qualified_name + "` has no docstring.", &definition);
  }
}

}  // namespace
}  // namespace tenet::python
