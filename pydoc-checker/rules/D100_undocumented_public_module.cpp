// D100: a public module (not a package's __init__.py) without a docstring.
// Reported at the very start of the file (after a BOM), like ruff; never in stubs.
#include "pydoc-checker/pydocstyle.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD100{
    .meta =
        {
            .code = "D100",
            .name = "undocumented-public-module",
            .summary = "A public module has no docstring.",
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
  const PythonModule& module = context.module();
  const Definition& definition = module.module();
  if (definition.kind != DefinitionKind::module || !lacks_required_docstring(context, definition)) return;
  context.report(kRuleD100.meta, definition.name_range,
                 "Public module `" + display_name(module, definition) + "` has no docstring.", nullptr);
}

}  // namespace
}  // namespace tenet::python
