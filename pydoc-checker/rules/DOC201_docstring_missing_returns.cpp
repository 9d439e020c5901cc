// DOC201: a function returns a value but its docstring has no Returns section. Early
// `return` / `return None` alone need none; properties and generators are exempt.
// Reported on the docstring, with the first value-returning `return` as related place.
#include "pydoc-checker/docfields/doc_targets.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleDOC201{
    .meta =
        {
            .code = "DOC201",
            .name = "docstring-missing-returns",
            .summary = "A function returns a value but its docstring has no Returns section.",
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
    if (target.class_docstring || target.fields->has_returns) continue;
    const FunctionFacts& facts = *target.facts;
    // A property documents its value in the summary; a generator's `return` value ends
    // the iteration (its Yields section is DOC402's business).
    if (facts.is_property || facts.is_generator()) continue;
    for (const ReturnSite& site : facts.returns) {
      if (!site.has_value) continue;
      report_doc(context, kRuleDOC201.meta, target,
                 "`" + target.name + "` returns a value but its docstring has no Returns section.",
                 {RelatedLocation{site.range, "returns a value here"}});
      break;
    }
  }
}

}  // namespace
}  // namespace tenet::python
