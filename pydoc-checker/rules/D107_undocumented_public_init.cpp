// D107: the `__init__` method of a public class without a docstring.
#include "pydoc-checker/docstring/pydocstyle_support.h"
#include "pydoc-checker/pydocstyle.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD107{
    .meta =
        {
            .code = "D107",
            .name = "undocumented-public-init",
            .summary = "The `__init__` method of a public class has no docstring.",
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
  // The numpy convention documents a class's constructor in the class docstring.
  if (!pydocstyle_rule_active(context, kRuleD107.meta)) return;
  for (const Definition& definition : context.module().definitions()) {
    if (definition.kind != DefinitionKind::method || definition.name != "__init__" || definition.is_overload ||
        definition.is_override || !lacks_required_docstring(context, definition)) {
      continue;
    }
    const Definition* owner = context.module().parent_of(definition);
    context.report(kRuleD107.meta, definition.name_range,
                   "`__init__` of public class `" + (owner ? owner->qualified_name : std::string()) +
                       "` has no docstring.",
                   &definition);
  }
}

}  // namespace
}  // namespace tenet::python
