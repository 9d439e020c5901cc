// DOC101: a docstring's parameter section leaves out parameters of the signature (and
// documents nothing that is not a parameter; that mix is DOC103). Reported on the docstring.
#include "pydoc-checker/docfields/doc_targets.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleDOC101{
    .meta =
        {
            .code = "DOC101",
            .name = "docstring-missing-parameter",
            .summary = "A docstring's parameter section leaves out parameters of the signature.",
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
    if (match.missing.empty() || !match.extra.empty()) continue;
    const bool one = match.missing.size() == 1;
    report_doc(context, kRuleDOC101.meta, target,
               std::string(one ? "Parameter " : "Parameters ") + quoted_list(match.missing) + " of `" +
                   target.name + (one ? "` is" : "` are") + " not documented in the docstring.");
  }
}

}  // namespace
}  // namespace tenet::python
