#include "pydoc-checker/flow/flow_facts.h"

#include <algorithm>
#include <unordered_set>

#include "pydoc-checker/flow/flow_grammar.h"
#include "pydoc-checker/python_rule.h"
#include "pydoc-checker/ts.h"

namespace tenet::python::flow {

bool is_level_method(std::string_view method) {
  return method == "debug" || method == "info" || method == "warn" || method == "warning" ||
         method == "error" || method == "critical" || method == "exception";
}

bool is_logging_method(std::string_view method) { return method == "log" || is_level_method(method); }

const CaughtType* Handler::broad_type() const {
  for (const CaughtType& type : caught) {
    if (type.builtin && (type.qualified == "Exception" || type.qualified == "BaseException")) return &type;
  }
  return nullptr;
}

bool FlowFacts::is_builtin(TSNode node, std::uint32_t scope, std::string_view name) const {
  const Resolved resolved = resolve(node, scope);
  return resolved.kind == Resolved::Kind::builtin && resolved.qualified == name;
}

TSNode FlowFacts::message_argument(const Call& call) const {
  return arguments(call).argument("msg", call.method == "log" ? 1 : 0);
}

FlowFacts::ExcInfo FlowFacts::exc_info(const Call& call) const {
  const FlowGrammar& g = FlowGrammar::get();
  ExcInfo info;
  info.keyword = arguments(call).keyword("exc_info");
  if (ts_node_is_null(info.keyword)) return info;
  const TSNode value = strip_parentheses(keyword_value(info.keyword));
  info.kind = ExcInfo::Kind::explicit_;
  if (ts_node_is_null(value)) return info;
  const TSSymbol symbol = ts_node_symbol(value);
  const bool constant = symbol == g.true_ || symbol == g.false_ || symbol == g.none || symbol == g.integer ||
                        symbol == g.float_ || string_kind(value, text_) == StringKind::plain;
  if (constant) {
    info.kind = truthiness(value, text_) == Truth::falsy ? ExcInfo::Kind::falsy : ExcInfo::Kind::current;
  } else if (symbol == g.call) {
    const Resolved callee = resolve(ts_node_child_by_field_id(value, g.field_function), call.scope);
    if (callee.kind == Resolved::Kind::import_ && callee.qualified == "sys.exc_info")
      info.kind = ExcInfo::Kind::current;
  }
  return info;
}

/// The one walk that fills a FlowFacts.
class FlowWalker {
 public:
  FlowWalker(FlowFacts& facts, const RuleContext& context)
      : facts_(facts), g_(FlowGrammar::get()), text_(facts.text_), context_(context) {}

  void run(TSNode root) {
    ctx_.scope = facts_.names_.add_scope(Scope::Kind::module, kNone, {});
    ts::Cursor cursor(root);
    std::uint32_t depth = 0;
    for (;;) {
      const TSNode node = cursor.node();
      while (!saved_.empty() && saved_.back().depth >= depth) {
        ctx_ = saved_.back().context;
        saved_.pop_back();
      }
      const NodeKind kind = g_.kind(ts_node_symbol(node));
      if (path_.size() <= depth) path_.resize(depth + 1);
      path_[depth] = PathEntry{node, kind, kNone};
      const bool descend = kind == NodeKind::other || enter(node, kind, cursor, depth);
      if (descend && cursor.first_child()) {
        ++depth;
        continue;
      }
      bool done = false;
      while (!cursor.next_sibling()) {
        if (depth == 0 || !cursor.parent()) {
          done = true;
          break;
        }
        --depth;
      }
      if (done) break;
    }
    finish();
  }

 private:
  struct Context {
    std::uint32_t scope = 0;
    std::uint32_t handler = kNone;
    bool through_try = false;
    std::uint32_t try_body = kNone;
    bool in_finally = false;
    bool loop_in_finally = false;
    bool in_function = false;
    bool in_main_guard = false;
    std::string_view function_name;
  };
  struct Saved {
    std::uint32_t depth;
    Context context;
  };
  struct PathEntry {
    TSNode node;
    NodeKind kind;
    std::uint32_t aux;  // Try index for try_statement, Handler index for except_clause
  };
  struct PendingLogger {
    TSNode call;
    std::string_view name;       // a simple name target, or ""
    std::string_view attribute;  // an attribute target's last name, or ""
    std::uint32_t scope;
    bool module_level;
  };
  struct PendingWarn {
    TSNode node;
    std::uint32_t scope;
  };

