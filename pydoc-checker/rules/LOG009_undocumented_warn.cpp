// LOG009: the undocumented `logging.WARN` constant (flake8-logging).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleLOG009{
    .meta =
        {
            .code = "LOG009",
            .name = "undocumented-warn",
            .summary = "A use of the undocumented `logging.WARN` constant.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::safe,
            .precision = "very-high",
            .tags = "logging,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  for (TSNode reference : facts.warn_references()) {
    std::optional<Fix> fix;
    if (ts_node_symbol(reference) == g.attribute) {
      // `logging.WARNING` has the same value.
      fix = flow::single_edit_fix("Replace with `WARNING`", FixAvailability::safe,
                                  flow::range_of(ts_node_child_by_field_id(reference, g.field_attribute)),
                                  "WARNING");
    }
    flow::report(context, kRuleLOG009.meta, flow::range_of(reference),
                 "`logging.WARN` is an undocumented alias of `logging.WARNING`.", std::move(fix));
  }
}

}  // namespace
}  // namespace tenet::python
