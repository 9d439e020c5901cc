// DOC102: a docstring documents parameters the signature does not have (and leaves none
// out; that mix is DOC103). Reported on the docstring.
#include "pydoc-checker/docfields/doc_targets.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleDOC102{
    .meta =
        {
            .code = "DOC102",
            .name = "docstring-extraneous-parameter",
            .summary = "A docstring documents parameters that the signature does not have.",
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
  for (const DocTarget& target : doc_targets(context)) {
    const ParameterMatch match = match_parameters(target, options);
    if (match.extra.empty() || !match.missing.empty()) continue;
    const bool one = match.extra.size() == 1;
    report_doc(context, kRuleDOC102.meta, target,
               "Docstring of `" + target.name + "` documents " + quoted_list(match.extra) +
                   (one ? ", which is not a parameter." : ", which are not parameters."));
  }
}

}  // namespace
}  // namespace tenet::python