  void save(std::uint32_t depth) { saved_.push_back(Saved{depth, ctx_}); }

  std::string_view text_of(TSNode node) const { return ts::text_of(node, text_); }

  /// Handles one node on the way down; returns whether to visit its children.
  bool enter(TSNode node, NodeKind kind, const ts::Cursor& cursor, std::uint32_t depth) {
    switch (kind) {
      case NodeKind::comment:
      case NodeKind::type_annotation:  // annotations hold no calls that matter here
        return false;
      case NodeKind::string: {
        const std::string_view prefix = string_prefix(node, text_);
        return prefix.find_first_of("fFtT") != std::string_view::npos;  // only interpolations matter
      }
      case NodeKind::identifier:
        on_identifier(node, cursor);
        return false;
      case NodeKind::collection:
      case NodeKind::expression:
      case NodeKind::keyword_argument:
        return may_matter(node);
      case NodeKind::attribute:
        on_attribute(node);
        return may_matter(node);
      case NodeKind::call:
        on_call(node);
        return true;
      case NodeKind::function_definition: {
        const std::string_view name = text_of(ts_node_child_by_field_id(node, g_.field_name));
        facts_.names_.bind_definition(name, ctx_.scope, false);
        save(depth);
        ctx_.scope = facts_.names_.add_scope(Scope::Kind::function, ctx_.scope, name);
        bind_parameters(ts_node_child_by_field_id(node, g_.field_parameters));
        reset_handler_context();
        ctx_.in_function = true;
        ctx_.function_name = name;
        return true;
      }
      case NodeKind::class_definition: {
        const std::string_view name = text_of(ts_node_child_by_field_id(node, g_.field_name));
        facts_.names_.bind_definition(name, ctx_.scope, true);
        save(depth);
        ctx_.scope = facts_.names_.add_scope(Scope::Kind::class_, ctx_.scope, name);
        reset_handler_context();
        return true;
      }
      case NodeKind::try_statement:
        on_try(node, depth);
        return true;
      case NodeKind::except_clause:
        on_except(node, depth);
        return true;
      case NodeKind::finally_clause:
        save(depth);
        ctx_.in_finally = true;
        ctx_.loop_in_finally = false;
        ctx_.try_body = kNone;
        return true;
      case NodeKind::else_clause:
        if (depth > 0 && path_[depth - 1].kind == NodeKind::try_statement) {
          save(depth);
          ctx_.try_body = kNone;
        }
        return true;
      case NodeKind::block:
        on_block(depth, cursor);
        return true;
      case NodeKind::for_statement:
        bind_targets(ts_node_child_by_field_id(node, g_.field_left));
        [[fallthrough]];
      case NodeKind::while_statement:
        if (ctx_.in_finally) {
          save(depth);
          ctx_.loop_in_finally = true;
        }
        return true;
      case NodeKind::if_statement:
        if (is_main_guard(ts_node_child_by_field_id(node, g_.field_condition))) {
          facts_.has_main_guard_ = true;
          save(depth);
          ctx_.in_main_guard = true;
        }
        return true;
      case NodeKind::raise_statement:
        on_raise(node, depth);
        return true;
      case NodeKind::return_statement:
      case NodeKind::break_statement:
      case NodeKind::continue_statement:
        if (ctx_.in_finally) {
          const std::string_view keyword = kind == NodeKind::return_statement  ? "return"
                                           : kind == NodeKind::break_statement ? "break"
                                                                               : "continue";
          facts_.finally_jumps_.push_back(FinallyJump{node, keyword, ctx_.loop_in_finally});
        }
        return true;
      case NodeKind::import_statement:
        on_import(node, false);
        return false;
      case NodeKind::import_from_statement:
        on_import(node, true);
        return false;
      case NodeKind::future_import_statement:
        return false;
      case NodeKind::assignment:
        on_assignment(node);
        return may_matter(node);
      case NodeKind::augmented_assignment:
        bind_targets(ts_node_child_by_field_id(node, g_.field_left));
        return may_matter(node);
      case NodeKind::named_expression:
        facts_.names_.bind(text_of(ts_node_child_by_field_id(node, g_.field_name)), ctx_.scope,
                           Binding::Kind::local);
        return true;
      case NodeKind::as_pattern_target:
        bind_targets(ts_node_named_child(node, 0));
        return true;
      default:
        return true;
    }
  }

