// LOG015: a logging call on the root logger (`logging.info(...)`) (flake8-logging).
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleLOG015{
    .meta =
        {
            .code = "LOG015",
            .name = "root-logger-call",
            .summary = "A logging call on the root logger, such as `logging.info(...)`.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "very-high",
            .tags = "logging,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  for (const flow::Call& call : facts.calls()) {
    if (call.log != flow::LogKind::module) continue;
    flow::report(context, kRuleLOG015.meta, flow::range_of(call.node),
                 "`" + std::string(call.method) +
                     "()` logs to the root logger, so records do not say where they came from.");
  }
}

}  // namespace
}  // namespace tenet::python
