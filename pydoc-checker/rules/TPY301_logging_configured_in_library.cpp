// TPY301: root logging configured from library code: `logging.basicConfig()`,
// `logging.config.dictConfig()` / `fileConfig()`, or a handler added to the root logger, outside
// `if __name__ == "__main__":`, entry-point modules and `main()` functions.
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleTPY301{
    .meta =
        {
            .code = "TPY301",
            .name = "logging-configured-in-library",
            .summary = "Root logging is configured from library code instead of by the application.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "high",
            .tags = "logging,python",
        },
    .check = check,
};

namespace {

/// The configuring call's description, or "" when the call does not configure logging.
std::string_view configures(const flow::Call& call) {
  if (call.callee.kind == flow::Resolved::Kind::import_) {
    const std::string& name = call.callee.qualified;
    if (name == "logging.basicConfig") return "`logging.basicConfig()`";
    if (name == "logging.config.dictConfig") return "`logging.config.dictConfig()`";
    if (name == "logging.config.fileConfig") return "`logging.config.fileConfig()`";
  }
  if (call.method == "addHandler" && call.on_root_logger) return "Adding a handler to the root logger";
  return {};
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  // Entry points configure logging on purpose: `__main__.py`, modules with a main guard,
  // and scripts and tests (the `allowed-print-paths`).
  if (context.module().module().name == "__main__" || facts.has_main_guard()) return;
  bool checked_path = false;
  for (const flow::Call& call : facts.calls()) {
    const std::string_view what = configures(call);
    if (what.empty() || call.in_main_guard || call.function_name == "main") continue;
    if (!checked_path) {
      if (flow::in_allowed_print_path(context)) return;
      checked_path = true;
    }
    flow::report(context, kRuleTPY301.meta, flow::range_of(call.node),
                 std::string(what) + " in library code configures logging for the whole application.");
  }
}

}  // namespace
}  // namespace tenet::python