  /// Whether a rule could care about anything below \p node. Outside a handler that binds a
  /// name (where every identifier matters), an expression holds something of interest only
  /// if it holds a call, which needs a `(` past the node's first character (a tuple's or an
  /// argument list's own parenthesis), or a `WARN`. Skipping the rest saves most of the
  /// walk over attribute chains, operators and literal tables. Long expressions are walked
  /// without looking, so nested parentheses never make the test quadratic.
  bool may_matter(TSNode node) const {
    if (ctx_.handler != kNone && !facts_.handlers_[ctx_.handler].name_text.empty()) return true;
    std::string_view inner = text_of(node);
    if (inner.size() < 2 || inner.size() > 512) return true;
    inner.remove_prefix(1);
    return inner.find('(') != std::string_view::npos || inner.find("WARN") != std::string_view::npos;
  }

  void reset_handler_context() {
    ctx_.handler = kNone;
    ctx_.through_try = false;
    ctx_.try_body = kNone;
    ctx_.in_finally = false;
    ctx_.loop_in_finally = false;
  }

  void on_identifier(TSNode node, const ts::Cursor& cursor) {
    const std::string_view name = text_of(node);
    const bool in_handler = ctx_.handler != kNone && !facts_.handlers_[ctx_.handler].name_text.empty();
    if (!in_handler && name != "WARN") return;
    if (cursor.field() == g_.field_attribute) return;  // `x.name`: handled with the attribute
    if (ctx_.handler != kNone) {
      Handler& handler = facts_.handlers_[ctx_.handler];
      if (!handler.name_text.empty() && name == handler.name_text) handler.uses_name = true;
    }
    if (name == "WARN") pending_warns_.push_back(PendingWarn{node, ctx_.scope});
  }

  void on_attribute(TSNode node) {
    // Cheap test first: attributes are everywhere, `.WARN` is rare.
    if (!text_of(node).ends_with("WARN")) return;
    const TSNode attribute = ts_node_child_by_field_id(node, g_.field_attribute);
    if (text_of(attribute) == "WARN") pending_warns_.push_back(PendingWarn{node, ctx_.scope});
  }

  /// The last name of a callee without looking up fields: the text after the last `.` of
  /// an attribute (comments cannot come after it), or the identifier.
  std::string_view callee_tail(TSNode function) const {
    const TSSymbol symbol = ts_node_symbol(function);
    if (symbol == g_.identifier) return text_of(function);
    if (symbol != g_.attribute) return {};
    std::string_view written = text_of(function);
    written.remove_prefix(written.find_last_of('.') + 1);
    while (!written.empty() &&
           (written.front() == ' ' || written.front() == '\t' || written.front() == '\n' ||
            written.front() == '\r' || written.front() == '\\')) {
      written.remove_prefix(1);
    }
    return written;
  }

  static bool interesting_callee(std::string_view name) {
    return is_logging_method(name) || name == "getLogger" || name == "Logger" || name == "getChild" ||
           name == "basicConfig" || name == "dictConfig" || name == "fileConfig" || name == "addHandler" ||
           name == "print" || name == "pprint" || name == "fatal";
  }

  void on_call(TSNode node) {
    const TSNode function = ts_node_child(node, 0);  // the `function` field comes first
    const std::string_view tail = callee_tail(function);
    if (tail.empty()) return;
    // A plain name may be an alias (`from logging import exception as log_exception`);
    // imports usually come first, so the ones seen so far decide.
    if (!interesting_callee(tail) &&
        !(ts_node_symbol(function) == g_.identifier && facts_.names_.imported_anywhere(tail))) {
      return;
    }
    Call call;
    call.node = node;
    call.function = function;
    call.handler = ctx_.handler;
    call.through_try = ctx_.through_try;
    call.scope = ctx_.scope;
    call.in_function = ctx_.in_function;
    call.in_main_guard = ctx_.in_main_guard;
    call.function_name = ctx_.function_name;
    call.method = tail;
    call.method_node = ts_node_symbol(function) == g_.attribute
                           ? ts_node_child_by_field_id(function, g_.field_attribute)
                           : function;
    facts_.calls_.push_back(std::move(call));
  }

