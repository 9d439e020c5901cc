// LOG004: `.exception()` called outside an exception handler (flake8-logging).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleLOG004{
    .meta =
        {
            .code = "LOG004",
            .name = "log-exception-outside-except-handler",
            .summary = "A `.exception()` logging call outside an exception handler.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::unsafe,
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
    if (call.log == flow::LogKind::none || call.method != "exception" || call.handler != flow::kNone)
      continue;
    std::optional<Fix> fix;
    if (ts_node_symbol(call.function) == g.attribute) {
      fix = flow::single_edit_fix("Replace with `error`", FixAvailability::unsafe,
                                  flow::range_of(call.method_node), "error");
    }
    flow::report(context, kRuleLOG004.meta, flow::range_of(call.node),
                 "`.exception()` outside an exception handler logs `NoneType: None` as the traceback.",
                 std::move(fix));
  }
}

}  // namespace
}  // namespace tenet::python
