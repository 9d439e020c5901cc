// DOC502: a docstring has a Raises section but the body raises nothing. Bodies that raise
// something whose type cannot be named or raise `NotImplementedError`, stubs and abstract
// methods are exempt. Reported on the docstring.
#include "pydoc-checker/docfields/doc_targets.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleDOC502{
    .meta =
        {
            .code = "DOC502",
            .name = "docstring-extraneous-exception",
            .summary = "A docstring has a Raises section but the body raises no exception.",
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
  if (options.skip_checking_raises) return;
  for (const DocTarget& target : doc_targets(context)) {
    if (target.class_docstring || !target.fields->has_raises) continue;
    const FunctionFacts& facts = *target.facts;
    if (facts.has_unnamed_raise || facts.is_stub_body || facts.is_abstract) continue;
    // Raises that remain are exempt ones (`NotImplementedError`): the section describes
    // what implementations raise.
    if (!facts.raises.empty()) continue;
    std::vector<std::string> names;
    for (const DocRaise& documented : target.fields->raises) {
      if (!documented.type.empty() && !documented.from_prose) names.push_back(documented.type);
    }
    report_doc(context, kRuleDOC502.meta, target,
               names.empty() ? "Docstring of `" + target.name + "` has a Raises section, but the body raises no exception."
                             : "Docstring of `" + target.name + "` documents " + quoted_list(names) +
                                   " as raised, but the body raises no exception.");
  }
}

}  // namespace
}  // namespace tenet::python
