// PLE1206: fewer arguments than `%` placeholders in a logging call (pylint).
#include "pydoc-checker/flow/flow_rule.h"
#include "pydoc-checker/flow/format_string.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRulePLE1206{
    .meta =
        {
            .code = "PLE1206",
            .name = "logging-too-few-args",
            .summary = "A logging call with fewer arguments than its format string has placeholders.",
            .language = Language::python,
            .severity = Severity::error,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "very-high",
            .tags = "logging,python",
        },
    .check = check,
};

namespace {

std::string count(std::size_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const std::string_view text = context.module().text();
  for (const flow::Call& call : facts.calls()) {
    // `log(level, msg, ...)` is not checked, as in pylint and ruff.
    if (call.log == flow::LogKind::none || !flow::is_level_method(call.method)) continue;
    const flow::Arguments arguments = facts.arguments(call);
    if (arguments.has_star || arguments.has_double_star) continue;
    const TSNode format = arguments.positional_at(0);
    if (ts_node_is_null(format) || flow::string_kind(format, text) != flow::StringKind::plain) continue;
    const std::string value = flow::string_value(format, text);
    const std::optional<flow::PercentFormat> summary = flow::parse_percent_format(value);
    if (!summary || summary->starred || summary->keyword > 0) continue;
    const std::size_t given = arguments.positional.size() - 1;
    // Keyword arguments make pylint and ruff stay silent; so does a call without arguments,
    // whose message logging never formats.
    if (given == 0 || !arguments.keywords.empty() || summary->positional <= given) continue;
    flow::report(context, kRulePLE1206.meta, flow::range_of(call.function),
                 "Logging format string has " + count(summary->positional, "placeholder") + " for " +
                     count(given, "argument") + ".");
  }
}

}  // namespace
}  // namespace tenet::python
