// G202: `exception(..., exc_info=True)`: `exception()` records the exception already
// (flake8-logging-format).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleG202{
    .meta =
        {
            .code = "G202",
            .name = "logging-redundant-exc-info",
            .summary = "`exc_info=True` passed to `exception()`, which sets it already.",
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
  for (const flow::Call& call : facts.calls()) {
    if (call.log == flow::LogKind::none || call.handler == flow::kNone || call.method != "exception")
      continue;
    const flow::FlowFacts::ExcInfo info = facts.exc_info(call);
    if (info.kind != flow::FlowFacts::ExcInfo::Kind::current)
      continue;  // an explicit exception is not redundant
    const TSNode exc_info = info.keyword;
    flow::report(context, kRuleG202.meta, flow::range_of(exc_info),
                 "`exc_info` is redundant: `exception()` records the exception already.",
                 flow::single_edit_fix("Remove `exc_info`", FixAvailability::safe,
                                       flow::argument_removal_range(call.node, exc_info), ""));
  }
}

}  // namespace
}  // namespace tenet::python
