// DOC104: a docstring documents exactly the signature's parameters, but in another order.
// Reported on the docstring.
#include <algorithm>

#include "pydoc-checker/docfields/doc_targets.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleDOC104{
    .meta =
        {
            .code = "DOC104",
            .name = "docstring-parameter-order",
            .summary = "A docstring documents the parameters in a different order than the signature.",
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
  const PydoclintOptions& options = pydoclint_options(context.settings());
  if (!options.check_arg_order) return;
  for (const DocTarget& target : doc_targets(context)) {
    const ParameterMatch match = match_parameters(target, options);
    if (!target.fields->has_parameters || !match.missing.empty() || !match.extra.empty()) continue;
    if (std::is_sorted(match.documented_at.begin(), match.documented_at.end())) continue;
    // The documented order, by where each parameter is first documented.
    const std::vector<const Parameter*> parameters = documentable_parameters(*target.facts, options);
    std::vector<std::size_t> order(parameters.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return match.documented_at[a] < match.documented_at[b]; });
    std::vector<std::string> documented;
    std::vector<std::string> signature;
    for (const std::size_t i : order) documented.push_back(parameters[i]->display_name());
    for (const Parameter* parameter : parameters) signature.push_back(parameter->display_name());
    report_doc(context, kRuleDOC104.meta, target,
               "Docstring of `" + target.name + "` documents the parameters in the order " +
                   quoted_sequence(documented) + ", but the signature has " + quoted_sequence(signature) + ".");
  }
}

}  // namespace
}  // namespace tenet::python
