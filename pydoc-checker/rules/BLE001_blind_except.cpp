// BLE001: `except Exception` / `except BaseException` whose handler neither re-raises nor
// logs the exception (flake8-blind-except, as ruff implements it).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleBLE001{
    .meta =
        {
            .code = "BLE001",
            .name = "blind-except",
            .summary = "A handler catches `Exception` or `BaseException` and neither re-raises nor logs it.",
            .language = Language::python,
            .severity = Severity::error,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "high",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  for (const flow::Handler& handler : facts.handlers()) {
    const flow::CaughtType* broad = handler.broad_type();
    if (broad == nullptr || handler.reraises || handler.logs_exception) continue;
    flow::report(context, kRuleBLE001.meta, flow::range_of(broad->node),
                 "Handler catches `" + broad->qualified + "` and neither re-raises nor logs the exception.");
  }
}

}  // namespace
}  // namespace tenet::python
