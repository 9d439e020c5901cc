// DOC503: the body raises exceptions, but the Raises section also documents types the body
// never raises (a renamed or removed exception). Raises missing from the docstring are
// DOC501's. Reported on the docstring, with the raises as related places.
#include <algorithm>
#include <unordered_set>

#include "pydoc-checker/docfields/doc_targets.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleDOC503{
    .meta =
        {
            .code = "DOC503",
            .name = "docstring-exception-mismatch",
            .summary = "The Raises section documents exceptions that differ from those the body raises.",
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
    if (target.class_docstring || !target.fields->has_raises || target.fields->raises_free_form) continue;
    const FunctionFacts& facts = *target.facts;
    if (facts.has_unnamed_raise || facts.is_abstract || facts.is_stub_body) continue;
    const std::vector<const RaiseSite*> raises = documentable_raises(facts, options);
    // `NotImplementedError` raised somewhere: the section describes implementations.
    if (raises.empty() || raises.size() != facts.raises.size()) continue;
    // Every name that documents some raise: last components and built-in bases.
    std::unordered_set<std::string_view> covered;
    for (const RaiseSite* site : raises) {
      for (const std::string_view name : exception_names::documenting_names(site->type)) covered.insert(name);
    }
    std::vector<std::string> extra;
    std::unordered_set<std::string_view> seen;
    for (const DocRaise& documented : target.fields->raises) {
      if (documented.type.empty() || covered.contains(exception_names::last_component(documented.type))) continue;
      if (seen.insert(documented.type).second) extra.push_back(documented.type);
    }
    if (extra.empty()) continue;
    std::vector<std::string> raised;
    std::vector<RelatedLocation> related;
    std::unordered_set<std::string_view> listed;
    for (const RaiseSite* site : raises) {
      if (listed.insert(site->type).second) raised.push_back(site->type);
      related.push_back(RelatedLocation{site->range, "raised here"});
    }
    report_doc(context, kRuleDOC503.meta, target,
               "Docstring of `" + target.name + "` documents " + quoted_list(extra) + " as raised, but the body raises " +
                   quoted_list(raised) + ".",
               std::move(related));
  }
}

}  // namespace
}  // namespace tenet::python
