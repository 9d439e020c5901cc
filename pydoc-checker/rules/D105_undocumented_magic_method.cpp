// D105: a magic method (`__eq__`, `__len__`, ...) of a public class without a docstring.
// `__init__` is D107; `__new__` and `__call__` are D102.
#include "pydoc-checker/pydocstyle.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD105{
    .meta =
        {
            .code = "D105",
            .name = "undocumented-magic-method",
            .summary = "A magic method of a public class has no docstring.",
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

bool is_reported_magic(std::string_view name) {
  return is_magic_name(name) && name != "__init__" && name != "__new__" && name != "__call__";
}

void check(RuleContext& context) {
  for (const Definition& definition : context.module().definitions()) {
    if (definition.kind != DefinitionKind::method || definition.is_overload || definition.is_override ||
        !is_reported_magic(definition.name) || !lacks_required_docstring(context, definition)) {
      continue;
    }
    context.report(kRuleD105.meta, definition.name_range,
                   "Magic method `" + definition.qualified_name + "` has no docstring.", &definition);
  }
}

}  // namespace
}  // namespace tenet::python
