// B012: `return`, `break` or `continue` inside `finally`, which silences the exception in
// flight (bugbear).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleB012{
    .meta =
        {
            .code = "B012",
            .name = "jump-statement-in-finally",
            .summary = "A `return`, `break` or `continue` inside `finally` silences the exception in flight.",
            .language = Language::python,
            .severity = Severity::error,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "very-high",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  for (const flow::FinallyJump& jump : facts.finally_jumps()) {
    // `break` / `continue` of a loop that is itself inside the `finally:` block stay there.
    if (jump.in_loop && jump.keyword != "return") continue;
    flow::report(context, kRuleB012.meta, flow::range_of(jump.node),
                 "`" + std::string(jump.keyword) + "` inside `finally` silences any exception in flight.");
  }
}

}  // namespace
}  // namespace tenet::python
