#include "pydoc-checker/function_facts/function_facts.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "pydoc-checker/python_grammar.h"
#include "pydoc-checker/ts.h"

namespace tenet::python {

// ---- exception names ---------------------------------------------------------------------

namespace exception_names {
namespace {

/// A built-in exception and its base class (Python 3.13's hierarchy, plus the OSError aliases).
struct BuiltinBase {
  std::string_view name;
  std::string_view base;
};

constexpr std::array kBuiltinBases{
    BuiltinBase{"Exception", "BaseException"},
    BuiltinBase{"BaseExceptionGroup", "BaseException"},
    BuiltinBase{"GeneratorExit", "BaseException"},
    BuiltinBase{"KeyboardInterrupt", "BaseException"},
    BuiltinBase{"SystemExit", "BaseException"},
    BuiltinBase{"ArithmeticError", "Exception"},
    BuiltinBase{"FloatingPointError", "ArithmeticError"},
    BuiltinBase{"OverflowError", "ArithmeticError"},
    BuiltinBase{"ZeroDivisionError", "ArithmeticError"},
    BuiltinBase{"AssertionError", "Exception"},
    BuiltinBase{"AttributeError", "Exception"},
    BuiltinBase{"BufferError", "Exception"},
    BuiltinBase{"EOFError", "Exception"},
    BuiltinBase{"ExceptionGroup", "Exception"},
    BuiltinBase{"ImportError", "Exception"},
    BuiltinBase{"ModuleNotFoundError", "ImportError"},
    BuiltinBase{"LookupError", "Exception"},
    BuiltinBase{"IndexError", "LookupError"},
    BuiltinBase{"KeyError", "LookupError"},
    BuiltinBase{"MemoryError", "Exception"},
    BuiltinBase{"NameError", "Exception"},
    BuiltinBase{"UnboundLocalError", "NameError"},
    BuiltinBase{"OSError", "Exception"},
    BuiltinBase{"IOError", "OSError"},
    BuiltinBase{"EnvironmentError", "OSError"},
    BuiltinBase{"BlockingIOError", "OSError"},
    BuiltinBase{"ChildProcessError", "OSError"},
    BuiltinBase{"ConnectionError", "OSError"},
    BuiltinBase{"BrokenPipeError", "ConnectionError"},
    BuiltinBase{"ConnectionAbortedError", "ConnectionError"},
    BuiltinBase{"ConnectionRefusedError", "ConnectionError"},
    BuiltinBase{"ConnectionResetError", "ConnectionError"},
    BuiltinBase{"FileExistsError", "OSError"},
    BuiltinBase{"FileNotFoundError", "OSError"},
    BuiltinBase{"InterruptedError", "OSError"},
    BuiltinBase{"IsADirectoryError", "OSError"},
    BuiltinBase{"NotADirectoryError", "OSError"},
    BuiltinBase{"PermissionError", "OSError"},
    BuiltinBase{"ProcessLookupError", "OSError"},
    BuiltinBase{"TimeoutError", "OSError"},
    BuiltinBase{"ReferenceError", "Exception"},
    BuiltinBase{"RuntimeError", "Exception"},
    BuiltinBase{"NotImplementedError", "RuntimeError"},
    BuiltinBase{"RecursionError", "RuntimeError"},
    BuiltinBase{"PythonFinalizationError", "RuntimeError"},
    BuiltinBase{"StopAsyncIteration", "Exception"},
    BuiltinBase{"StopIteration", "Exception"},
    BuiltinBase{"SyntaxError", "Exception"},
    BuiltinBase{"IndentationError", "SyntaxError"},
    BuiltinBase{"TabError", "IndentationError"},
    BuiltinBase{"SystemError", "Exception"},
    BuiltinBase{"TypeError", "Exception"},
    BuiltinBase{"ValueError", "Exception"},
    BuiltinBase{"UnicodeError", "ValueError"},
    BuiltinBase{"UnicodeDecodeError", "UnicodeError"},
    BuiltinBase{"UnicodeEncodeError", "UnicodeError"},
    BuiltinBase{"UnicodeTranslateError", "UnicodeError"},
    BuiltinBase{"Warning", "Exception"},
};

std::string_view builtin_base(std::string_view name) {
  for (const BuiltinBase& entry : kBuiltinBases) {
    if (entry.name == name) return entry.base;
  }
  return {};
}

}  // namespace

std::string_view last_component(std::string_view dotted) {
  const std::size_t dot = dotted.rfind('.');
  return dot == std::string_view::npos ? dotted : dotted.substr(dot + 1);
}

bool documents(std::string_view documented, std::string_view raised) {
  const std::string_view want = last_component(documented);
  std::string_view current = last_component(raised);
  if (want.empty() || current.empty()) return false;
  if (want == current) return true;
  // Only built-ins have a known hierarchy; a qualified raised name is not a built-in.
  if (current.size() != raised.size()) return false;
  for (int depth = 0; depth < 8 && !current.empty(); ++depth) {
    current = builtin_base(current);
    if (current == want) return true;
  }
  return false;
}

std::vector<std::string_view> documenting_names(std::string_view raised) {
  std::vector<std::string_view> names;
  std::string_view current = last_component(raised);
  if (current.empty()) return names;
  names.push_back(current);
  if (current.size() != raised.size()) return names;  // qualified: not a built-in
  for (int depth = 0; depth < 8; ++depth) {
    current = builtin_base(current);
    if (current.empty()) break;
    names.push_back(current);
  }
  return names;
}

bool is_catch_all(std::string_view name) { return name == "Exception" || name == "BaseException"; }

}  // namespace exception_names

// ---- parameters and summaries ----------------------------------------------------------------

std::string Parameter::display_name() const {
  switch (kind) {
    case ParameterKind::var_positional: return "*" + std::string(name);
    case ParameterKind::var_keyword: return "**" + std::string(name);
    default: return std::string(name);
  }
}

bool FunctionFacts::returns_value() const {
  return std::any_of(returns.begin(), returns.end(), [](const ReturnSite& r) { return r.has_value; });
}

bool FunctionFacts::yields_value() const {
  return std::any_of(yields.begin(), yields.end(), [](const YieldSite& y) { return y.has_value; });
}

namespace {

// A grammar name that is missing means the pinned grammar changed: a build problem, so
// stop loudly rather than silently find nothing.
[[noreturn]] void missing(const char* what, const char* name) {
  std::fprintf(stderr, "tenet: internal error: tree-sitter-python has no %s `%s`\n", what, name);  // NOLINT(CXL001): fatal build problem, reported just before abort()
  std::abort();
}

/// The node kinds and fields the body walk looks at, resolved once.
struct BodyGrammar {
  TSSymbol function_definition, class_definition, decorated_definition, lambda, block,
      return_statement, raise_statement, yield, try_statement, except_clause, finally_clause,
      else_clause, parameters, identifier, typed_parameter, default_parameter,
      typed_default_parameter, list_splat_pattern, dictionary_splat_pattern, keyword_separator,
      positional_separator, tuple, parenthesized_expression, attribute, call, none,
      expression_statement, pass_statement, ellipsis, string, concatenated_string,
      generator_expression, list_comprehension, set_comprehension, dictionary_comprehension,
      as_pattern, comment, if_statement, elif_clause, for_statement, while_statement,
      with_statement, match_statement, case_clause, expression_list, keyword_from;
  TSFieldId field_name, field_type, field_body, field_parameters, field_return_type, field_value,
      field_alias, field_cause, field_function, field_object, field_attribute;

