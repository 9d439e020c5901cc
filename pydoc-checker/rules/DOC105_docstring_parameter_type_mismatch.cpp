// DOC105: the type a docstring gives a parameter disagrees with the parameter's
// annotation. One finding per parameter, reported on the docstring, with the parameter as
// related place. Prose types and `*args`/`**kwargs` are not compared.
#include "pydoc-checker/docfields/doc_targets.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleDOC105{
    .meta =
        {
            .code = "DOC105",
            .name = "docstring-parameter-type-mismatch",
            .summary = "A parameter's documented type disagrees with its annotation.",
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
  if (!options.arg_type_hints_in_docstring) return;
  for (const DocTarget& target : doc_targets(context)) {
    const ParameterMatch match = match_parameters(target, options);
    if (match.documented_at.empty()) continue;
    const std::vector<const Parameter*> parameters = documentable_parameters(*target.facts, options);
    for (std::size_t p = 0; p < parameters.size(); ++p) {
      if (match.documented_at[p] < 0) continue;
      const DocParameter& documented = target.fields->parameters[static_cast<std::size_t>(match.documented_at[p])];
      const Parameter& parameter = *parameters[p];
      if (documented.type.empty() || parameter.annotation.empty()) continue;
      // `*args: T` annotates each element; docstrings often give the collection instead.
      if (parameter.kind == ParameterKind::var_positional || parameter.kind == ParameterKind::var_keyword) continue;
      // Prose ("list of str") cannot be compared with an annotation.
      if (!is_type_expression(documented.type) || types_agree(documented.type, parameter.annotation)) continue;
      report_doc(context, kRuleDOC105.meta, target,
                 "Parameter `" + parameter.display_name() + "` of `" + target.name + "` is documented as `" +
                     documented.type + "` but annotated as `" + std::string(parameter.annotation) + "`.",
                 {RelatedLocation{parameter.range, "annotated here"}});
    }
  }
}

}  // namespace
}  // namespace tenet::python
