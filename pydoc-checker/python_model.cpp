#include "pydoc-checker/python_model.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "pydoc-checker/python_grammar.h"

namespace tenet::python {

bool is_private_module_name(std::string_view name) {
  const bool dunder = name.starts_with("__") && name.ends_with("__");
  return name.starts_with('_') && !dunder;
}

namespace {

constexpr std::uint32_t kNone = Definition::kNoParent;

/// Whether \p name is a dunder (`__x__`), which ruff calls a magic name.
bool is_magic(std::string_view name) { return name.starts_with("__") && name.ends_with("__"); }

/// A string literal's pieces as written: `prefix quote content quote`.
struct StringParts {
  std::string_view prefix;
  std::string_view quote;
  std::string_view content;
  std::uint32_t content_begin = 0;
};

/// Splits the source of one string literal into prefix, quote and content.
StringParts split_string(std::string_view literal, std::uint32_t begin) {
  StringParts parts;
  std::size_t i = 0;
  while (i < literal.size() && ((literal[i] | 0x20) >= 'a' && (literal[i] | 0x20) <= 'z')) ++i;
  parts.prefix = literal.substr(0, i);
  const std::string_view rest = literal.substr(i);
  if (rest.starts_with(R"(""")") || rest.starts_with("'''")) {
    parts.quote = rest.substr(0, 3);
  } else if (!rest.empty()) {
    parts.quote = rest.substr(0, 1);
  }
  const std::size_t open = i + parts.quote.size();
  std::size_t close = literal.size();
  // An unterminated literal (a syntax error) has no closing quote: keep everything.
  if (literal.size() >= open + parts.quote.size() && literal.ends_with(parts.quote) && !parts.quote.empty()) {
    close = literal.size() - parts.quote.size();
  }
  if (close < open) close = open;
  parts.content = literal.substr(open, close - open);
  parts.content_begin = begin + static_cast<std::uint32_t>(open);
  return parts;
}

/// Whether a prefix makes the literal something other than a plain str (bytes, f-, t-string).
bool is_plain_str_prefix(std::string_view prefix) {
  return std::none_of(prefix.begin(), prefix.end(), [](char c) {
    const char lower = static_cast<char>(c | 0x20);
    return lower == 'b' || lower == 'f' || lower == 't';
  });
}

bool spans_lines(std::string_view text) { return text.find_first_of("\r\n") != std::string_view::npos; }

/// A name bound in a scope, as far as decorator resolution cares.
struct Binding {
  std::uint32_t scope = 0;   ///< Definition index of the scope.
  std::uint32_t offset = 0;  ///< Where the binding statement starts.
  /// Qualified target for imports ("typing.overload"); empty for other bindings (a def, a
  /// class or an assignment), which shadow imports but resolve to nothing further.
  std::string target;
};

/// What the walker is inside of, one entry per cursor level it descended.
enum class FrameKind : std::uint8_t {
  statements,  ///< module, block or ERROR: children are statements.
  compound,    ///< if/for/while/try/with/match and their clauses: look for blocks and clauses.
  decorated,   ///< decorated_definition: decorators, then the definition.
  definition,  ///< function/class definition: look for the body.
};

struct Frame {
  FrameKind kind = FrameKind::statements;
  std::uint32_t scope = 0;            ///< Definition whose scope the children are in.
  std::uint32_t docstring_owner = kNone;  ///< For a body: the definition it documents.
  bool before_first_statement = true;  ///< statements: no statement seen yet.
  bool is_block = false;               ///< statements: an indented suite (must not be empty).
  std::uint32_t decorated_begin = 0;   ///< decorated: where the decorators start.
};

}  // namespace

/// Builds a PythonModule with one iterative walk over statement-level nodes.
class ModelBuilder {
 public:
  ModelBuilder(std::string_view text, const ts::Tree& tree, const ModelOptions& options, PythonModule& out)
      : g_(Grammar::get()), text_(text), out_(out), scratch_(tree.root()) {
    out_.text_ = text;
    out_.root_ = tree.root();
    out_.is_stub_ = options.is_stub;
    out_.location_ = options.location;
    out_.code_start_ = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;

    Definition module;
    module.kind = options.location.is_package ? DefinitionKind::package : DefinitionKind::module;
    module.name = options.module_name;
    module.name_range = {out_.code_start_, out_.code_start_};
    module.range = {0, static_cast<std::uint32_t>(text.size())};
    module.node = out_.root_;
    out_.definitions_.push_back(std::move(module));
  }

  void run() {
    walk();
    resolve_decorators();
    finish_dunder_all();
    resolve_visibility();
  }

 private:
  // ---- the walk ------------------------------------------------------------------------

  void walk() {
    ts::Cursor cursor(out_.root_);
    std::vector<Frame> frames;
    frames.push_back(Frame{FrameKind::statements, 0, 0});
    if (!cursor.first_child()) return;
    for (;;) {
      Frame child;
      if (visit(cursor.node(), cursor.field(), frames.back(), child)) {
        if (cursor.first_child()) {
          frames.push_back(child);
          continue;
        }
        leave(child, cursor.node());
      }
      while (!cursor.next_sibling()) {
        if (frames.size() == 1) return;
        cursor.parent();
        leave(frames.back(), cursor.node());
        frames.pop_back();
      }
    }
  }

  /// Called when the walk is done with the children of \p node, which \p frame described.
  void leave(const Frame& frame, TSNode node) {
    // tree-sitter-python accepts `def f():` followed by an unindented line, with an empty
    // block; Python does not ("expected an indented block").
    if (frame.is_block && frame.before_first_statement && !ts_node_has_error(node)) {
      const std::uint32_t at = ts_node_start_byte(node);
      note_lenient_error({at, at}, "Syntax error: expected an indented block.");
    }
  }

  /// Python 2's `print x` / `exec code`, which the grammar accepts. `print >>f, x` and
  /// `print (x), y` are valid Python 3 expressions, so a chevron or a parenthesis after the
  /// keyword is not an error.
  void on_python2_statement(TSNode node, std::string_view keyword) {
    const std::string_view source = ts::text_of(node, text_);
    std::size_t next = keyword.size();
    while (next < source.size() && (source[next] == ' ' || source[next] == '\t')) ++next;
    const std::string_view rest = source.substr(next);
    if (rest.starts_with("(") || rest.starts_with(">>")) return;
    const std::uint32_t at = ts_node_start_byte(node);
    note_lenient_error({at, at + static_cast<std::uint32_t>(keyword.size())},
                       "Syntax error: Python 2 `" + std::string(keyword) + "` statement.");
  }

  void note_lenient_error(TextRange range, std::string message) {
    std::optional<SyntaxErrorSite>& first = out_.lenient_error_;
    if (!first || range.begin < first->range.begin) first = SyntaxErrorSite{range, std::move(message)};
  }

  /// Handles \p node, a child of the node \p frame describes. Returns true (and fills
  /// \p child) when the walk should descend into it.
  bool visit(TSNode node, TSFieldId field, Frame& frame, Frame& child) {
    const TSSymbol symbol = ts_node_symbol(node);
    if (symbol == g_.comment) return false;

    const bool first = frame.kind == FrameKind::statements && frame.before_first_statement;
    if (frame.kind == FrameKind::statements) {
      frame.before_first_statement = false;
      if (symbol == g_.expression_statement) {
        on_expression_statement(node, frame, first);
        return false;
      }
      if (symbol == g_.print_statement || symbol == g_.exec_statement) {
        on_python2_statement(node, symbol == g_.print_statement ? "print" : "exec");
        return false;
      }
    }
    if (frame.kind == FrameKind::definition) {
      // Only the body matters; parameters, bases and annotations are expressions.
      if (field != g_.field_body || symbol != g_.block) return false;
      child = Frame{FrameKind::statements, frame.scope, frame.scope};
      child.is_block = true;
      return true;
    }
    if (frame.kind == FrameKind::decorated && symbol == g_.decorator) {
      on_decorator(node);
      return false;
    }
    if (symbol == g_.function_definition || symbol == g_.class_definition) {
      const bool decorated = frame.kind == FrameKind::decorated;
      std::vector<Decorator> decorators;
      if (decorated) decorators.swap(pending_decorators_);
      const std::uint32_t begin = decorated ? frame.decorated_begin : ts_node_start_byte(node);
      const std::uint32_t index =
          add_definition(node, symbol == g_.class_definition, frame.scope, begin, std::move(decorators));
      child = Frame{FrameKind::definition, index};
      return true;
    }
    if (symbol == g_.decorated_definition) {
      pending_decorators_.clear();
      child = Frame{FrameKind::decorated, frame.scope};
      child.decorated_begin = ts_node_start_byte(node);
      return true;
    }
    if (symbol == g_.block) {
      child = Frame{FrameKind::statements, frame.scope};
      child.is_block = true;
      return true;
    }
    if (ts_node_is_error(node)) {
      // Error recovery may wrap the start of a body, docstring included, in an ERROR node:
      // its first statement is then still the body's first statement.
      child = Frame{FrameKind::statements, frame.scope, first ? frame.docstring_owner : kNone};
      return true;
    }
    if (is_compound(symbol)) {
      child = Frame{FrameKind::compound, frame.scope};
      return true;
    }
    if (frame.kind == FrameKind::statements &&
        (symbol == g_.import_statement || symbol == g_.import_from_statement)) {
      on_import(node, symbol == g_.import_from_statement, frame.scope);
    }
    return false;
  }

  [[nodiscard]] bool is_compound(TSSymbol s) const {
    return s == g_.if_statement || s == g_.elif_clause || s == g_.else_clause || s == g_.for_statement ||
           s == g_.while_statement || s == g_.try_statement || s == g_.except_clause ||
           s == g_.finally_clause || s == g_.with_statement || s == g_.match_statement ||
           s == g_.case_clause;
  }

  // ---- definitions -----------------------------------------------------------------------

  std::uint32_t add_definition(TSNode node, bool is_class, std::uint32_t scope, std::uint32_t begin,
                               std::vector<Decorator> decorators) {
    const Definition& parent = out_.definitions_[scope];
    Definition def;
    if (parent.is_module()) {
      def.kind = is_class ? DefinitionKind::top_level_class : DefinitionKind::function;
    } else if (parent.is_class()) {
      def.kind = is_class ? DefinitionKind::nested_class : DefinitionKind::method;
    } else {
      def.kind = is_class ? DefinitionKind::nested_class : DefinitionKind::nested_function;
    }
    const TSNode name = ts_node_child_by_field_id(node, g_.field_name);
    if (!ts_node_is_null(name)) {
      def.name = ts::text_of(name, text_);
      def.name_range = ts::range_of(name);
    } else {
      def.name_range = {ts_node_start_byte(node), ts_node_start_byte(node)};
    }
    def.qualified_name = parent.is_module() ? std::string(def.name)
                                            : parent.qualified_name + "." + std::string(def.name);
    def.range = {begin, ts_node_end_byte(node)};
    def.node = node;
    def.parent = scope;
    def.decorators = std::move(decorators);
    out_.definitions_.push_back(std::move(def));
    // The name is bound in the enclosing scope once the statement has run (so `@f` on
    // `def f` still means the earlier `f`); it shadows an import of the same name.
    bind(out_.definitions_.back().name, scope, ts_node_end_byte(node), {});
    return static_cast<std::uint32_t>(out_.definitions_.size() - 1);
  }

  static bool is_typing_name(std::string_view qualified, std::string_view member) {
    constexpr std::string_view kModules[] = {"typing.", "typing_extensions."};
    for (const std::string_view module : kModules) {
      if (qualified.size() == module.size() + member.size() && qualified.starts_with(module) &&
          qualified.ends_with(member)) {
        return true;
      }
    }
    return false;
  }

  // ---- decorators and name resolution ------------------------------------------------------

  /// Records a decorator's dotted name; it is resolved after the walk, once every import
  /// is known (a function body may use a module import that comes later in the file).
  void on_decorator(TSNode node) {
    Decorator decorator;
    TSNode expression = first_named_non_comment_child(node);
    if (ts_node_is_null(expression)) return;
    decorator.range = ts::range_of(expression);
    // `@decorator(...)`: the callee names the decorator (ruff's map_callable).
    if (ts_node_symbol(expression) == g_.call) {
      expression = ts_node_child_by_field_id(expression, g_.field_function);
    }
    std::vector<std::string_view> segments;
    if (!ts_node_is_null(expression) && dotted_segments(expression, segments)) {
      decorator.written_name = join(segments);
    }
    pending_decorators_.push_back(std::move(decorator));
  }

  void resolve_decorators() {
    for (Definition& def : out_.definitions_) {
      for (Decorator& decorator : def.decorators) {
        if (decorator.written_name.empty()) continue;
        decorator.qualified_name = resolve(decorator.written_name, def.parent, decorator.range.begin);
        def.is_overload = def.is_overload || is_typing_name(decorator.qualified_name, "overload");
        def.is_override = def.is_override || is_typing_name(decorator.qualified_name, "override");
      }
    }
  }

  /// Collects `a.b.c` into {"a", "b", "c"}; false when \p node is not a dotted name.
  bool dotted_segments(TSNode node, std::vector<std::string_view>& segments) const {
    std::vector<std::string_view> reversed;
    for (;;) {
      const TSSymbol symbol = ts_node_symbol(node);
      if (symbol == g_.identifier) {
        reversed.push_back(ts::text_of(node, text_));
        break;
      }
      if (symbol != g_.attribute) return false;
      const TSNode attribute = ts_node_child_by_field_id(node, g_.field_attribute);
      if (ts_node_is_null(attribute)) return false;
      reversed.push_back(ts::text_of(attribute, text_));
      node = ts_node_child_by_field_id(node, g_.field_object);
      if (ts_node_is_null(node)) return false;
    }
    segments.assign(reversed.rbegin(), reversed.rend());
    return true;
  }

  static std::string join(const std::vector<std::string_view>& segments) {
    std::string joined;
    for (std::size_t i = 0; i < segments.size(); ++i) {
      if (i != 0) joined += '.';
      joined += segments[i];
    }
    return joined;
  }

  /// Resolves the dotted name \p written, used at \p offset in \p scope, through the
  /// imports in scope: the head is replaced by what its import binds.
  std::string resolve(const std::string& written, std::uint32_t scope, std::uint32_t offset) const {
    const std::size_t dot = written.find('.');
    const std::string_view head = std::string_view(written).substr(0, dot);
    const Binding* binding = lookup(head, scope, offset);
    if (binding == nullptr || binding->target.empty()) return written;
    return dot == std::string::npos ? binding->target : binding->target + written.substr(dot);
  }

  /// Python's lookup: the current scope up to \p offset, then the enclosing function and
  /// module scopes (class scopes other than the current one are invisible). Once the lookup
  /// leaves a function, the outer scopes are read as they are at the end of the file, since
  /// a function body runs after the module has been executed.
  const Binding* lookup(std::string_view name, std::uint32_t scope, std::uint32_t offset) const {
    const auto found = bindings_.find(name);
    if (found == bindings_.end()) return nullptr;
    std::uint32_t limit = offset;
    bool first = true;
    for (std::uint32_t current = scope; current != kNone; current = out_.definitions_[current].parent) {
      const Definition& def = out_.definitions_[current];
      if (first || !def.is_class()) {
        const Binding* latest = nullptr;
        for (const Binding& binding : found->second) {
          if (binding.scope == current && binding.offset < limit) latest = &binding;
        }
        if (latest != nullptr) return latest;
      }
      if (def.is_function_like()) limit = UINT32_MAX;
      first = false;
    }
    return nullptr;
  }

  void bind(std::string_view name, std::uint32_t scope, std::uint32_t offset, std::string target) {
    if (name.empty()) return;
    bindings_[name].push_back(Binding{scope, offset, std::move(target)});
  }

  void on_import(TSNode node, bool from_import, std::uint32_t scope) {
    const std::uint32_t offset = ts_node_start_byte(node);
    std::string module;
    if (from_import) {
      const TSNode module_name = ts_node_child_by_field_id(node, g_.field_module_name);
      if (ts_node_is_null(module_name)) return;
      module = compact(ts::text_of(module_name, text_));
    }
    scratch_.reset(node);
    if (!scratch_.first_child()) return;
    do {
      if (scratch_.field() != g_.field_name) continue;  // skips `from`, the module and `*`
      const TSNode imported = scratch_.node();
      std::string_view local;
      std::string target;
      if (ts_node_symbol(imported) == g_.aliased_import) {
        const TSNode name = ts_node_child_by_field_id(imported, g_.field_name);
        const TSNode alias = ts_node_child_by_field_id(imported, g_.field_alias);
        if (ts_node_is_null(name) || ts_node_is_null(alias)) continue;
        local = ts::text_of(alias, text_);
        target = compact(ts::text_of(name, text_));
      } else {
        const std::string dotted = compact(ts::text_of(imported, text_));
        target = dotted;
        // `import a.b` binds `a` (to module `a`); `from m import a` binds `a`.
        const std::string_view written = ts::text_of(imported, text_);
        local = written.substr(0, std::min(written.find('.'), written.find_first_of(" \t\\")));
        if (!from_import) target = dotted.substr(0, dotted.find('.'));
      }
      if (from_import) target = module.ends_with('.') ? module + target : module + "." + target;
      bind(local, scope, offset, std::move(target));
    } while (scratch_.next_sibling());
  }

  /// Drops whitespace, comments and line continuations from a dotted name as written.
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

  // ---- expression statements: docstrings, __all__, simple assignments ----------------------

  void on_expression_statement(TSNode node, const Frame& frame, bool first) {
    const TSNode expression = first_named_non_comment_child(node);
    if (ts_node_is_null(expression)) return;
    if (first && frame.docstring_owner != kNone) {
      out_.definitions_[frame.docstring_owner].docstring = docstring_of(expression);
    }
    const TSSymbol symbol = ts_node_symbol(expression);
    // `__all__.extend([...])` and `__all__.append("x")` add no public names: ruff reads
    // `__all__` from its assignments only (`=`, `+=`, annotated), and tenet follows it.
    if (symbol == g_.assignment || symbol == g_.augmented_assignment) {
      on_assignment(expression, symbol == g_.augmented_assignment, frame.scope);
    }
  }

  void on_assignment(TSNode node, bool augmented, std::uint32_t scope) {
    const TSNode left = ts_node_child_by_field_id(node, g_.field_left);
    if (ts_node_is_null(left) || ts_node_symbol(left) != g_.identifier) return;
    const std::string_view name = ts::text_of(left, text_);
    if (!augmented) bind(name, scope, ts_node_start_byte(node), {});
    if (scope != 0 || name != "__all__") return;
    // Any module-level binding of __all__ makes it the list of public names, even when
    // its value cannot be read (then it contributes no names), as ruff does.
    if (!dunder_all_names_) dunder_all_names_.emplace();
    TSNode value = ts_node_child_by_field_id(node, g_.field_right);
    while (!ts_node_is_null(value) && ts_node_symbol(value) == g_.assignment) {
      value = ts_node_child_by_field_id(value, g_.field_right);  // `__all__ = x = [...]`
    }
    if (!ts_node_is_null(value)) add_dunder_all_sum(value);
  }

  /// `[...] + (...) + other.__all__`: a left-leaning chain of `+`.
  void add_dunder_all_sum(TSNode value) {
    while (ts_node_symbol(value) == g_.binary_operator) {
      const TSNode right = ts_node_child_by_field_id(value, g_.field_right);
      if (!ts_node_is_null(right)) add_dunder_all_elements(right);
      value = ts_node_child_by_field_id(value, g_.field_left);
      if (ts_node_is_null(value)) return;
    }
    add_dunder_all_elements(value);
  }

  /// A list, tuple, or `list(...)` / `tuple(...)` of such; anything else adds nothing.
  void add_dunder_all_elements(TSNode container) {
    container = unparenthesize(container);
    TSSymbol symbol = ts_node_symbol(container);
    bool in_call = false;
    if (symbol == g_.call) {
      // `list([...])` / `tuple({...})`: the argument holds the names.
      const TSNode arguments = ts_node_child_by_field_id(container, g_.field_arguments);
      if (ts_node_is_null(arguments) || ts_node_symbol(arguments) != g_.argument_list) return;
      container = unparenthesize(first_named_non_comment_child(arguments));
      if (ts_node_is_null(container)) return;
      symbol = ts_node_symbol(container);
      in_call = true;
    }
    const bool sequence = symbol == g_.list || symbol == g_.tuple || symbol == g_.expression_list ||
                          (in_call && symbol == g_.set);
    if (!sequence) return;
    scratch_.reset(container);
    if (!scratch_.first_child()) return;
    std::vector<TSNode> elements;
    do {
      if (ts_node_is_named(scratch_.node())) elements.push_back(scratch_.node());
    } while (scratch_.next_sibling());
    for (const TSNode element : elements) add_dunder_all_name(element);
  }

  void add_dunder_all_name(TSNode element) {
    element = unparenthesize(element);
    std::string name;
    if (!plain_string_value(element, name)) return;
    dunder_all_names_->push_back(std::move(name));
  }

  /// The content of a plain str literal (or concatenation of them), escapes unprocessed.
  bool plain_string_value(TSNode node, std::string& value) {
    const TSSymbol symbol = ts_node_symbol(node);
    if (symbol == g_.string) {
      const StringParts parts = split_string(ts::text_of(node, text_), ts_node_start_byte(node));
      if (!is_plain_str_prefix(parts.prefix)) return false;
      value.assign(parts.content);
      return true;
    }
    if (symbol != g_.concatenated_string) return false;
    value.clear();
    Cursor parts_cursor(node);
    if (!parts_cursor.first_child()) return false;
    do {
      const TSNode part = parts_cursor.node();
      if (ts_node_symbol(part) != g_.string) continue;
      const StringParts parts = split_string(ts::text_of(part, text_), ts_node_start_byte(part));
      if (!is_plain_str_prefix(parts.prefix)) return false;
      value += parts.content;
    } while (parts_cursor.next_sibling());
    return true;
  }

  using Cursor = ts::Cursor;

  void finish_dunder_all() {
    if (!dunder_all_names_) return;
    std::vector<std::string>& names = *dunder_all_names_;
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    out_.dunder_all_ = std::move(dunder_all_names_);
  }

  // ---- docstrings ------------------------------------------------------------------------

  std::optional<Docstring> docstring_of(TSNode expression) {
    expression = unparenthesize(expression);
    const TSSymbol symbol = ts_node_symbol(expression);
    if (symbol != g_.string && symbol != g_.concatenated_string) return std::nullopt;

    Docstring doc;
    doc.range = ts::range_of(expression);
    doc.raw = ts::text_of(expression, text_);
    doc.multiline = spans_lines(doc.raw);
    if (symbol == g_.string) {
      const StringParts parts = split_string(doc.raw, doc.range.begin);
      if (!is_plain_str_prefix(parts.prefix)) return std::nullopt;
      fill_first_part(doc, parts);
      return doc;
    }

    // Implicit concatenation: every part must be a plain str for the whole to be one.
    doc.implicit_concatenation = true;
    std::string joined;
    bool first = true;
    Cursor parts_cursor(expression);
    if (!parts_cursor.first_child()) return std::nullopt;
    do {
      const TSNode part = parts_cursor.node();
      if (ts_node_symbol(part) != g_.string) continue;
      const StringParts parts = split_string(ts::text_of(part, text_), ts_node_start_byte(part));
      if (!is_plain_str_prefix(parts.prefix)) return std::nullopt;
      if (first) fill_first_part(doc, parts);
      first = false;
      joined += parts.content;
    } while (parts_cursor.next_sibling());
    out_.joined_contents_.push_back(std::move(joined));
    doc.content = out_.joined_contents_.back();
    return doc;
  }

  static void fill_first_part(Docstring& doc, const StringParts& parts) {
    doc.prefix = parts.prefix;
    doc.quote = parts.quote;
    doc.content = parts.content;
    const auto size = static_cast<std::uint32_t>(parts.content.size());
    doc.content_range = {parts.content_begin, parts.content_begin + size};
  }

  // ---- helpers ------------------------------------------------------------------------------

  /// `(("doc"))` is the string itself, as in Python's AST.
  TSNode unparenthesize(TSNode node) const {
    while (!ts_node_is_null(node) && ts_node_symbol(node) == g_.parenthesized_expression) {
      const TSNode inner = first_named_non_comment_child(node);
      if (ts_node_is_null(inner)) break;
      node = inner;
    }
    return node;
  }

  TSNode first_named_non_comment_child(TSNode node) const {
    const std::uint32_t count = ts_node_named_child_count(node);
    // Named children are few here (a statement's expression, a decorator's expression,
    // the inside of parentheses); comments are the only thing to skip.
    for (std::uint32_t i = 0; i < count && i < 8; ++i) {
      const TSNode child = ts_node_named_child(node, i);
      if (ts_node_symbol(child) != g_.comment) return child;
    }
    return TSNode{};
  }

  // ---- visibility -----------------------------------------------------------------------------

  [[nodiscard]] bool exported(std::string_view name) const {
    const auto& all = out_.dunder_all_;
    if (!all) return true;
    return std::binary_search(all->begin(), all->end(), name,
                              [](std::string_view a, std::string_view b) { return a < b; });
  }

  static bool is_setter_or_deleter(const Definition& def) {
    const std::string setter = std::string(def.name) + ".setter";
    const std::string deleter = std::string(def.name) + ".deleter";
    return std::any_of(def.decorators.begin(), def.decorators.end(), [&](const Decorator& d) {
      return d.written_name == setter || d.written_name == deleter;
    });
  }

  /// ruff's rules: a private parent makes everything inside private; `__all__` filters
  /// module-level classes and functions; names starting with `_` are private except dunder
  /// methods; setters/deleters and functions nested in functions are never public.
  void resolve_visibility() {
    auto& defs = out_.definitions_;
    defs[0].visibility = out_.location_.is_private ? Visibility::private_ : Visibility::public_;
    for (std::size_t i = 1; i < defs.size(); ++i) {
      Definition& def = defs[i];
      const Definition& parent = defs[def.parent];
      bool is_private = !parent.is_public();
      switch (def.kind) {
        case DefinitionKind::top_level_class:
        case DefinitionKind::function:
          is_private = is_private || !exported(def.name) || def.name.starts_with('_');
          break;
        case DefinitionKind::nested_class:
          is_private = is_private || parent.is_function_like() || def.name.starts_with('_');
          break;
        case DefinitionKind::nested_function:
          is_private = true;
          break;
        case DefinitionKind::method:
          is_private = is_private || is_setter_or_deleter(def) ||
                       (def.name.starts_with('_') && !is_magic(def.name));
          break;
        case DefinitionKind::module:
        case DefinitionKind::package:
          break;
      }
      def.visibility = is_private ? Visibility::private_ : Visibility::public_;
    }
  }

  const Grammar& g_;
  std::string_view text_;
  PythonModule& out_;
  ts::Cursor scratch_;  ///< Reused for short child scans (imports, list elements).
  std::vector<Decorator> pending_decorators_;
  std::unordered_map<std::string_view, std::vector<Binding>> bindings_;
  std::optional<std::vector<std::string>> dunder_all_names_;
};

PythonModule PythonModule::build(std::string_view text, const ts::Tree& tree, const ModelOptions& options) {
  PythonModule module;
  ModelBuilder builder(text, tree, options, module);
  builder.run();
  return module;
}

std::optional<TextRange> PythonModule::multiline_string_at(std::uint32_t offset) const {
  const Grammar& g = Grammar::get();
  TSNode node = ts_node_descendant_for_byte_range(root_, offset, offset);
  // The innermost node is a token of the literal (string_start, string_content, ...);
  // the literal itself and a concatenation holding it are at most a few levels up.
  std::optional<TextRange> found;
  for (int level = 0; level < 4 && !ts_node_is_null(node); ++level) {
    const TSSymbol symbol = ts_node_symbol(node);
    if (symbol == g.string || symbol == g.concatenated_string) found = ts::range_of(node);
    if (symbol == g.concatenated_string) break;
    node = ts_node_parent(node);
  }
  if (!found || found->begin > offset || offset >= found->end) return std::nullopt;
  if (!spans_lines(text_.substr(found->begin, found->end - found->begin))) return std::nullopt;
  return found;
}

}  // namespace tenet::python
