// TRY004: a type check (`isinstance`, `issubclass`, `callable`) that raises something other
// than `TypeError` (tryceratops).
#include "pydoc-checker/flow/flow_rule.h"

#include <algorithm>

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleTRY004{
    .meta =
        {
            .code = "TRY004",
            .name = "type-check-without-type-error",
            .summary = "A failed type check raises an exception other than `TypeError`.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "high",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

/// An `if` test made only of type-check calls, joined by `and` / `or` / `not`.
bool is_type_check(const flow::FlowFacts& facts, TSNode test, std::uint32_t scope) {
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  std::vector<TSNode> pending{test};
  while (!pending.empty()) {
    const TSNode node = flow::strip_parentheses(pending.back());
    pending.pop_back();
    if (ts_node_is_null(node)) return false;
    const TSSymbol symbol = ts_node_symbol(node);
    if (symbol == g.boolean_operator) {
      pending.push_back(ts_node_child_by_field_id(node, g.field_left));
      pending.push_back(ts_node_child_by_field_id(node, g.field_right));
    } else if (symbol == g.not_operator) {
      pending.push_back(ts_node_child_by_field_id(node, g.field_argument));
    } else if (symbol == g.call) {
      const TSNode function = ts_node_child_by_field_id(node, g.field_function);
      if (!facts.is_builtin(function, scope, "isinstance") &&
          !facts.is_builtin(function, scope, "issubclass") &&
          !facts.is_builtin(function, scope, "callable")) {
        return false;
      }
    } else {
      return false;
    }
  }
  return true;
}

/// tryceratops' list of builtin exceptions a type check should not raise.
bool is_wrong_exception(const flow::FlowFacts& facts, TSNode raised, std::uint32_t scope) {
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  raised = flow::strip_parentheses(raised);
  if (ts_node_symbol(raised) == g.call) raised = ts_node_child_by_field_id(raised, g.field_function);
  const flow::Resolved resolved = facts.resolve(raised, scope);
  if (resolved.kind != flow::Resolved::Kind::builtin) return false;
  static constexpr std::string_view kWrong[] = {
      "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError",
      "Exception",       "ImportError",    "LookupError",    "MemoryError", "NameError",
      "ReferenceError",  "RuntimeError",   "SyntaxError",    "SystemError", "ValueError"};
  return std::find(std::begin(kWrong), std::end(kWrong), std::string_view(resolved.qualified)) !=
         std::end(kWrong);
}

/// A `return`, `break` or `continue` in \p statement (not inside a nested def or class).
bool has_control_flow(TSNode statement) {
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  std::vector<TSNode> pending{statement};
  while (!pending.empty()) {
    const TSNode node = pending.back();
    pending.pop_back();
    const TSSymbol symbol = ts_node_symbol(node);
    if (symbol == g.return_statement || symbol == g.break_statement || symbol == g.continue_statement)
      return true;
    if (symbol == g.function_definition || symbol == g.class_definition) continue;
    const std::uint32_t count = ts_node_named_child_count(node);
    for (std::uint32_t i = 0; i < count; ++i) pending.push_back(ts_node_named_child(node, i));
  }
  return false;
}

/// Whether the branch of \p if_statement that is \p branch is reached only through type
/// checks: the `if` test and every `elif` test before (and including) that branch.
bool branch_is_type_checked(const flow::FlowFacts& facts, TSNode if_statement, TSNode branch,
                            std::uint32_t scope) {
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  if (!is_type_check(facts, ts_node_child_by_field_id(if_statement, g.field_condition), scope)) return false;
  if (ts_node_eq(ts_node_child_by_field_id(if_statement, g.field_consequence), branch)) return true;
  for (TSNode clause : flow::statements_of(if_statement)) {
    const TSSymbol symbol = ts_node_symbol(clause);
    if (symbol == g.elif_clause) {
      if (!is_type_check(facts, ts_node_child_by_field_id(clause, g.field_condition), scope)) return false;
      if (ts_node_eq(ts_node_child_by_field_id(clause, g.field_consequence), branch)) return true;
    } else if (symbol == g.else_clause) {
      return ts_node_eq(ts_node_child_by_field_id(clause, g.field_body), branch);
    }
  }
  return false;
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  for (const flow::Raise& raise : facts.raises()) {
    if (ts_node_is_null(raise.exc) || ts_node_is_null(raise.if_statement)) continue;
    if (!is_wrong_exception(facts, raise.exc, raise.scope)) continue;
    // An `if` nested in another `if` counts only when the outer test is a type check too.
    if (!ts_node_is_null(raise.parent_if_statement) &&
        !is_type_check(facts, ts_node_child_by_field_id(raise.parent_if_statement, g.field_condition),
                       raise.scope)) {
      continue;
    }
    if (!branch_is_type_checked(facts, raise.if_statement, raise.branch_block, raise.scope)) continue;
    // Statements before the raise that may leave the branch make it more than a type check.
    bool before_exit = false;
    for (TSNode statement : flow::statements_of(raise.branch_block)) {
      if (ts_node_eq(statement, raise.node)) break;
      if (has_control_flow(statement)) {
        before_exit = true;
        break;
      }
    }
    if (before_exit) continue;
    TSNode raised = flow::strip_parentheses(raise.exc);
    if (ts_node_symbol(raised) == g.call) raised = ts_node_child_by_field_id(raised, g.field_function);
    flow::report(context, kRuleTRY004.meta, flow::range_of(raise.node),
                 "Failed type check raises `" + flow::quote(context, raised) + "` instead of `TypeError`.");
  }
}

}  // namespace
}  // namespace tenet::python
