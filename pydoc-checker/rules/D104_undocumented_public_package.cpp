// D104: a public package (its __init__.py) without a docstring.
// Reported at the very start of the file (after a BOM), like ruff; never in stubs.
#include "pydoc-checker/pydocstyle.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD104{
    .meta =
        {
            .code = "D104",
            .name = "undocumented-public-package",
            .summary = "A public package's `__init__.py` has no docstring.",
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
  if (definition.kind != DefinitionKind::package || !lacks_required_docstring(context, definition)) return;
  context.report(kRuleD104.meta, definition.name_range,
                 "Public package `" + display_name(module, definition) + "` has no docstring.", nullptr);
}

}  // namespace
}  // namespace tenet::python
