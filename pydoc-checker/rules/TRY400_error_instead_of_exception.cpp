// TRY400: `logging.error(...)` inside an exception handler, where `.exception(...)` would
// also record the traceback.
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleTRY400{
    .meta =
        {
            .code = "TRY400",
            .name = "error-instead-of-exception",
            .summary = "An `error()` logging call in an exception handler, which drops the traceback.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::safe,
            .precision = "high",
            .tags = "exceptions,logging,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  for (const flow::Call& call : facts.calls()) {
    if (call.log == flow::LogKind::none || call.handler == flow::kNone || call.method != "error") continue;
    if (facts.exc_info(call).logs_traceback()) continue;
    std::optional<Fix> fix;
    if (ts_node_symbol(call.function) == g.attribute) {
      // Safe on the `logging` module itself; on other objects they may not be loggers.
      const bool module = call.log == flow::LogKind::module;
      fix = flow::single_edit_fix("Replace with `exception`",
                                  module ? FixAvailability::safe : FixAvailability::unsafe,
                                  flow::range_of(call.method_node), "exception");
    }
    flow::report(context, kRuleTRY400.meta, flow::range_of(call.node),
                 "`" + flow::quote(context, call.function) +
                     "()` in an exception handler logs the message without the traceback.",
                 std::move(fix));
  }
}

}  // namespace
}  // namespace tenet::python
