// LOG007: `.exception(..., exc_info=False)` (flake8-logging).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleLOG007{
    .meta =
        {
            .code = "LOG007",
            .name = "exception-without-exc-info",
            .summary = "A `.exception()` logging call with a falsy `exc_info`.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "very-high",
            .tags = "logging,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  for (const flow::Call& call : facts.calls()) {
    if (call.log == flow::LogKind::none || call.method != "exception") continue;
    if (facts.exc_info(call).kind != flow::FlowFacts::ExcInfo::Kind::falsy) continue;
    flow::report(context, kRuleLOG007.meta, flow::range_of(call.node),
                 "`.exception()` with a falsy `exc_info` logs no traceback, like `.error()`.");
  }
}

}  // namespace
}  // namespace tenet::python
