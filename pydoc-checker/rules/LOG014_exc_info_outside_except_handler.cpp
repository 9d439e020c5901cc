// LOG014: a truthy `exc_info` on a logging call outside an exception handler (flake8-logging).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleLOG014{
    .meta =
        {
            .code = "LOG014",
            .name = "exc-info-outside-except-handler",
            .summary = "A logging call with `exc_info=True` outside an exception handler.",
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
  for (const flow::Call& call : facts.calls()) {
    if (call.log == flow::LogKind::none || call.handler != flow::kNone) continue;
    // An exception instance or tuple passed on purpose needs no handler; `True` does.
    const flow::FlowFacts::ExcInfo info = facts.exc_info(call);
    if (info.kind != flow::FlowFacts::ExcInfo::Kind::current) continue;
    const TSNode keyword = info.keyword;
    flow::report(context, kRuleLOG014.meta, flow::range_of(keyword),
                 "`exc_info` outside an exception handler logs `NoneType: None` as the traceback.",
                 flow::single_edit_fix("Remove `exc_info`", FixAvailability::unsafe,
                                       flow::argument_removal_range(call.node, keyword), ""));
  }
}

}  // namespace
}  // namespace tenet::python