  static const BodyGrammar& get() {
    static const BodyGrammar grammar = resolve();
    return grammar;
  }

 private:
  static TSSymbol named(const TSLanguage* l, const char* name, bool is_named = true) {
    const TSSymbol s =
        ts_language_symbol_for_name(l, name, static_cast<std::uint32_t>(std::strlen(name)), is_named);
    if (s == 0) missing("node kind", name);
    return s;
  }
  static TSFieldId field(const TSLanguage* l, const char* name) {
    const TSFieldId id = ts_language_field_id_for_name(l, name, static_cast<std::uint32_t>(std::strlen(name)));
    if (id == 0) missing("field", name);
    return id;
  }
  static BodyGrammar resolve() {
    const TSLanguage* l = Grammar::get().language;
    BodyGrammar g{};
    g.function_definition = named(l, "function_definition");
    g.class_definition = named(l, "class_definition");
    g.decorated_definition = named(l, "decorated_definition");
    g.lambda = named(l, "lambda");
    g.block = named(l, "block");
    g.return_statement = named(l, "return_statement");
    g.raise_statement = named(l, "raise_statement");
    g.yield = named(l, "yield");
    g.try_statement = named(l, "try_statement");
    g.except_clause = named(l, "except_clause");
    g.finally_clause = named(l, "finally_clause");
    g.else_clause = named(l, "else_clause");
    g.parameters = named(l, "parameters");
    g.identifier = named(l, "identifier");
    g.typed_parameter = named(l, "typed_parameter");
    g.default_parameter = named(l, "default_parameter");
    g.typed_default_parameter = named(l, "typed_default_parameter");
    g.list_splat_pattern = named(l, "list_splat_pattern");
    g.dictionary_splat_pattern = named(l, "dictionary_splat_pattern");
    g.keyword_separator = named(l, "keyword_separator");
    g.positional_separator = named(l, "positional_separator");
    g.tuple = named(l, "tuple");
    g.parenthesized_expression = named(l, "parenthesized_expression");
    g.attribute = named(l, "attribute");
    g.call = named(l, "call");
    g.none = named(l, "none");
    g.expression_statement = named(l, "expression_statement");
    g.pass_statement = named(l, "pass_statement");
    g.ellipsis = named(l, "ellipsis");
    g.string = named(l, "string");
    g.concatenated_string = named(l, "concatenated_string");
    g.generator_expression = named(l, "generator_expression");
    g.list_comprehension = named(l, "list_comprehension");
    g.set_comprehension = named(l, "set_comprehension");
    g.dictionary_comprehension = named(l, "dictionary_comprehension");
    g.as_pattern = named(l, "as_pattern");
    g.comment = named(l, "comment");
    g.if_statement = named(l, "if_statement");
    g.elif_clause = named(l, "elif_clause");
    g.for_statement = named(l, "for_statement");
    g.while_statement = named(l, "while_statement");
    g.with_statement = named(l, "with_statement");
    g.match_statement = named(l, "match_statement");
    g.case_clause = named(l, "case_clause");
    g.expression_list = named(l, "expression_list");
    g.keyword_from = named(l, "from", false);
    g.field_name = field(l, "name");
    g.field_type = field(l, "type");
    g.field_body = field(l, "body");
    g.field_parameters = field(l, "parameters");
    g.field_return_type = field(l, "return_type");
    g.field_value = field(l, "value");
    g.field_alias = field(l, "alias");
    g.field_cause = field(l, "cause");
    g.field_function = field(l, "function");
    g.field_object = field(l, "object");
    g.field_attribute = field(l, "attribute");
    return g;
  }
};

/// An enclosing `except` clause: what it catches and the name it binds.
struct Handler {
  std::uint32_t parent = 0;          ///< Enclosing handler (0: none).
  std::vector<std::string> types;    ///< Dotted names of the caught types.
  bool broad = false;                ///< Bare `except:` or a catch-all type.
  std::string_view alias;            ///< `as name`, or empty.
};

/// An enclosing `try` body: what its handlers catch.
struct Guard {
  std::uint32_t parent = 0;        ///< Enclosing guard (0: none).
  std::vector<std::string> types;  ///< Dotted names the handlers catch.
  bool catches_all = false;        ///< Some handler is bare or catches a catch-all type.
};

/// One pending node of the walk, with the handler and guard in force around it.
struct Item {
  TSNode node;
  std::uint32_t handler = 0;
  std::uint32_t guard = 0;
};

class BodyWalker {
 public:
  BodyWalker(std::string_view text, FunctionFacts& out)
      : g_(BodyGrammar::get()), text_(text), out_(out), cursor_(TSNode{}) {
    handlers_.emplace_back();  // index 0: none
    guards_.emplace_back();
  }

