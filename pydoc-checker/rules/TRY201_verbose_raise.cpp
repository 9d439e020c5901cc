// TRY201: `raise e` where `e` is the exception the handler caught, instead of `raise`.
#include "pydoc-checker/flow/flow_rule.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleTRY201{
    .meta =
        {
            .code = "TRY201",
            .name = "verbose-raise",
            .summary = "`raise e` re-raises the caught exception by name where a bare `raise` would do.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::safe,
            .precision = "very-high",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

/// Whether \p name is assigned anywhere in \p block (then `raise name` may raise something
/// else than the caught exception and the fix is unsafe). Walks the handler's statements
/// with an explicit stack; nested defs and classes have their own names.
bool rebinds(const RuleContext& context, TSNode block, std::string_view name) {
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  std::vector<TSNode> pending{block};
  while (!pending.empty()) {
    const TSNode node = pending.back();
    pending.pop_back();
    const TSSymbol symbol = ts_node_symbol(node);
    if (symbol == g.function_definition || symbol == g.class_definition) continue;
    if (symbol == g.identifier) {
      // An identifier on the left of an assignment, a loop or an `as` rebinds the name.
      const TSNode parent = ts_node_parent(node);
      const TSSymbol parent_symbol = ts_node_symbol(parent);
      if (flow::text_of(context, node) == name &&
          (parent_symbol == g.assignment || parent_symbol == g.augmented_assignment ||
           parent_symbol == g.for_statement || parent_symbol == g.pattern_list ||
           parent_symbol == g.named_expression || parent_symbol == g.except_clause ||
           std::string_view(ts_node_type(parent)) == "as_pattern_target") &&
          !ts_node_eq(ts_node_child_by_field_id(parent, g.field_right), node)) {
        return true;
      }
      continue;
    }
    const std::uint32_t count = ts_node_named_child_count(node);
    for (std::uint32_t i = 0; i < count; ++i) pending.push_back(ts_node_named_child(node, i));
  }
  return false;
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  for (const flow::Raise& raise : facts.raises()) {
    const flow::Handler* handler = facts.handler_of(raise);
    if (handler == nullptr || handler->name_text.empty() || ts_node_is_null(raise.exc) ||
        !ts_node_is_null(raise.cause)) {
      continue;
    }
    const TSNode raised = flow::strip_parentheses(raise.exc);
    if (ts_node_symbol(raised) != g.identifier || flow::text_of(context, raised) != handler->name_text)
      continue;
    const bool safe = !rebinds(context, handler->block, handler->name_text);
    flow::report(
        context, kRuleTRY201.meta, flow::range_of(raised),
        "`raise " + std::string(handler->name_text) + "` re-raises the caught exception by name.",
        flow::single_edit_fix("Use a bare `raise`", safe ? FixAvailability::safe : FixAvailability::unsafe,
                              flow::range_of(raise.node), "raise"));
  }
}

}  // namespace
}  // namespace tenet::python
