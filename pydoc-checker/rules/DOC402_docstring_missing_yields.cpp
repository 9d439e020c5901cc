// DOC402: a generator yields values but its docstring has no Yields section (a Returns
// section describing the generator counts). Generators that only `yield` bare (context
// managers, coroutines) are exempt. Reported on the docstring, with the first `yield`.
#include "pydoc-checker/docfields/doc_targets.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleDOC402{
    .meta =
        {
            .code = "DOC402",
            .name = "docstring-missing-yields",
            .summary = "A generator yields values but its docstring has no Yields section.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "high",
            .tags = "documentation,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  for (const DocTarget& target : doc_targets(context)) {
    if (target.class_docstring || target.fields->has_yields || target.fields->has_returns) continue;
    for (const YieldSite& site : target.facts->yields) {
      if (!site.has_value) continue;
      report_doc(context, kRuleDOC402.meta, target,
                 "`" + target.name + "` yields values but its docstring has no Yields section.",
                 {RelatedLocation{site.range, "yields here"}});
      break;
    }
  }
}

}  // namespace
}  // namespace tenet::python
