#include "pydoc-checker/flow/flow_checks.h"

#include <utility>

#include "pydoc-checker/flow/flow_grammar.h"
#include "pydoc-checker/flow/flow_rule.h"
#include "pydoc-checker/ts.h"

namespace tenet::python::flow {
namespace {

/// "1 placeholder", "2 arguments": a count and its noun, plural when it is not 1.
std::string count(std::size_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

}  // namespace

bool is_str_format_call(TSNode node, std::string_view text) {
  const FlowGrammar& g = FlowGrammar::get();
  node = strip_parentheses(node);
  if (ts_node_symbol(node) != g.call) return false;
  const TSNode function = ts_node_child_by_field_id(node, g.field_function);
  return ts_node_symbol(function) == g.attribute && tail_name(function, text) == "format" &&
         is_literal(ts_node_child_by_field_id(function, g.field_object), text);
}

bool is_binary_operation(TSNode node, std::string_view op, std::string_view text) {
  const FlowGrammar& g = FlowGrammar::get();
  return ts_node_symbol(node) == g.binary_operator &&
         ts::text_of(ts_node_child_by_field_id(node, g.field_operator), text) == op;
}

void report_broad_handlers_whose_body_is(RuleContext& context, const RuleMeta& rule, TSSymbol statement,
                                         std::string_view message) {
  const FlowFacts& facts = context.facts<FlowFacts>();
  for (const Handler& handler : facts.handlers()) {
    // `check-typed-exception` extends the rule to handlers of specific exception types.
    if (!handler.bare() && handler.broad_type() == nullptr && !context.settings().python.check_typed_exception) {
      continue;
    }
    const std::vector<TSNode> body = statements_of(handler.block);
    if (body.size() != 1 || ts_node_symbol(body.front()) != statement) continue;
    report(context, rule, range_of(handler.node), std::string(message));
  }
}

void report_exception_messages(RuleContext& context, const RuleMeta& rule, const ExceptionMessageTest& flagged,
                               std::string_view message) {
  const FlowFacts& facts = context.facts<FlowFacts>();
  const FlowGrammar& g = FlowGrammar::get();
  const std::string_view text = context.module().text();
  for (const Raise& raise : facts.raises()) {
    const TSNode raised = strip_parentheses(raise.exc);
    if (ts_node_is_null(raised) || ts_node_symbol(raised) != g.call) continue;
    const Arguments arguments = call_arguments(raised, text);
    if (arguments.positional.empty()) continue;
    const TSNode first = arguments.positional.front();
    if (!flagged(first, text)) continue;
    report(context, rule, range_of(first), std::string(message),
           message_variable_fix(context, raise.node, first));
  }
}

void report_logging_messages(RuleContext& context, const RuleMeta& rule, LoggingMessageCheck check) {
  const FlowFacts& facts = context.facts<FlowFacts>();
  const std::string_view text = context.module().text();
  for (const Call& call : facts.calls()) {
    if (call.log == LogKind::none) continue;
    const TSNode argument = strip_parentheses(facts.message_argument(call));
    if (ts_node_is_null(argument)) continue;
    const std::optional<std::string_view> message = check(argument, text);
    if (!message) continue;
    report(context, rule, range_of(argument), std::string(*message));
  }
}

std::vector<PercentLoggingCall> percent_logging_calls(RuleContext& context) {
  const FlowFacts& facts = context.facts<FlowFacts>();
  const std::string_view text = context.module().text();
  std::vector<PercentLoggingCall> found;
  for (const Call& call : facts.calls()) {
    if (call.log == LogKind::none || !is_level_method(call.method)) continue;
    Arguments arguments = facts.arguments(call);
    if (arguments.has_star || arguments.has_double_star) continue;
    const TSNode format = arguments.positional_at(0);
    if (ts_node_is_null(format) || string_kind(format, text) != StringKind::plain) continue;
    std::string value = string_value(format, text);
    const std::optional<PercentFormat> placeholders = parse_percent_format(value);
    if (!placeholders || placeholders->starred || placeholders->keyword > 0) continue;
    const std::size_t given = arguments.positional.size() - 1;
    found.push_back({.call = &call,
                     .arguments = std::move(arguments),
                     .format = std::move(value),
                     .placeholders = *placeholders,
                     .given = given});
  }
  return found;
}

std::string placeholder_count_message(const PercentLoggingCall& logged) {
  return "Logging format string has " + count(logged.placeholders.positional, "placeholder") + " for " +
         count(logged.given, "argument");
}

}  // namespace tenet::python::flow
