// G010: the deprecated `warn()` logging method (flake8-logging-format).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleG010{
    .meta =
        {
            .code = "G010",
            .name = "logging-warn",
            .summary = "A call of the deprecated logging method `warn()`.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::safe,
            .precision = "high",
            .tags = "logging,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  for (const flow::Call& call : facts.calls()) {
    if (call.log == flow::LogKind::none || call.method != "warn") continue;
    std::optional<Fix> fix;
    // `from logging import warn` cannot simply be renamed: `warning` is not imported.
    if (ts_node_symbol(call.function) == g.attribute) {
      fix = flow::single_edit_fix("Replace with `warning`", FixAvailability::safe,
                                  flow::range_of(call.method_node), "warning");
    }
    flow::report(context, kRuleG010.meta, flow::range_of(call.method_node),
                 "`warn()` is a deprecated alias of `warning()`.", std::move(fix));
  }
}

}  // namespace
}  // namespace tenet::python
