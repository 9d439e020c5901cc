// TRY401: the caught exception passed to `logging.exception(...)`, which logs it anyway.
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleTRY401{
    .meta =
        {
            .code = "TRY401",
            .name = "verbose-log-message",
            .summary = "The caught exception is passed to `.exception()`, which records it already.",
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

/// Reports every read of \p name in \p argument, not looking into attribute accesses
/// (`e.args` says something the traceback may not) or lambdas.
void report_names(RuleContext& context, TSNode argument, std::string_view name) {
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  std::vector<TSNode> pending{argument};
  std::vector<TSNode> found;
  while (!pending.empty()) {
    const TSNode node = pending.back();
    pending.pop_back();
    const TSSymbol symbol = ts_node_symbol(node);
    if (symbol == g.attribute || symbol == g.lambda) continue;
    if (symbol == g.identifier) {
      if (flow::text_of(context, node) == name) found.push_back(node);
      continue;
    }
    if (symbol == g.keyword_argument) {
      pending.push_back(flow::keyword_value(node));
      continue;
    }
    const std::uint32_t count = ts_node_named_child_count(node);
    for (std::uint32_t i = 0; i < count; ++i) pending.push_back(ts_node_named_child(node, i));
  }
  std::sort(found.begin(), found.end(),
            [](TSNode a, TSNode b) { return ts_node_start_byte(a) < ts_node_start_byte(b); });
  for (TSNode node : found) {
    flow::report(
        context, kRuleTRY401.meta, flow::range_of(node),
        "`" + std::string(name) + "` is passed to `.exception()`, which records the exception already.");
  }
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  for (const flow::Call& call : facts.calls()) {
    if (call.log == flow::LogKind::none || call.handler == flow::kNone || call.method != "exception")
      continue;
    const flow::Handler& handler = facts.handlers()[call.handler];
    if (handler.name_text.empty()) continue;
    for (TSNode argument : facts.arguments(call).positional)
      report_names(context, argument, handler.name_text);
  }
}

}  // namespace
}  // namespace tenet::python
