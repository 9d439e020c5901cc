// DOC501: the body raises an exception type that the docstring does not document. One
// finding per type, reported on the docstring, with every `raise` of that type as a related
// place ("raised here"), so code review mode reports it when a new `raise` appears.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "pydoc-checker/docfields/doc_targets.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleDOC501{
    .meta =
        {
            .code = "DOC501",
            .name = "docstring-missing-exception",
            .summary = "An exception raised in the body is not documented in the docstring.",
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
  if (options.skip_checking_raises) return;
  for (const DocTarget& target : doc_targets(context)) {
    if (target.class_docstring || target.facts->raises.empty()) continue;
    // What the docstring names, by last component (`errors.Oops` documents `Oops`).
    std::unordered_set<std::string_view> documented;
    for (const DocRaise& doc : target.fields->raises) documented.insert(exception_names::last_component(doc.type));
    // The raise sites of each type, types in order of first appearance.
    std::vector<std::string_view> order;
    std::unordered_map<std::string_view, std::vector<RelatedLocation>> sites;
    for (const RaiseSite& site : target.facts->raises) {
      auto [it, inserted] = sites.try_emplace(site.type);
      if (inserted) order.push_back(site.type);
      it->second.push_back(RelatedLocation{site.range, "raised here"});
    }
    for (const std::string_view type : order) {
      if (is_exempt_exception(options, type)) continue;
      const std::vector<std::string_view> names = exception_names::documenting_names(type);
      if (std::any_of(names.begin(), names.end(), [&](std::string_view name) { return documented.contains(name); })) {
        continue;
      }
      report_doc(context, kRuleDOC501.meta, target,
                 "`" + target.name + "` raises `" + std::string(type) + "`, which its docstring does not document.",
                 std::move(sites[type]));
    }
  }
}

}  // namespace
}  // namespace tenet::python
