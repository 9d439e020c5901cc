// LOG001: `logging.Logger(...)` instantiated directly instead of `logging.getLogger(...)`
// (flake8-logging).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleLOG001{
    .meta =
        {
            .code = "LOG001",
            .name = "direct-logger-instantiation",
            .summary = "A logger created with `logging.Logger(...)` instead of `logging.getLogger(...)`.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::unsafe,
            .precision = "very-high",
            .tags = "logging,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  for (const flow::Call& call : facts.calls()) {
    if (call.callee.kind != flow::Resolved::Kind::import_ || call.callee.qualified != "logging.Logger")
      continue;
    std::optional<Fix> fix;
    if (ts_node_symbol(call.function) == g.attribute) {
      // Unsafe: the configured logger of that name may differ from a fresh one.
      fix = flow::single_edit_fix("Replace with `getLogger`", FixAvailability::unsafe,
                                  flow::range_of(call.method_node), "getLogger");
    }
    flow::report(
        context, kRuleLOG001.meta, flow::range_of(call.function),
        "`logging.Logger(...)` makes a logger outside the logger tree, which no configuration reaches.",
        std::move(fix));
  }
}

}  // namespace
}  // namespace tenet::python