  void walk(TSNode body) {
    // `yield` can sit anywhere inside an expression; `return` and `raise` are statements.
    // Expressions are only searched when the body's text mentions `yield` at all.
    const std::string_view source = ts::text_of(body, text_);
    deep_ = source.find("yield") != std::string_view::npos;
    stack_.push_back(Item{body, 0, 0});
    while (!stack_.empty()) {
      const Item item = stack_.back();
      stack_.pop_back();
      visit(item);
    }
    std::sort(out_.returns.begin(), out_.returns.end(),
              [](const ReturnSite& a, const ReturnSite& b) { return a.range.begin < b.range.begin; });
    std::sort(out_.yields.begin(), out_.yields.end(),
              [](const YieldSite& a, const YieldSite& b) { return a.range.begin < b.range.begin; });
    std::stable_sort(out_.raises.begin(), out_.raises.end(),
                     [](const RaiseSite& a, const RaiseSite& b) { return a.range.begin < b.range.begin; });
  }

 private:
  void visit(const Item& item) {
    const TSNode node = item.node;
    const TSSymbol s = ts_node_symbol(node);
    if (s == g_.function_definition || s == g_.class_definition || s == g_.decorated_definition ||
        s == g_.lambda || s == g_.comment || s == g_.string || s == g_.concatenated_string) {
      return;  // another scope, or nothing inside
    }
    if (s == g_.generator_expression || s == g_.list_comprehension || s == g_.set_comprehension ||
        s == g_.dictionary_comprehension) {
      return;  // its own scope; `yield` there is a syntax error in Python 3.8+
    }
    if (s == g_.return_statement) {
      on_return(node);
      return;
    }
    if (s == g_.raise_statement) {
      on_raise(node, item);
      if (deep_) push_children(item);  // `raise (yield x)` is legal, if odd
      return;
    }
    if (s == g_.yield) {
      on_yield(node);
      push_children(item);  // `yield (yield x)`
      return;
    }
    if (s == g_.try_statement) {
      on_try(item);
      return;
    }
    if (s == g_.except_clause) {
      on_except(item);
      return;
    }
    if (deep_ || is_statement_container(s) || ts_node_is_error(node)) push_children(item);
  }

