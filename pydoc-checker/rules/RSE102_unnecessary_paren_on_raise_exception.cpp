// RSE102: `raise ValueError()`: parentheses on a raised exception class without arguments
// (flake8-raise).
#include "pydoc-checker/flow/flow_rule.h"

#include <cctype>

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleRSE102{
    .meta =
        {
            .code = "RSE102",
            .name = "unnecessary-paren-on-raise-exception",
            .summary = "Empty parentheses after a raised exception class.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = false,
            .fix = FixAvailability::safe,
            .precision = "high",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  const std::string_view text = context.module().text();
  for (const flow::Raise& raise : facts.raises()) {
    const TSNode raised = flow::strip_parentheses(raise.exc);
    if (ts_node_is_null(raised) || ts_node_symbol(raised) != g.call) continue;
    const TSNode arguments = ts_node_child_by_field_id(raised, g.field_arguments);
    if (ts_node_symbol(arguments) != g.argument_list || !flow::statements_of(arguments).empty()) continue;
    const TSNode function = ts_node_child_by_field_id(raised, g.field_function);
    // Only a class may drop its parentheses: `raise make_error()` needs the call.
    const flow::Resolved resolved = facts.resolve(function, raise.scope);
    bool known_class = resolved.kind == flow::Resolved::Kind::builtin;
    if (resolved.kind == flow::Resolved::Kind::local && resolved.binding != nullptr &&
        resolved.qualified.find('.') == std::string::npos) {
      if (resolved.binding->function) continue;
      known_class = resolved.binding->class_;
    }
    if (!known_class) {
      std::string_view name = flow::tail_name(function, text);
      if (name.starts_with('_')) name.remove_prefix(1);
      if (name.empty() || (name.front() >= 'a' && name.front() <= 'z')) continue;  // looks like a function
      if (resolved.kind == flow::Resolved::Kind::import_ && resolved.qualified == "ctypes.WinError") continue;
    }
    // `raise E()from cause` needs a space where the parentheses were.
    const std::uint32_t end = ts_node_end_byte(arguments);
    const bool word_follows = end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) != 0);
    flow::report(context, kRuleRSE102.meta, flow::range_of(arguments),
                 "Parentheses after `" + flow::quote(context, function) +
                     "` are unnecessary: `raise` instantiates a class.",
                 flow::single_edit_fix("Remove the parentheses",
                                       known_class ? FixAvailability::safe : FixAvailability::unsafe,
                                       flow::range_of(arguments), word_follows ? " " : ""));
  }
}

}  // namespace
}  // namespace tenet::python
