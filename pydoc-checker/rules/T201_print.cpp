// T201: `print(...)` outside the paths where printing is the point (flake8-print).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleT201{
    .meta =
        {
            .code = "T201",
            .name = "print",
            .summary = "A call of `print` outside the `allowed-print-paths`.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "high",
            .tags = "output,python",
        },
    .check = check,
};

namespace {

/// `print(..., file=f)` writes somewhere chosen on purpose, unless `f` is standard output
/// or standard error.
bool prints_to_console(const flow::FlowFacts& facts, const flow::Call& call) {
  const TSNode file = facts.arguments(call).keyword_value("file");
  if (ts_node_is_null(file) || flow::is_none(file)) return true;
  const flow::Resolved target = facts.resolve(file, call.scope);
  return target.kind == flow::Resolved::Kind::import_ &&
         (target.qualified == "sys.stdout" || target.qualified == "sys.stderr");
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  bool checked_path = false;
  for (const flow::Call& call : facts.calls()) {
    if (call.callee.kind != flow::Resolved::Kind::builtin || call.callee.qualified != "print") continue;
    // The body of `if __name__ == "__main__":` is a script's output by definition.
    if (call.in_main_guard || !prints_to_console(facts, call)) continue;
    if (!checked_path) {
      if (flow::in_allowed_print_path(context)) return;
      checked_path = true;
    }
    flow::report(context, kRuleT201.meta, flow::range_of(call.function),
                 "`print` writes to the console, bypassing the logging configuration.");
  }
}

}  // namespace
}  // namespace tenet::python