  [[nodiscard]] bool is_statement_container(TSSymbol s) const {
    return s == g_.block || s == g_.if_statement || s == g_.elif_clause || s == g_.else_clause ||
           s == g_.for_statement || s == g_.while_statement || s == g_.with_statement ||
           s == g_.match_statement || s == g_.case_clause || s == g_.finally_clause;
  }

  /// Pushes \p item's children so that they are visited in source order.
  void push_children(const Item& item) {
    const std::size_t mark = stack_.size();
    cursor_.reset(item.node);
    if (!cursor_.first_child()) return;
    do {
      stack_.push_back(Item{cursor_.node(), item.handler, item.guard});
    } while (cursor_.next_sibling());
    std::reverse(stack_.begin() + static_cast<std::ptrdiff_t>(mark), stack_.end());
  }

  [[nodiscard]] TSNode first_named_child_skipping_comments(TSNode node) const {
    const std::uint32_t count = ts_node_named_child_count(node);
    for (std::uint32_t i = 0; i < count; ++i) {
      const TSNode child = ts_node_named_child(node, i);
      if (ts_node_symbol(child) != g_.comment) return child;
    }
    return TSNode{};
  }

  void on_return(TSNode node) {
    ReturnSite site;
    site.range = ts::range_of(node);
    const TSNode value = first_named_child_skipping_comments(node);
    if (!ts_node_is_null(value)) {
      site.is_none = ts_node_symbol(value) == g_.none;
      site.has_value = !site.is_none;
    }
    out_.returns.push_back(site);
  }

