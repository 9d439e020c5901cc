// DOC403: a docstring has a Yields section but the function never yields (and its return
// annotation is no iterator or generator type). Stubs and abstract methods are exempt.
// Reported on the docstring.
#include "pydoc-checker/docfields/doc_targets.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleDOC403{
    .meta =
        {
            .code = "DOC403",
            .name = "docstring-extraneous-yields",
            .summary = "A docstring has a Yields section but the function does not yield.",
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

/// Whether a return annotation names something iterable, which a non-generator may return.
bool annotation_is_iterator(std::string_view annotation) {
  for (const std::string_view word : {"Iterator", "Iterable", "Generator", "AsyncIterator", "AsyncIterable",
                                      "AsyncGenerator"}) {
    if (annotation.find(word) != std::string_view::npos) return true;
  }
  return false;
}

void check(RuleContext& context) {
  for (const DocTarget& target : doc_targets(context)) {
    if (target.class_docstring || !target.fields->has_yields) continue;
    const FunctionFacts& facts = *target.facts;
    if (facts.is_generator() || facts.is_stub_body || facts.is_abstract) continue;
    if (annotation_is_iterator(facts.return_annotation)) continue;
    report_doc(context, kRuleDOC403.meta, target,
               "Docstring of `" + target.name + "` has a Yields section, but the function does not yield.");
  }
}

}  // namespace
}  // namespace tenet::python