  void on_try(TSNode node, std::uint32_t depth) {
    Try entry;
    entry.node = node;
    entry.body = ts_node_child_by_field_id(node, g_.field_body);
    entry.scope = ctx_.scope;
    const std::uint32_t count = ts_node_named_child_count(node);
    for (std::uint32_t i = 0; i < count; ++i) {
      const TSNode child = ts_node_named_child(node, i);
      const TSSymbol symbol = ts_node_symbol(child);
      if (symbol == g_.else_clause) entry.else_block = ts_node_child_by_field_id(child, g_.field_body);
      if (symbol == g_.finally_clause) entry.finally_block = last_named_child_of(child, g_.block);
    }
    facts_.tries_.push_back(std::move(entry));
    path_[depth].aux = static_cast<std::uint32_t>(facts_.tries_.size() - 1);
    save(depth);
    if (ctx_.handler != kNone) ctx_.through_try = true;
    ctx_.try_body = kNone;  // set again for this statement's own `try:` block
  }

  static TSNode last_named_child_of(TSNode node, TSSymbol symbol) {
    TSNode found{};
    const std::uint32_t count = ts_node_named_child_count(node);
    for (std::uint32_t i = 0; i < count; ++i) {
      const TSNode child = ts_node_named_child(node, i);
      if (ts_node_symbol(child) == symbol) found = child;
    }
    return found;
  }

  void on_except(TSNode node, std::uint32_t depth) {
    Handler handler;
    handler.node = node;
    handler.scope = ctx_.scope;
    ts::Cursor cursor(node);
    bool first = true;
    if (cursor.first_child()) {
      do {
        const TSNode child = cursor.node();
        if (!ts_node_is_named(child)) {
          if (first) {
            handler.keyword = child;  // `except`
          } else if (text_of(child) == "*" && handler.type_expressions.empty() &&
                     ts_node_is_null(handler.block)) {
            handler.star = true;
          }
          first = false;
          continue;
        }
        first = false;
        const TSFieldId field = cursor.field();
        if (field == g_.field_value && ts_node_symbol(child) == g_.as_pattern) {
          // `except E as name:` parses as one as_pattern value: the type, then the target.
          ts::Cursor parts(child);
          if (parts.first_child()) {
            do {
              const TSNode part = parts.node();
              if (!ts_node_is_named(part) || ts_node_symbol(part) == g_.comment) continue;
              if (ts_node_symbol(part) == g_.as_pattern_target) {
                set_handler_name(handler, ts_node_named_child(part, 0));
              } else if (handler.type_expressions.empty()) {
                handler.type_expressions.push_back(part);
              }
            } while (parts.next_sibling());
          }
        } else if (field == g_.field_value) {
          handler.type_expressions.push_back(child);
        } else if (field == g_.field_alias) {
          set_handler_name(handler, child);
        } else if (ts_node_symbol(child) == g_.block) {
          handler.block = child;
        }
      } while (cursor.next_sibling());
    }
    if (ts_node_is_null(handler.keyword)) handler.keyword = node;  // broken code
    if (depth > 0 && path_[depth - 1].kind == NodeKind::try_statement) {
      handler.try_index = path_[depth - 1].aux;
    }
    const std::uint32_t index = static_cast<std::uint32_t>(facts_.handlers_.size());
    if (handler.try_index != kNone) {
      Try& owner = facts_.tries_[handler.try_index];
      owner.handlers.push_back(index);
      if (handler.star) owner.star = true;
    }
    pending_caught_.push_back(index);
    facts_.handlers_.push_back(std::move(handler));
    path_[depth].aux = index;
  }

  void set_handler_name(Handler& handler, TSNode target) {
    handler.name = strip_parentheses(target);
    if (!ts_node_is_null(handler.name) && ts_node_symbol(handler.name) == g_.identifier) {
      handler.name_text = text_of(handler.name);
      facts_.names_.bind(handler.name_text, ctx_.scope, Binding::Kind::local);
    } else {
      handler.name = TSNode{};
    }
  }