  void on_yield(TSNode node) {
    YieldSite site;
    site.range = ts::range_of(node);
    const std::uint32_t count = ts_node_child_count(node);
    for (std::uint32_t i = 0; i < count; ++i) {
      const TSNode child = ts_node_child(node, i);
      if (ts_node_symbol(child) == g_.keyword_from) site.is_from = true;
    }
    const TSNode value = first_named_child_skipping_comments(node);
    site.has_value = site.is_from || (!ts_node_is_null(value) && ts_node_symbol(value) != g_.none);
    out_.yields.push_back(site);
  }

  /// Appends the dotted name \p node spells (identifier or attribute chain) to \p out.
  bool dotted_name(TSNode node, std::string& out) const {
    std::vector<std::string_view> parts;
    for (int guard = 0; guard < 64; ++guard) {
      const TSSymbol s = ts_node_symbol(node);
      if (s == g_.identifier) {
        parts.push_back(ts::text_of(node, text_));
        out.clear();
        for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
          if (!out.empty()) out += '.';
          out += *it;
        }
        return true;
      }
      if (s != g_.attribute) return false;
      const TSNode attribute = ts_node_child_by_field_id(node, g_.field_attribute);
      const TSNode object = ts_node_child_by_field_id(node, g_.field_object);
      if (ts_node_is_null(attribute) || ts_node_is_null(object)) return false;
      parts.push_back(ts::text_of(attribute, text_));
      node = object;
    }
    return false;
  }

  /// Collects the types an `except` clause names: `E`, `(A, B)`, `A, B` (Python 3.14).
  void handler_types(TSNode value, std::vector<std::string>& types, bool& broad) const {
    std::vector<TSNode> pending{value};
    while (!pending.empty()) {
      const TSNode node = pending.back();
      pending.pop_back();
      const TSSymbol s = ts_node_symbol(node);
      if (s == g_.tuple || s == g_.parenthesized_expression || s == g_.expression_list) {
        const std::uint32_t count = ts_node_named_child_count(node);
        for (std::uint32_t i = count; i-- > 0;) pending.push_back(ts_node_named_child(node, i));
        continue;
      }
      std::string name;
      if (dotted_name(node, name)) {
        if (exception_names::is_catch_all(exception_names::last_component(name))) broad = true;
        types.push_back(std::move(name));
      } else if (s != g_.comment) {
        // A computed type (`except self.errors:`): it may catch anything.
        broad = true;
        types.emplace_back();
      }
    }
  }

  /// Reads one except clause: its types, its alias and its block.
  Handler read_handler(TSNode clause, TSNode& block) const {
    Handler handler;
    bool any_value = false;
    const std::uint32_t count = ts_node_child_count(clause);
    for (std::uint32_t i = 0; i < count; ++i) {
      const TSNode child = ts_node_child(clause, i);
      const char* field_name = ts_node_field_name_for_child(clause, i);
      const TSSymbol s = ts_node_symbol(child);
      if (s == g_.block) {
        block = child;
      } else if (field_name != nullptr && std::strcmp(field_name, "alias") == 0) {
        handler.alias = ts::text_of(child, text_);
      } else if (field_name != nullptr && std::strcmp(field_name, "value") == 0) {
        any_value = true;
        if (s == g_.as_pattern) {
          // Older trees wrap `E as e` in an as_pattern.
          const TSNode type = ts_node_named_child(child, 0);
          const TSNode alias = ts_node_child_by_field_id(child, g_.field_alias);
          if (!ts_node_is_null(alias)) handler.alias = ts::text_of(alias, text_);
          if (!ts_node_is_null(type)) handler_types(type, handler.types, handler.broad);
        } else {
          handler_types(child, handler.types, handler.broad);
        }
      }
    }
    if (!any_value) handler.broad = true;  // bare `except:`
    return handler;
  }

