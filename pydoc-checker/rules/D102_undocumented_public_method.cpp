// D102: a public method without a docstring (including `__new__` and `__call__`).
#include "pydoc-checker/pydocstyle.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD102{
    .meta =
        {
            .code = "D102",
            .name = "undocumented-public-method",
            .summary = "A public method has no docstring.",
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

/// `__init__` is D107 and other dunders are D105; `__new__` and `__call__` stay here.
bool is_ordinary_method(std::string_view name) {
  return name == "__new__" || name == "__call__" || !is_magic_name(name);
}

void check(RuleContext& context) {
  for (const Definition& definition : context.module().definitions()) {
    // `@overload` signatures and `@override`s (documented on the base) are exempt.
    if (definition.kind != DefinitionKind::method || definition.is_overload || definition.is_override ||
        !is_ordinary_method(definition.name) || !lacks_required_docstring(context, definition)) {
      continue;
    }
    context.report(kRuleD102.meta, definition.name_range,
                   "Public method `" + definition.qualified_name + "` has no docstring.", &definition);
  }
}

}  // namespace
}  // namespace tenet::python