  void on_block(std::uint32_t depth, const ts::Cursor& cursor) {
    if (depth == 0) return;
    const PathEntry& parent = path_[depth - 1];
    if (parent.kind == NodeKind::try_statement && cursor.field() == g_.field_body) {
      save(depth);
      ctx_.try_body = parent.aux;
    } else if (parent.kind == NodeKind::except_clause) {
      save(depth);
      ctx_.handler = parent.aux;
      ctx_.through_try = false;
      ctx_.try_body = kNone;
    }
  }

  void on_raise(TSNode node, std::uint32_t depth) {
    Raise raise;
    raise.node = node;
    raise.cause = ts_node_child_by_field_id(node, g_.field_cause);
    const std::uint32_t count = ts_node_named_child_count(node);
    for (std::uint32_t i = 0; i < count; ++i) {
      const TSNode child = ts_node_named_child(node, i);
      if (ts_node_symbol(child) == g_.comment || ts_node_eq(child, raise.cause)) continue;
      raise.exc = child;
      break;
    }
    raise.handler = ctx_.handler;
    raise.through_try = ctx_.through_try;
    raise.try_body = ctx_.try_body;
    raise.in_finally = ctx_.in_finally;
    raise.scope = ctx_.scope;
    if (depth >= 2 && path_[depth - 1].kind == NodeKind::block) {
      raise.branch_block = path_[depth - 1].node;
      const std::uint32_t if_depth = if_owning_block(depth - 1);
      if (if_depth != kNone) {
        raise.if_statement = path_[if_depth].node;
        if (if_depth >= 1 && path_[if_depth - 1].kind == NodeKind::block) {
          const std::uint32_t parent_if = if_owning_block(if_depth - 1);
          if (parent_if != kNone) raise.parent_if_statement = path_[parent_if].node;
        }
      }
    }
    if (ctx_.handler != kNone) {
      Handler& handler = facts_.handlers_[ctx_.handler];
      handler.raises = true;
      if (!ctx_.through_try) {
        const auto is_bound_name = [&](TSNode expression) {
          expression = strip_parentheses(expression);
          return !handler.name_text.empty() && !ts_node_is_null(expression) &&
                 ts_node_symbol(expression) == g_.identifier && text_of(expression) == handler.name_text;
        };
        if (ts_node_is_null(raise.exc) || is_bound_name(raise.exc) || is_bound_name(raise.cause)) {
          handler.reraises = true;
        }
      }
    }
    facts_.raises_.push_back(raise);
  }

  /// The depth of the if_statement whose branch is the block at \p block_depth, or kNone.
  std::uint32_t if_owning_block(std::uint32_t block_depth) const {
    if (block_depth == 0) return kNone;
    const PathEntry& owner = path_[block_depth - 1];
    if (owner.kind == NodeKind::if_statement) return block_depth - 1;
    if ((owner.kind == NodeKind::elif_clause || owner.kind == NodeKind::else_clause) && block_depth >= 2 &&
        path_[block_depth - 2].kind == NodeKind::if_statement) {
      return block_depth - 2;
    }
    return kNone;
  }

  bool is_main_guard(TSNode condition) const {
    condition = strip_parentheses(condition);
    if (ts_node_is_null(condition) || ts_node_symbol(condition) != g_.comparison_operator) return false;
    if (ts_node_named_child_count(condition) != 2) return false;
    bool has_name = false;
    bool has_main = false;
    bool equals = false;
    const std::uint32_t count = ts_node_child_count(condition);
    for (std::uint32_t i = 0; i < count; ++i) {
      const TSNode child = ts_node_child(condition, i);
      if (!ts_node_is_named(child)) {
        equals = equals || text_of(child) == "==";
      } else if (ts_node_symbol(child) == g_.identifier) {
        has_name = has_name || text_of(child) == "__name__";
      } else if (string_kind(child, text_) == StringKind::plain) {
        has_main = has_main || string_value(child, text_) == "__main__";
      }
    }
    return has_name && has_main && equals;
  }

