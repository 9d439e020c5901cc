/// \file
/// Small questions about Python expression nodes that the exception and logging rules ask:
/// dotted names, string literals and their kinds, constant truthiness, call arguments.
/// Every helper looks at one node and its immediate children (or a bounded chain of them);
/// none walks a subtree without bound, except where noted.
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "linters/core/diagnostic.h"

namespace tenet::python::flow {

/// \param node Any node (may be null).
/// \return \p node without enclosing parentheses (`((x))` gives `x`); a parenthesized
///   tuple, yield or starred expression is returned as the parentheses node.
TSNode strip_parentheses(TSNode node);

/// Appends the segments of a dotted name (`a`, `a.b.c`) to \p parts.
/// \param node An identifier or an attribute chain over identifiers.
/// \param text The source.
/// \param parts Receives the segments in order (left unchanged on failure).
/// \return False when \p node is not a plain dotted name (a call, a subscript, ...).
bool dotted_parts(TSNode node, std::string_view text, std::vector<std::string_view>& parts);

/// \param node An expression.
/// \param text The source.
/// \return The dotted name written by \p node (`a.b.c`, whitespace dropped), or "".
std::string dotted_name(TSNode node, std::string_view text);

/// \param node An attribute or identifier.
/// \param text The source.
/// \return The last segment: the attribute name, or the identifier; "" otherwise.
std::string_view tail_name(TSNode node, std::string_view text);

/// What kind of string literal an expression is.
enum class StringKind : std::uint8_t {
  none,     ///< Not a string literal.
  plain,    ///< `"..."`, `r"..."`, `u"..."` (implicit concatenation of such parts included).
  bytes,    ///< `b"..."`.
  fstring,  ///< An f-string, or a concatenation with at least one f-string part.
  tstring,  ///< A t-string (PEP 750), or a concatenation with one.
};

/// \param node An expression (parentheses are looked through).
/// \param text The source.
/// \return Its string kind.
StringKind string_kind(TSNode node, std::string_view text);

/// \param node A `string` node.
/// \param text The source.
/// \return The prefix letters of the literal (`rb`, `f`, ``), as written.
std::string_view string_prefix(TSNode node, std::string_view text);

/// The value of a plain or bytes literal with the usual escapes processed (`\n`, `\t`,
/// `\\`, quotes; other escapes are kept as written, which is enough for counting format
/// placeholders and whitespace); implicit concatenations are joined.
/// \param node A string or concatenated_string node of kind plain or bytes.
/// \param text The source.
/// \return The value.
std::string string_value(TSNode node, std::string_view text);

/// The literal (non-interpolated) text of an f- or t-string, concatenations joined.
/// \param node A string or concatenated_string node.
/// \param text The source.
/// \return The literal parts, escapes processed as in string_value().
std::string string_literal_parts(TSNode node, std::string_view text);

/// Whether a constant's truth value is known.
enum class Truth : std::uint8_t { unknown, truthy, falsy };

/// Python's truthiness of a constant expression: `True`, non-zero numbers and non-empty
/// literals are truthy; `False`, `None`, zero and empty literals falsy; anything else unknown.
/// \param node An expression.
/// \param text The source.
/// \return The truth value.
Truth truthiness(TSNode node, std::string_view text);

/// \param node An expression.
/// \return Whether it is `None`.
bool is_none(TSNode node);

/// ruff's "literal expression": a string (not f- or t-string), bytes, number, `True`,
/// `False`, `None` or `...`.
/// \param node An expression.
/// \param text The source.
/// \return True for such a literal.
bool is_literal(TSNode node, std::string_view text);

/// A constant a handler might assign as a default: a literal, a negated number, or an
/// empty (or all-constant) tuple, list, set or dict.
/// \param node An expression.
/// \param text The source.
/// \return True for such a constant.
bool is_constant(TSNode node, std::string_view text);

/// Whether evaluating an expression may have side effects, as ruff judges it for TRY300:
/// calls (other than empty `list()`-style constructors), awaits, yields, subscripts,
/// comprehensions and binary operators on non-literals. Walks the expression with an
/// explicit stack.
/// \param node An expression.
/// \param text The source.
/// \return True when it may have an effect.
bool contains_effect(TSNode node, std::string_view text);

/// The arguments of a call, split into positional and keyword ones.
struct Arguments {
  std::vector<TSNode> positional;  ///< In order; `*args` entries are list_splat nodes.
  /// Keyword arguments in order: (name, keyword_argument node).
  std::vector<std::pair<std::string_view, TSNode>> keywords;
  bool has_star = false;         ///< A `*args` among the positional arguments.
  bool has_double_star = false;  ///< A `**kwargs` among the arguments.

  /// \param name A keyword.
  /// \return The keyword_argument node, or a null node.
  [[nodiscard]] TSNode keyword(std::string_view name) const;
  /// \param name A keyword.
  /// \return The keyword's value expression, or a null node.
  [[nodiscard]] TSNode keyword_value(std::string_view name) const;
  /// \param index A position.
  /// \return The positional argument there, or a null node when absent or when a `*args`
  ///   comes at or before it.
  [[nodiscard]] TSNode positional_at(std::size_t index) const;
  /// ruff's `find_argument_value`: the keyword \p name, else the positional at \p index.
  /// \param name A parameter name.
  /// \param index Its position.
  /// \return The value, or a null node.
  [[nodiscard]] TSNode argument(std::string_view name, std::size_t index) const;
};

/// \param call A call node.
/// \param text The source.
/// \return Its arguments (empty for a generator-argument call `f(x for x in y)`).
Arguments call_arguments(TSNode call, std::string_view text);

/// \param keyword_argument A keyword_argument node.
/// \return Its value.
TSNode keyword_value(TSNode keyword_argument);

/// The edit that deletes one argument from a call, with the comma that separates it from
/// its neighbour (the preceding comma, or the following one for the first argument).
/// \param call A call node.
/// \param argument One of its arguments.
/// \return The range to delete.
TextRange argument_removal_range(TSNode call, TSNode argument);

}  // namespace tenet::python::flow
