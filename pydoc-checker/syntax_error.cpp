#include "pydoc-checker/syntax_error.h"

namespace tenet::python {
namespace {

constexpr std::size_t kMaxQuoted = 24;  // longer tokens are cut with an ellipsis

/// A token as it can appear between backquotes in a one-line message.
std::string quote_token(std::string_view token) {
  const std::size_t line_end = token.find_first_of("\r\n");
  bool cut = line_end != std::string_view::npos;
  token = token.substr(0, line_end);
  if (token.size() > kMaxQuoted) {
    std::size_t size = kMaxQuoted;
    // Never split a UTF-8 sequence: back up to a lead byte.
    while (size > 0 && (static_cast<unsigned char>(token[size]) & 0xC0U) == 0x80U) --size;
    token = token.substr(0, size);
    cut = true;
  }
  std::string quoted(token);
  for (char& c : quoted) {
    if (c == '`') c = '\'';  // keep the message's own backquotes balanced
  }
  if (cut) quoted += "...";
  return quoted;
}

/// The first leaf token inside \p node (the node itself when it has no children).
TSNode first_leaf(TSNode node) {
  ts::Cursor cursor(node);
  while (cursor.first_child()) {
  }
  return cursor.node();
}

/// Moves \p cursor right to the first sibling that is or holds an error.
/// \return False (cursor back on the parent) when no sibling does.
bool goto_first_erroneous_sibling(ts::Cursor& cursor) {
  while (!ts_node_has_error(cursor.node())) {
    if (!cursor.next_sibling()) {
      cursor.parent();
      return false;
    }
  }
  return true;
}

std::string describe_missing(TSNode node) {
  const char* type = ts_node_type(node);
  if (ts_node_is_named(node)) return std::string("Syntax error: missing ") + type + ".";
  return "Syntax error: missing `" + quote_token(type) + "`.";
}

std::string describe_unexpected(TSNode error, std::string_view text) {
  const TSNode leaf = first_leaf(error);
  const std::string_view token = ts::text_of(leaf, text);
  if (token.empty()) return "Syntax error: unexpected end of file.";
  return "Syntax error: unexpected `" + quote_token(token) + "`.";
}

std::optional<SyntaxErrorSite> first_tree_error(TSNode root, std::string_view text) {
  if (!ts_node_has_error(root)) return std::nullopt;
  ts::Cursor cursor(root);
  for (;;) {
    const TSNode node = cursor.node();
    if (ts_node_is_missing(node)) {
      const std::uint32_t at = ts_node_start_byte(node);
      return SyntaxErrorSite{{at, at}, describe_missing(node)};
    }
    // Descend into the first child that holds an error; has_error is set on every
    // ancestor of an ERROR or MISSING node. An ERROR node that wraps a later, smaller
    // error (tree-sitter often wraps a whole region) is described by the inner one.
    if (!cursor.first_child() || !goto_first_erroneous_sibling(cursor)) {
      if (!ts_node_is_error(node)) return std::nullopt;
      const TSNode leaf = first_leaf(node);
      return SyntaxErrorSite{ts::range_of(leaf), describe_unexpected(node, text)};
    }
  }
}

}  // namespace

std::optional<SyntaxErrorSite> first_syntax_error(TSNode root, std::string_view text,
                                                  const std::optional<SyntaxErrorSite>& lenient) {
  std::optional<SyntaxErrorSite> site = first_tree_error(root, text);
  if (lenient && (!site || lenient->range.begin < site->range.begin)) return lenient;
  return site;
}

}  // namespace tenet::python