  void on_try(const Item& item) {
    // The handlers guard the body only; `else`, the handlers themselves and `finally` run
    // outside that protection.
    Guard guard;
    guard.parent = item.guard;
    const auto guarded = static_cast<std::uint32_t>(guards_.size());
    const std::size_t mark = stack_.size();
    cursor_.reset(item.node);
    if (cursor_.first_child()) {
      do {
        const TSNode child = cursor_.node();
        const bool is_body = cursor_.field() == g_.field_body;
        stack_.push_back(Item{child, item.handler, is_body ? guarded : item.guard});
        if (ts_node_symbol(child) != g_.except_clause) continue;
        TSNode block{};
        const Handler handler = read_handler(child, block);
        if (handler.broad) guard.catches_all = true;
        for (const std::string& type : handler.types) {
          if (!type.empty()) guard.types.push_back(type);
        }
      } while (cursor_.next_sibling());
    }
    guards_.push_back(std::move(guard));
    std::reverse(stack_.begin() + static_cast<std::ptrdiff_t>(mark), stack_.end());
  }

  void on_except(const Item& item) {
    TSNode block{};
    Handler handler = read_handler(item.node, block);
    if (ts_node_is_null(block)) return;
    handler.parent = item.handler;
    handlers_.push_back(std::move(handler));
    stack_.push_back(Item{block, static_cast<std::uint32_t>(handlers_.size() - 1), item.guard});
  }

  /// Whether a raise of \p type at a place guarded by \p guard is caught in this function.
  [[nodiscard]] bool caught(std::string_view type, std::uint32_t guard) const {
    for (std::uint32_t g = guard; g != 0; g = guards_[g].parent) {
      if (guards_[g].catches_all) return true;
      for (const std::string& caught_type : guards_[g].types) {
        if (exception_names::documents(caught_type, type)) return true;
      }
    }
    return false;
  }

  void add_raise(std::string type, TSNode statement, std::uint32_t guard) {
    if (type.empty() || caught(type, guard)) return;
    out_.raises.push_back(RaiseSite{std::move(type), ts::range_of(statement)});
  }

  /// A re-raise of what handler \p index caught: one site per named type, nothing for a
  /// broad handler (re-raising whatever arrived is propagation, not a new exception).
  void add_handler_types(std::uint32_t index, TSNode statement, std::uint32_t guard) {
    const Handler& handler = handlers_[index];
    if (handler.broad) {
      out_.has_unnamed_raise = true;
      return;
    }
    for (const std::string& type : handler.types) add_raise(type, statement, guard);
  }

  void on_raise(TSNode node, const Item& item) {
    TSNode exception{};
    const std::uint32_t count = ts_node_child_count(node);
    for (std::uint32_t i = 0; i < count; ++i) {
      const TSNode child = ts_node_child(node, i);
      if (!ts_node_is_named(child) || ts_node_symbol(child) == g_.comment) continue;
      const char* field_name = ts_node_field_name_for_child(node, i);
      if (field_name != nullptr && std::strcmp(field_name, "cause") == 0) continue;
      exception = child;
      break;
    }
    if (ts_node_is_null(exception)) {
      if (item.handler != 0) {
        add_handler_types(item.handler, node, item.guard);
      } else {
        out_.has_unnamed_raise = true;
      }
      return;
    }
    // `raise (ValueError)`: look through parentheses.
    while (ts_node_symbol(exception) == g_.parenthesized_expression && ts_node_named_child_count(exception) == 1) {
      exception = ts_node_named_child(exception, 0);
    }
    TSNode callee = exception;
    const bool is_call = ts_node_symbol(exception) == g_.call;
    if (is_call) callee = ts_node_child_by_field_id(exception, g_.field_function);
    std::string name;
    if (ts_node_is_null(callee) || !dotted_name(callee, name)) {
      out_.has_unnamed_raise = true;
      return;
    }
    if (!is_call && name.find('.') == std::string::npos) {
      // `raise exc` after `except T as exc`: the handler's types.
      for (std::uint32_t h = item.handler; h != 0; h = handlers_[h].parent) {
        if (!handlers_[h].alias.empty() && handlers_[h].alias == name) {
          add_handler_types(h, node, item.guard);
          return;
        }
      }
    }
    // Exception classes are CapWords by convention; a lower-case name is a variable or a
    // factory whose type is unknown here (`raise exc`, `raise self.failure(msg)`).
    const std::string_view last = exception_names::last_component(name);
    if (last.empty() || !(last.front() >= 'A' && last.front() <= 'Z')) {
      out_.has_unnamed_raise = true;
      return;
    }
    add_raise(std::move(name), node, item.guard);
  }

