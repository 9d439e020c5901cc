// G101: an `extra` key that clashes with a `LogRecord` attribute (flake8-logging-format).
#include "pydoc-checker/flow/flow_rule.h"

#include <array>

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleG101{
    .meta =
        {
            .code = "G101",
            .name = "logging-extra-attr-clash",
            .summary = "A key of a logging call's `extra` that is also a `LogRecord` attribute.",
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

/// `LogRecord` attributes, which `makeRecord` refuses to overwrite with `extra` keys.
bool is_reserved(std::string_view key) {
  static constexpr std::array<std::string_view, 23> kReserved{
      "args",      "asctime",   "created", "exc_info",    "exc_text",        "filename",   "funcName",
      "levelname", "levelno",   "lineno",  "message",     "module",          "msecs",      "msg",
      "name",      "pathname",  "process", "processName", "relativeCreated", "stack_info", "taskName",
      "thread",    "threadName"};
  return std::find(kReserved.begin(), kReserved.end(), key) != kReserved.end();
}

void report_key(RuleContext& context, TSNode node, std::string_view key) {
  flow::report(context, kRuleG101.meta, flow::range_of(node),
               "`extra` key `" + std::string(key) + "` clashes with the `LogRecord` attribute of that name.");
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  const std::string_view text = context.module().text();
  for (const flow::Call& call : facts.calls()) {
    if (call.log == flow::LogKind::none) continue;
    const TSNode extra = flow::strip_parentheses(facts.arguments(call).keyword_value("extra"));
    if (ts_node_is_null(extra)) continue;
    if (ts_node_symbol(extra) == g.dictionary) {
      for (TSNode pair : flow::statements_of(extra)) {
        if (ts_node_symbol(pair) != g.pair) continue;
        const TSNode key = ts_node_child_by_field_id(pair, g.field_key);
        if (flow::string_kind(key, text) != flow::StringKind::plain) continue;
        const std::string value = flow::string_value(key, text);
        if (is_reserved(value)) report_key(context, key, value);
      }
    } else if (ts_node_symbol(extra) == g.call &&
               facts.is_builtin(ts_node_child_by_field_id(extra, g.field_function), call.scope, "dict")) {
      for (const auto& [name, keyword] : flow::call_arguments(extra, text).keywords) {
        if (is_reserved(name)) report_key(context, keyword, name);
      }
    }
  }
}

}  // namespace
}  // namespace tenet::python
