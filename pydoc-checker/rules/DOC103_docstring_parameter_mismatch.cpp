// DOC103: a docstring's parameters differ from the signature both ways: some parameters
// are not documented and some documented names are not parameters (often a rename).
// Reported on the docstring.
#include "pydoc-checker/docfields/doc_targets.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleDOC103{
    .meta =
        {
            .code = "DOC103",
            .name = "docstring-parameter-mismatch",
            .summary = "A docstring's parameters differ from the signature's: some are missing and some are not parameters.",
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
    if (match.missing.empty() || match.extra.empty()) continue;
    report_doc(context, kRuleDOC103.meta, target,
               "Docstring parameters of `" + target.name + "` differ from the signature: " +
                   quoted_list(match.missing) + (match.missing.size() == 1 ? " is" : " are") +
                   " not documented and " + quoted_list(match.extra) +
                   (match.extra.size() == 1 ? " is not a parameter." : " are not parameters."));
  }
}

}  // namespace
}  // namespace tenet::python