  const BodyGrammar& g_;
  std::string_view text_;
  FunctionFacts& out_;
  ts::Cursor cursor_;
  bool deep_ = false;
  std::vector<Item> stack_;
  std::vector<Handler> handlers_;
  std::vector<Guard> guards_;
};

void read_parameters(const BodyGrammar& g, std::string_view text, TSNode parameters,
                     std::vector<Parameter>& out) {
  bool keyword_only = false;
  ts::Cursor cursor(parameters);
  if (!cursor.first_child()) return;
  do {
    const TSNode node = cursor.node();
    if (!ts_node_is_named(node)) continue;
    const TSSymbol s = ts_node_symbol(node);
    if (s == g.positional_separator) {
      for (Parameter& earlier : out) {
        if (earlier.kind == ParameterKind::positional_or_keyword) earlier.kind = ParameterKind::positional_only;
      }
      continue;
    }
    if (s == g.keyword_separator) {
      keyword_only = true;
      continue;
    }
    Parameter parameter;
    parameter.range = ts::range_of(node);
    parameter.kind = keyword_only ? ParameterKind::keyword_only : ParameterKind::positional_or_keyword;
    TSNode name_node = node;
    if (s == g.typed_parameter) {
      const TSNode type = ts_node_child_by_field_id(node, g.field_type);
      if (!ts_node_is_null(type)) parameter.annotation = ts::text_of(type, text);
      name_node = ts_node_named_child(node, 0);
    } else if (s == g.default_parameter || s == g.typed_default_parameter) {
      parameter.has_default = true;
      name_node = ts_node_child_by_field_id(node, g.field_name);
      const TSNode type = ts_node_child_by_field_id(node, g.field_type);
      if (!ts_node_is_null(type)) parameter.annotation = ts::text_of(type, text);
    } else if (s != g.identifier && s != g.list_splat_pattern && s != g.dictionary_splat_pattern) {
      continue;  // a Python 2 tuple parameter, a comment, an error
    }
    if (ts_node_is_null(name_node)) continue;
    const TSSymbol name_symbol = ts_node_symbol(name_node);
    if (name_symbol == g.list_splat_pattern || name_symbol == g.dictionary_splat_pattern) {
      parameter.kind = name_symbol == g.list_splat_pattern ? ParameterKind::var_positional
                                                          : ParameterKind::var_keyword;
      if (name_symbol == g.list_splat_pattern) keyword_only = true;
      name_node = ts_node_named_child(name_node, 0);
      if (ts_node_is_null(name_node)) continue;
    }
    if (ts_node_symbol(name_node) != g.identifier) continue;
    parameter.name = ts::text_of(name_node, text);
    out.push_back(parameter);
  } while (cursor.next_sibling());
}

bool has_decorator(const Definition& definition, std::initializer_list<std::string_view> names) {
  for (const Decorator& decorator : definition.decorators) {
    const std::string& qualified = decorator.qualified_name;
    for (const std::string_view name : names) {
      if (qualified == name) return true;
    }
  }
  return false;
}

/// Whether \p statement does nothing but stand in for a body: `pass`, `...`, a string,
/// `raise NotImplementedError[(...)]` or `return NotImplemented`.
bool is_placeholder(const BodyGrammar& g, std::string_view text, TSNode statement) {
  const TSSymbol s = ts_node_symbol(statement);
  if (s == g.pass_statement || s == g.comment) return true;
  if (s == g.expression_statement) {
    const TSNode expression = ts_node_named_child(statement, 0);
    const TSSymbol e = ts_node_is_null(expression) ? 0 : ts_node_symbol(expression);
    return ts_node_named_child_count(statement) == 1 &&
           (e == g.ellipsis || e == g.string || e == g.concatenated_string);
  }
  if (s == g.raise_statement || s == g.return_statement) {
    TSNode value = ts_node_named_child(statement, 0);
    if (ts_node_is_null(value)) return s == g.return_statement;  // a bare `return`
    if (ts_node_symbol(value) == g.call) value = ts_node_child_by_field_id(value, g.field_function);
    if (ts_node_is_null(value)) return false;
    const std::string_view name = exception_names::last_component(ts::text_of(value, text));
    return s == g.raise_statement ? name == "NotImplementedError" : name == "NotImplemented" || name == "None";
  }
  return false;
}

}  // namespace

