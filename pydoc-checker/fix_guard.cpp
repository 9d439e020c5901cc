#include "pydoc-checker/fix_guard.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "pydoc-checker/python_grammar.h"
#include "pydoc-checker/ts.h"

namespace tenet::python {

namespace {

bool is_separator(TSNode node) {
  return !ts_node_is_named(node) && std::strcmp(ts_node_type(node), ";") == 0;
}

/// The children of \p node that take part in the comparison (`;` left out), in order.
void children_of(TSNode node, ts::Cursor& cursor, std::vector<TSNode>& out) {
  out.clear();
  cursor.reset(node);
  if (!cursor.first_child()) return;
  do {
    const TSNode child = cursor.node();
    if (!is_separator(child)) out.push_back(child);
  } while (cursor.next_sibling());
}

/// Whether \p node (a string or concatenated string) is a docstring: the expression of
/// the first statement of the module or of a class or function body.
bool is_docstring(TSNode node, const Grammar& g) {
  const TSSymbol symbol = ts_node_symbol(node);
  if (symbol != g.string && symbol != g.concatenated_string) return false;
  const TSNode statement = ts_node_parent(node);
  if (ts_node_is_null(statement) || ts_node_symbol(statement) != g.expression_statement ||
      ts_node_named_child_count(statement) != 1) {
    return false;
  }
  const TSNode container = ts_node_parent(statement);
  if (ts_node_is_null(container)) return false;
  const TSSymbol kind = ts_node_symbol(container);
  if (kind == g.block) {
    const TSNode owner = ts_node_parent(container);
    if (ts_node_is_null(owner)) return false;
    const TSSymbol owner_kind = ts_node_symbol(owner);
    if (owner_kind != g.function_definition && owner_kind != g.class_definition) return false;
  } else if (kind != g.module) {
    return false;
  }
  // The first statement: no statement (other than comments) before it.
  for (TSNode prev = ts_node_prev_named_sibling(statement); !ts_node_is_null(prev);
       prev = ts_node_prev_named_sibling(prev)) {
    if (ts_node_symbol(prev) != g.comment) return false;
  }
  return true;
}

/// The text of \p text[begin, end) without white space, line continuations and `;`: what
/// lies between two tokens must not change beyond those.
std::string significant(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  std::string out;
  if (begin >= end || end > text.size()) return out;
  for (const char c : text.substr(begin, end - begin)) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\\' && c != ';') out += c;
  }
  return out;
}

/// Whether the text between \p node's children (and before the first, after the last)
/// is the same on both sides, white space aside.
bool same_gaps(TSNode a, const std::vector<TSNode>& kids_a, std::string_view text_a, TSNode b,
               const std::vector<TSNode>& kids_b, std::string_view text_b) {
  std::uint32_t pos_a = ts_node_start_byte(a);
  std::uint32_t pos_b = ts_node_start_byte(b);
  for (std::size_t i = 0; i <= kids_a.size(); ++i) {
    const std::uint32_t end_a = i < kids_a.size() ? ts_node_start_byte(kids_a[i]) : ts_node_end_byte(a);
    const std::uint32_t end_b = i < kids_b.size() ? ts_node_start_byte(kids_b[i]) : ts_node_end_byte(b);
    if (significant(text_a, pos_a, end_a) != significant(text_b, pos_b, end_b)) return false;
    if (i < kids_a.size()) {
      pos_a = ts_node_end_byte(kids_a[i]);
      pos_b = ts_node_end_byte(kids_b[i]);
    }
  }
  return true;
}

}  // namespace

bool fix_preserves_code(std::string_view before, std::string_view after) {
  if (before.size() >= UINT32_MAX || after.size() >= UINT32_MAX) return false;
  const Grammar& g = Grammar::get();
  ts::Parser parser(g.language);
  const ts::Tree tree_a = parser.parse(before);
  const ts::Tree tree_b = parser.parse(after);
  if (!tree_a || !tree_b) return false;

  ts::Cursor cursor_a(tree_a.root());
  ts::Cursor cursor_b(tree_b.root());
  std::vector<std::pair<TSNode, TSNode>> stack{{tree_a.root(), tree_b.root()}};
  std::vector<TSNode> kids_a;
  std::vector<TSNode> kids_b;
  while (!stack.empty()) {
    const auto [a, b] = stack.back();
    stack.pop_back();
    if (ts_node_symbol(a) != ts_node_symbol(b) || ts_node_is_named(a) != ts_node_is_named(b) ||
        ts_node_is_missing(a) != ts_node_is_missing(b)) {
      return false;
    }
    const bool doc_a = is_docstring(a, g);
    if (doc_a != is_docstring(b, g)) return false;
    if (doc_a) continue;  // a docstring's text may change freely
    const TSSymbol symbol = ts_node_symbol(a);
    if (symbol == g.string || symbol == g.concatenated_string) {
      // Any other string literal must stay byte for byte (escape sequences, interpolations
      // and the text between them alike).
      if (ts::text_of(a, before) != ts::text_of(b, after)) return false;
      continue;
    }
    children_of(a, cursor_a, kids_a);
    children_of(b, cursor_b, kids_b);
    if (kids_a.size() != kids_b.size()) return false;
    if (kids_a.empty()) {
      if (ts::text_of(a, before) != ts::text_of(b, after)) return false;
      continue;
    }
    if (!same_gaps(a, kids_a, before, b, kids_b, after)) return false;
    for (std::size_t i = kids_a.size(); i-- > 0;) stack.emplace_back(kids_a[i], kids_b[i]);
  }
  return true;
}

}  // namespace tenet::python