  void on_import(TSNode node, bool from_import) {
    std::string module;
    if (from_import) {
      const TSNode module_name = ts_node_child_by_field_id(node, g_.field_module_name);
      if (ts_node_is_null(module_name)) return;
      module = compact(text_of(module_name));
    }
    ts::Cursor cursor(node);
    if (!cursor.first_child()) return;
    do {
      if (cursor.field() != g_.field_name) continue;
      const TSNode imported = cursor.node();
      std::string_view local;
      std::string target;
      if (ts_node_symbol(imported) == g_.aliased_import) {
        const TSNode name = ts_node_child_by_field_id(imported, g_.field_name);
        const TSNode alias = ts_node_child_by_field_id(imported, g_.field_alias);
        if (ts_node_is_null(name) || ts_node_is_null(alias)) continue;
        local = text_of(alias);
        target = compact(text_of(name));
      } else {
        const std::string dotted = compact(text_of(imported));
        const std::string_view written = text_of(imported);
        local = written.substr(0, std::min(written.find('.'), written.find_first_of(" \t\\")));
        target = from_import ? dotted : dotted.substr(0, dotted.find('.'));
      }
      if (from_import) target = module.ends_with('.') ? module + target : module + "." + target;
      facts_.names_.bind(local, ctx_.scope, Binding::Kind::import_, std::move(target));
    } while (cursor.next_sibling());
  }

