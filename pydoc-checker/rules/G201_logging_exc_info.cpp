// G201: `error(..., exc_info=True)` in a handler, where `exception(...)` says it
// (flake8-logging-format).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleG201{
    .meta =
        {
            .code = "G201",
            .name = "logging-exc-info",
            .summary = "`error(..., exc_info=True)` in an exception handler instead of `exception(...)`.",
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
    if (call.log == flow::LogKind::none || call.handler == flow::kNone || call.method != "error") continue;
    // Only `exc_info=True` (or `sys.exc_info()`) is what `exception()` passes.
    const flow::FlowFacts::ExcInfo info = facts.exc_info(call);
    if (info.kind != flow::FlowFacts::ExcInfo::Kind::current) continue;
    const TSNode exc_info = info.keyword;
    std::optional<Fix> fix;
    if (ts_node_symbol(call.function) == g.attribute) {
      // `exception(msg)` is `error(msg, exc_info=True)`: rename and drop the keyword.
      Fix edits;
      edits.title = "Replace with `exception` and drop `exc_info`";
      edits.safety = FixAvailability::safe;
      edits.edits.push_back(Edit{flow::range_of(call.method_node), "exception"});
      edits.edits.push_back(Edit{flow::argument_removal_range(call.node, exc_info), ""});
      fix = std::move(edits);
    }
    flow::report(context, kRuleG201.meta, flow::range_of(call.method_node),
                 "`error(..., exc_info=True)` in an exception handler is `exception(...)` spelled out.",
                 std::move(fix));
  }
}

}  // namespace
}  // namespace tenet::python
