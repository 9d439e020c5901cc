// D106: a public class nested in a public class, without a docstring.
#include "pydoc-checker/pydocstyle.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD106{
    .meta =
        {
            .code = "D106",
            .name = "undocumented-public-nested-class",
            .summary = "A public class nested in a public class has no docstring.",
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
    // Classes inside functions are never public, so only classes in classes get here.
    if (definition.kind != DefinitionKind::nested_class || !lacks_required_docstring(context, definition)) {
      continue;
    }
    context.report(kRuleD106.meta, definition.name_range,
                   "Public nested class `" + definition.qualified_name + "` has no docstring.", &definition);
  }
}

}  // namespace
}  // namespace tenet::python