FunctionFacts compute_function_facts(const PythonModule& module, const Definition& definition) {
  const BodyGrammar& g = BodyGrammar::get();
  const std::string_view text = module.text();
  FunctionFacts facts;
  const TSNode node = definition.node;
  if (ts_node_is_null(node) || ts_node_symbol(node) != g.function_definition) return facts;

  facts.is_async = ts::text_of(node, text).starts_with("async");
  facts.is_method = definition.kind == DefinitionKind::method;
  facts.is_staticmethod = has_decorator(definition, {"staticmethod", "builtins.staticmethod"});
  facts.is_classmethod = has_decorator(definition, {"classmethod", "builtins.classmethod"});
  facts.is_abstract = has_decorator(definition, {"abc.abstractmethod", "abc.abstractproperty",
                                                 "abc.abstractclassmethod", "abc.abstractstaticmethod"});
  facts.is_overload = definition.is_overload;
  if (!definition.decorators.empty()) {
    const Decorator& last = definition.decorators.back();
    const std::string_view q = last.qualified_name;
    facts.is_property = q == "property" || q == "builtins.property" || q == "functools.cached_property" ||
                        q == "abc.abstractproperty" || q.ends_with(".getter") ||
                        exception_names::last_component(q) == "cached_property";
    // `@abstractmethod` under `@property` still makes a property.
    for (const Decorator& decorator : definition.decorators) {
      if (decorator.qualified_name == "property" || decorator.qualified_name == "functools.cached_property") {
        facts.is_property = true;
      }
    }
  }

  const TSNode parameters = ts_node_child_by_field_id(node, g.field_parameters);
  if (!ts_node_is_null(parameters)) read_parameters(g, text, parameters, facts.parameters);
  if (facts.is_method && !facts.is_staticmethod && !facts.parameters.empty() &&
      (facts.parameters.front().kind == ParameterKind::positional_or_keyword ||
       facts.parameters.front().kind == ParameterKind::positional_only)) {
    facts.parameters.front().implicit = true;
  }
  const TSNode return_type = ts_node_child_by_field_id(node, g.field_return_type);
  if (!ts_node_is_null(return_type)) {
    facts.return_annotation = ts::text_of(return_type, text);
    facts.return_annotation_range = ts::range_of(return_type);
  }

  const TSNode body = ts_node_child_by_field_id(node, g.field_body);
  if (ts_node_is_null(body)) return facts;

  facts.is_stub_body = true;
  TSNode last_statement{};
  {
    ts::Cursor cursor(body);
    if (cursor.first_child()) {
      do {
        const TSNode statement = cursor.node();
        if (!ts_node_is_named(statement) || ts_node_symbol(statement) == g.comment) continue;
        last_statement = statement;
        if (facts.is_stub_body) facts.is_stub_body = is_placeholder(g, text, statement);
      } while (cursor.next_sibling());
    }
  }
  facts.ends_with_raise = !ts_node_is_null(last_statement) && ts_node_symbol(last_statement) == g.raise_statement;

  BodyWalker walker(text, facts);
  walker.walk(body);
  return facts;
}

FunctionFactsTable::FunctionFactsTable(const RuleContext& context)
    : module_(context.module()), facts_(context.module().definitions().size()) {}

FunctionFactsTable::~FunctionFactsTable() = default;

const FunctionFacts& FunctionFactsTable::of(const Definition& definition) const {
  const auto index = static_cast<std::size_t>(&definition - module_.definitions().data());
  std::unique_ptr<FunctionFacts>& slot = facts_[index];
  if (!slot) slot = std::make_unique<FunctionFacts>(compute_function_facts(module_, definition));
  return *slot;
}

}  // namespace tenet::python