  static std::string compact(std::string_view written) {
    std::string out;
    for (std::size_t i = 0; i < written.size(); ++i) {
      const char c = written[i];
      if (c == '#') {
        while (i < written.size() && written[i] != '\n') ++i;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\\' || c == '\n' || c == '\r' || c == '\f') continue;
      out += c;
    }
    return out;
  }

  void on_assignment(TSNode node) {
    const TSNode left = ts_node_child_by_field_id(node, g_.field_left);
    bind_targets(left);
    const TSNode right = strip_parentheses(ts_node_child_by_field_id(node, g_.field_right));
    if (ts_node_is_null(left) || ts_node_is_null(right) || ts_node_symbol(right) != g_.call) return;
    const std::string_view callee = tail_name(ts_node_child_by_field_id(right, g_.field_function), text_);
    if (callee != "getLogger" && callee != "Logger" && callee != "getChild") return;
    PendingLogger pending{right, {}, {}, ctx_.scope, !ctx_.in_function && ctx_.scope == 0};
    if (ts_node_symbol(left) == g_.identifier) {
      pending.name = text_of(left);
    } else if (ts_node_symbol(left) == g_.attribute) {
      pending.attribute = tail_name(left, text_);
    } else {
      return;
    }
    pending_loggers_.push_back(pending);
  }

  /// Binds a def's parameters in its (current) scope: `def f(logging)` shadows the module.
  void bind_parameters(TSNode parameters) {
    if (ts_node_is_null(parameters)) return;
    const std::uint32_t count = ts_node_named_child_count(parameters);
    for (std::uint32_t i = 0; i < count; ++i) {
      TSNode parameter = ts_node_named_child(parameters, i);
      if (ts_node_symbol(parameter) != g_.identifier) {
        const TSNode name = ts_node_child_by_field_id(parameter, g_.field_name);
        parameter = ts_node_is_null(name) ? ts_node_named_child(parameter, 0) : name;
      }
      if (!ts_node_is_null(parameter) && ts_node_symbol(parameter) == g_.identifier) {
        facts_.names_.bind(text_of(parameter), ctx_.scope, Binding::Kind::local);
      }
    }
  }

  void bind_targets(TSNode target) {
    if (ts_node_is_null(target)) return;
    std::vector<TSNode> pending{target};
    while (!pending.empty()) {
      const TSNode node = pending.back();
      pending.pop_back();
      const TSSymbol symbol = ts_node_symbol(node);
      if (symbol == g_.identifier) {
        facts_.names_.bind(text_of(node), ctx_.scope, Binding::Kind::local);
      } else if (symbol == g_.pattern_list || symbol == g_.tuple_pattern || symbol == g_.list_pattern ||
                 symbol == g_.tuple || symbol == g_.list || symbol == g_.parenthesized_expression ||
                 symbol == g_.expression_list || symbol == g_.list_splat_pattern || symbol == g_.list_splat) {
        const std::uint32_t count = ts_node_named_child_count(node);
        for (std::uint32_t i = 0; i < count; ++i) pending.push_back(ts_node_named_child(node, i));
      }
    }
  }

  // ---- after the walk ------------------------------------------------------------------

  void finish() {
    resolve_caught_types();
    resolve_loggers();
    classify_calls();
    summarize_handlers();
    for (const PendingWarn& warn : pending_warns_) {
      const Resolved resolved = facts_.resolve(warn.node, warn.scope);
      if (resolved.kind == Resolved::Kind::import_ && resolved.qualified == "logging.WARN") {
        facts_.warn_references_.push_back(warn.node);
      }
    }
  }

  void resolve_caught_types() {
    for (std::uint32_t index : pending_caught_) {
      Handler& handler = facts_.handlers_[index];
      std::vector<TSNode> elements;
      for (TSNode expression : handler.type_expressions) {
        const TSNode stripped = strip_parentheses(expression);
        if (ts_node_symbol(stripped) == g_.tuple) {
          const std::uint32_t count = ts_node_named_child_count(stripped);
          for (std::uint32_t i = 0; i < count; ++i) {
            const TSNode element = ts_node_named_child(stripped, i);
            if (ts_node_symbol(element) != g_.comment) elements.push_back(element);
          }
        } else {
          elements.push_back(stripped);
        }
      }
      for (TSNode element : elements) {
        CaughtType type;
        type.node = element;
        const Resolved resolved = facts_.resolve(element, handler.scope);
        type.builtin = resolved.kind == Resolved::Kind::builtin;
        type.qualified =
            resolved.kind == Resolved::Kind::none ? dotted_name(element, text_) : resolved.qualified;
        if (resolved.kind == Resolved::Kind::import_ && type.qualified.starts_with("builtins.")) {
          type.qualified.erase(0, 9);
          type.builtin = true;
        }
        handler.caught.push_back(std::move(type));
      }
    }
  }

  /// The kind of logger a constructor call makes: kNone-like 0 for none, 1 named, 2 root.
  int logger_made_by(TSNode call, std::uint32_t scope) const {
    const TSNode function = ts_node_child_by_field_id(call, g_.field_function);
    if (tail_name(function, text_) == "getChild") {
      return ts_node_symbol(function) == g_.attribute &&
                     is_logger_receiver(ts_node_child_by_field_id(function, g_.field_object), scope)
                 ? 1
                 : 0;
    }
    const Resolved callee = facts_.resolve(function, scope);
    if (callee.kind != Resolved::Kind::import_) return 0;
    if (callee.qualified == "logging.Logger") return 1;
    if (callee.qualified != "logging.getLogger") return 0;
    return is_root_logger_call(call) ? 2 : 1;
  }

  /// `getLogger()`, `getLogger(None)`, `getLogger("")`: the root logger.
  bool is_root_logger_call(TSNode call) const {
    const Arguments arguments = call_arguments(call, text_);
    const TSNode name = arguments.argument("name", 0);
    if (ts_node_is_null(name)) return arguments.positional.empty() && !arguments.has_double_star;
    if (is_none(name)) return true;
    return string_kind(name, text_) == StringKind::plain && string_value(name, text_).empty();
  }

  void resolve_loggers() {
    for (const PendingLogger& pending : pending_loggers_) {
      const int made = logger_made_by(pending.call, pending.scope);
      if (made == 0) continue;
      if (!pending.name.empty()) {
        facts_.names_.mark_logger(pending.name, pending.scope, made == 2);
        if (pending.module_level) facts_.logger_assignments_.push_back(LoggerAssignment{pending.call, kNone});
      } else {
        logger_attributes_.insert(pending.attribute);
      }
    }
  }

  /// A static copy of a logging method name (Call::method must outlive the resolution).
  static std::string_view interned_method(std::string_view method) {
    static constexpr std::string_view kMethods[] = {"debug", "info",     "warn",      "warning",
                                                    "error", "critical", "exception", "log"};
    for (std::string_view known : kMethods) {
      if (known == method) return known;
    }
    return method;
  }

  static bool logger_like_name(std::string_view name) {
    return name.starts_with("log") || name.ends_with("logger") || name.ends_with("logging") ||
           name.starts_with("LOG") || name.ends_with("LOGGER") || name.ends_with("LOGGING");
  }

  bool is_configured_logger(const std::string& qualified) const {
    const std::vector<std::string>& configured = context_.settings().python.logger_objects;
    return std::find(configured.begin(), configured.end(), qualified) != configured.end();
  }

  /// ruff's `is_logger_candidate`, with loggers assigned from `getLogger` recognised by
  /// their binding whatever their name.
  bool is_logger_receiver(TSNode receiver, std::uint32_t scope) const {
    receiver = strip_parentheses(receiver);
    if (ts_node_is_null(receiver)) return false;
    if (ts_node_symbol(receiver) == g_.call) return logger_made_by(receiver, scope) != 0;
    const Resolved resolved = facts_.resolve(receiver, scope);
    switch (resolved.kind) {
      case Resolved::Kind::import_:
        return resolved.qualified == "logging" || resolved.qualified == "logging.root" ||
               resolved.qualified == "flask.current_app.logger" || is_configured_logger(resolved.qualified);
      case Resolved::Kind::builtin:
        return false;
      case Resolved::Kind::local:
        if (resolved.binding != nullptr && resolved.qualified.find('.') == std::string::npos &&
            (resolved.binding->kind == Binding::Kind::logger ||
             resolved.binding->kind == Binding::Kind::root_logger)) {
          return true;
        }
        break;
      case Resolved::Kind::none:
        break;
    }
    const std::string_view tail = tail_name(receiver, text_);
    if (tail.empty()) return false;
    return logger_like_name(tail) || logger_attributes_.contains(tail);
  }

  bool is_root_receiver(TSNode receiver, std::uint32_t scope) const {
    receiver = strip_parentheses(receiver);
    if (ts_node_is_null(receiver)) return false;
    if (ts_node_symbol(receiver) == g_.call) return logger_made_by(receiver, scope) == 2;
    const Resolved resolved = facts_.resolve(receiver, scope);
    if (resolved.kind == Resolved::Kind::import_) return resolved.qualified == "logging.root";
    return resolved.kind == Resolved::Kind::local && resolved.binding != nullptr &&
           resolved.qualified.find('.') == std::string::npos &&
           resolved.binding->kind == Binding::Kind::root_logger;
  }

  void classify_calls() {
    for (Call& call : facts_.calls_) {
      call.callee = facts_.resolve(call.function, call.scope);
      const bool attribute_form = ts_node_symbol(call.function) == g_.attribute;
      if (call.callee.kind == Resolved::Kind::import_ && call.callee.qualified.starts_with("logging.") &&
          call.callee.qualified.find('.', 8) == std::string::npos) {
        // The method is the resolved name: `log_exception` may stand for `logging.exception`.
        const std::string_view method = std::string_view(call.callee.qualified).substr(8);
        if (is_logging_method(method)) {
          call.method = interned_method(method);
          call.log = LogKind::module;
          continue;
        }
      }
      if (!attribute_form) continue;
      const TSNode receiver = ts_node_child_by_field_id(call.function, g_.field_object);
      if (is_logging_method(call.method) && is_logger_receiver(receiver, call.scope)) {
        call.log = LogKind::logger;
      }
      if (call.method == "addHandler") call.on_root_logger = is_root_receiver(receiver, call.scope);
    }
    for (LoggerAssignment& assignment : facts_.logger_assignments_) {
      const auto it = std::lower_bound(
          facts_.calls_.begin(), facts_.calls_.end(), ts_node_start_byte(assignment.call),
          [](const Call& call, std::uint32_t offset) { return ts_node_start_byte(call.node) < offset; });
      if (it != facts_.calls_.end() && ts_node_eq(it->node, assignment.call)) {
        assignment.call_index = static_cast<std::uint32_t>(it - facts_.calls_.begin());
      }
    }
  }

  void summarize_handlers() {
    for (const Call& call : facts_.calls_) {
      if (call.log == LogKind::none || call.handler == kNone || call.through_try) continue;
      Handler& handler = facts_.handlers_[call.handler];
      if (call.method == "exception") {
        handler.logs_exception = true;
        continue;
      }
      if (facts_.exc_info(call).logs_traceback()) handler.logs_exception = true;
    }
  }

  FlowFacts& facts_;
  const FlowGrammar& g_;
  std::string_view text_;
  const RuleContext& context_;
  Context ctx_;
  std::vector<Saved> saved_;
  std::vector<PathEntry> path_;
  std::vector<std::uint32_t> pending_caught_;
  std::vector<PendingLogger> pending_loggers_;
  std::vector<PendingWarn> pending_warns_;
  std::unordered_set<std::string_view> logger_attributes_;
};

FlowFacts::FlowFacts(const RuleContext& context) : text_(context.module().text()) {
  FlowWalker walker(*this, context);
  walker.run(context.module().root());
}

}  // namespace tenet::python::flow
