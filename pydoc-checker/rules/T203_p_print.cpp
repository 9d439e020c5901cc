// T203: `pprint.pprint(...)` outside the paths where printing is the point (flake8-print).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleT203{
    .meta =
        {
            .code = "T203",
            .name = "p-print",
            .summary = "A call of `pprint.pprint` outside the `allowed-print-paths`.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "very-high",
            .tags = "output,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  bool checked_path = false;
  for (const flow::Call& call : facts.calls()) {
    if (call.callee.kind != flow::Resolved::Kind::import_ || call.callee.qualified != "pprint.pprint")
      continue;
    if (call.in_main_guard) continue;  // a script's output
    if (!checked_path) {
      if (flow::in_allowed_print_path(context)) return;
      checked_path = true;
    }
    flow::report(context, kRuleT203.meta, flow::range_of(call.function),
                 "`pprint` writes to the console, bypassing the logging configuration.");
  }
}

}  // namespace
}  // namespace tenet::python
