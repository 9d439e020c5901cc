// TPY202: a handler logs the caught exception's message (`logger.error(e)`,
// `logger.error("failed: %s", e)`) without its traceback.
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleTPY202{
    .meta =
        {
            .code = "TPY202",
            .name = "exception-logged-without-traceback",
            .summary = "A handler logs the exception's message at warning level or above without `exc_info`.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "high",
            .tags = "exceptions,logging,python",
        },
    .check = check,
};

namespace {

bool is_reported_level(std::string_view method) {
  return method == "warning" || method == "warn" || method == "error" || method == "critical" ||
         method == "log";
}

/// Whether the exception bound to \p name itself is rendered by \p argument: `e`, `str(e)`,
/// `f"{e}"`, `"%s" % e` (attribute accesses and lambdas excluded).
bool mentions(const RuleContext& context, TSNode argument, std::string_view name) {
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  std::vector<TSNode> pending{argument};
  while (!pending.empty()) {
    const TSNode node = pending.back();
    pending.pop_back();
    const TSSymbol symbol = ts_node_symbol(node);
    if (symbol == g.lambda) continue;
    if (symbol == g.identifier) {
      if (flow::text_of(context, node) == name) return true;
      continue;
    }
    // `e.reason`, `e.args[0]`: a chosen detail, logged on purpose; not the exception itself.
    if (symbol == g.attribute) continue;
    if (symbol == g.keyword_argument) {
      pending.push_back(flow::keyword_value(node));
      continue;
    }
    const std::uint32_t count = ts_node_named_child_count(node);
    for (std::uint32_t i = 0; i < count; ++i) pending.push_back(ts_node_named_child(node, i));
  }
  return false;
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  for (const flow::Call& call : facts.calls()) {
    if (call.log == flow::LogKind::none || call.handler == flow::kNone || !is_reported_level(call.method))
      continue;
    const flow::Handler& handler = facts.handlers()[call.handler];
    if (handler.name_text.empty()) continue;
    const flow::Arguments arguments = facts.arguments(call);
    // Any `exc_info` that is not plainly falsy, or `stack_info`, brings a traceback along.
    if (facts.exc_info(call).logs_traceback()) continue;
    if (arguments.has_double_star) continue;
    const std::size_t first = call.method == "log" ? 1 : 0;
    bool found = false;
    for (std::size_t i = first; i < arguments.positional.size() && !found; ++i) {
      found = mentions(context, arguments.positional[i], handler.name_text);
    }
    const TSNode msg = arguments.keyword_value("msg");
    if (!found && !ts_node_is_null(msg)) found = mentions(context, msg, handler.name_text);
    if (!found) continue;
    flow::report(context, kRuleTPY202.meta, flow::range_of(call.node),
                 "`" + flow::quote(context, call.function) + "()` logs `" + std::string(handler.name_text) +
                     "` without its traceback.");
  }
}

}  // namespace
}  // namespace tenet::python
