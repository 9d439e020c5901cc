// E722: a bare `except:` (pycodestyle), unless the handler ends up re-raising.
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleE722{
    .meta =
        {
            .code = "E722",
            .name = "bare-except",
            .summary =
                "A bare `except:` catches every exception, `KeyboardInterrupt` and `SystemExit` included.",
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

/// A bare `raise` among the handler's own statements (pycodestyle's exemption).
bool reraises_at_top(TSNode block) {
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  for (TSNode statement : flow::statements_of(block)) {
    if (ts_node_symbol(statement) == g.raise_statement && flow::statements_of(statement).empty()) return true;
  }
  return false;
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  for (const flow::Handler& handler : facts.handlers()) {
    if (!handler.bare() || reraises_at_top(handler.block)) continue;
    flow::report(context, kRuleE722.meta, flow::range_of(handler.keyword),
                 "Bare `except:` catches every exception, including `KeyboardInterrupt` and `SystemExit`.");
  }
}

}  // namespace
}  // namespace tenet::python
