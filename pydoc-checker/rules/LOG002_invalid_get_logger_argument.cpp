// LOG002: `logging.getLogger(__file__)` or `(__cached__)` instead of `(__name__)` (flake8-logging).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleLOG002{
    .meta =
        {
            .code = "LOG002",
            .name = "invalid-get-logger-argument",
            .summary = "A logger named after `__file__` or `__cached__` instead of `__name__`.",
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
    if (call.callee.kind != flow::Resolved::Kind::import_ || call.callee.qualified != "logging.getLogger")
      continue;
    const TSNode name = flow::strip_parentheses(facts.arguments(call).argument("name", 0));
    if (ts_node_is_null(name) || ts_node_symbol(name) != g.identifier) continue;
    const std::string_view written = flow::text_of(context, name);
    if (written != "__file__" && written != "__cached__") continue;
    if (!facts.is_builtin(name, call.scope, written)) continue;  // rebound: not the module's path
    flow::report(
        context, kRuleLOG002.meta, flow::range_of(name),
        "`getLogger(" + std::string(written) + ")` names the logger after a file path, not the module.",
        flow::single_edit_fix("Replace with `__name__`", FixAvailability::unsafe, flow::range_of(name),
                              "__name__"));
  }
}

}  // namespace
}  // namespace tenet::python
