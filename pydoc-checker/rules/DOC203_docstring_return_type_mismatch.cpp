// DOC203: the return type a docstring states (`:rtype:`, `type: ...` under Returns, a
// NumPy Returns entry) disagrees with the return annotation. Reported on the docstring,
// with the annotation as related place.
#include "pydoc-checker/docfields/doc_targets.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleDOC203{
    .meta =
        {
            .code = "DOC203",
            .name = "docstring-return-type-mismatch",
            .summary = "The documented return type disagrees with the return annotation.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "medium",
            .tags = "documentation,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const PydoclintOptions& options = pydoclint_options(context.settings());
  if (!options.check_return_types) return;
  for (const DocTarget& target : doc_targets(context)) {
    if (target.class_docstring || !target.fields->has_returns) continue;
    const FunctionFacts& facts = *target.facts;
    // Several NumPy entries describe a tuple; a generator's annotation is its iterator.
    if (target.fields->returns.size() != 1 || facts.return_annotation.empty() || facts.is_generator()) continue;
    const DocValue& documented = target.fields->returns.front();
    if (documented.type.empty() || !is_type_expression(documented.type)) continue;
    if (types_agree(documented.type, facts.return_annotation)) continue;
    report_doc(context, kRuleDOC203.meta, target,
               "Docstring of `" + target.name + "` documents the return type `" + documented.type +
                   "`, but the annotation is `" + std::string(facts.return_annotation) + "`.",
               {RelatedLocation{facts.return_annotation_range, "annotated here"}});
  }
}

}  // namespace
}  // namespace tenet::python
