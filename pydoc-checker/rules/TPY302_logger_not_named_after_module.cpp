// TPY302: a module logger of a package named by a string outside the package instead of
// `__name__`.
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleTPY302{
    .meta =
        {
            .code = "TPY302",
            .name = "logger-not-named-after-module",
            .summary = "A package module assigns its logger `getLogger(\"name\")` with a name outside the "
                       "package instead of `__name__`.",
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

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const std::vector<std::string>& package = context.module().location().package_path;
  if (package.empty()) return;  // not in a package: no hierarchy to stay inside
  const std::string& top = package.front();
  const std::string_view text = context.module().text();
  for (const flow::LoggerAssignment& assignment : facts.logger_assignments()) {
    if (assignment.call_index == flow::kNone) continue;
    const flow::Call& call = facts.calls()[assignment.call_index];
    if (call.callee.kind != flow::Resolved::Kind::import_ || call.callee.qualified != "logging.getLogger")
      continue;
    const TSNode name = facts.arguments(call).argument("name", 0);
    if (ts_node_is_null(name) || flow::string_kind(name, text) != flow::StringKind::plain) continue;
    if (call.in_main_guard) continue;  // a script's logger
    const std::string value = flow::string_value(name, text);
    // A name inside the hierarchy of the package or of one of its subpackages (`pkg`,
    // `pkg.requests`; `rich` for a copy vendored as `pip._vendor.rich`) is configured with it.
    const bool inside =
        value.empty() || std::any_of(package.begin(), package.end() - 1, [&](const std::string& part) {
          return value == part || value.starts_with(part + ".");
        });
    if (inside) continue;
    flow::report(
        context, kRuleTPY302.meta, flow::range_of(name),
        "Module logger is named \"" + value + "\", outside the `" + top + "` package's logger hierarchy.");
  }
}

}  // namespace
}  // namespace tenet::python
