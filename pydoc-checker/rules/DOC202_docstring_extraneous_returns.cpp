// DOC202: a docstring has a Returns section but the function returns no value and its
// annotation promises none. Stubs (including bodies that only raise), abstract methods and
// generators are exempt, and so is a Returns section that says the function returns None.
// Reported on the docstring.
#include "pydoc-checker/docfields/doc_targets.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleDOC202{
    .meta =
        {
            .code = "DOC202",
            .name = "docstring-extraneous-returns",
            .summary = "A docstring has a Returns section but the function returns nothing.",
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

/// Whether the annotation says the function returns something (not None / NoReturn / Never).
bool annotation_promises_value(std::string_view annotation) {
  const std::string type = normalize_type(annotation);
  return !type.empty() && type != "None" && type != "NoReturn" && type != "Never" &&
         !type.ends_with(".NoReturn") && !type.ends_with(".Never");
}

/// Whether the Returns section says, truthfully, that the function returns None.
bool documents_none(const DocumentedFields& fields) {
  for (const DocValue& value : fields.returns) {
    if (types_agree(value.type, "None")) return true;
  }
  return false;
}

void check(RuleContext& context) {
  for (const DocTarget& target : doc_targets(context)) {
    if (target.class_docstring || !target.fields->has_returns) continue;
    const FunctionFacts& facts = *target.facts;
    if (facts.returns_value() || facts.is_stub_body || facts.is_abstract || facts.is_generator()) continue;
    // A body that can only raise documents what overriding implementations return.
    if (facts.returns.empty() && facts.ends_with_raise) continue;
    if (annotation_promises_value(facts.return_annotation) || documents_none(*target.fields)) continue;
    report_doc(context, kRuleDOC202.meta, target,
               "Docstring of `" + target.name + "` has a Returns section, but the function returns no value.");
  }
}

}  // namespace
}  // namespace tenet::python
