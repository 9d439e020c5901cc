/// \file
/// The grammar symbols and fields the flow facts look at (exception handling and logging),
/// resolved once to numeric ids, plus a dense table from symbol to the few node kinds the
/// walk distinguishes, so that the one walk over every node costs a table lookup per node.
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <vector>

namespace tenet::python::flow {

/// What the walk does with a node; everything else is descended without a look.
enum class NodeKind : std::uint8_t {
  other,
  module,
  block,
  function_definition,
  class_definition,
  lambda,
  try_statement,
  except_clause,
  finally_clause,
  else_clause,
  if_statement,
  elif_clause,
  for_statement,
  while_statement,
  with_statement,
  match_statement,
  case_clause,
  raise_statement,
  return_statement,
  break_statement,
  continue_statement,
  pass_statement,
  expression_statement,
  import_statement,
  import_from_statement,
  future_import_statement,
  assignment,
  augmented_assignment,
  named_expression,
  global_statement,
  call,
  attribute,
  identifier,
  string,
  concatenated_string,
  comment,
  keyword_argument,
  with_item,
  as_pattern_target,
  decorated_definition,
  type_alias_statement,
  type_annotation,
  collection,  ///< list, tuple, dict, set literals
  expression,  ///< operators, subscripts, argument lists: skipped when they hold no call
};

/// Numeric ids of the symbols and fields the flow facts and the rules over them use, so that
/// they compare integers instead of node type names.
///
/// get() resolves every member against the linked tree-sitter-python and aborts the
/// process when the grammar lacks one of the names (a build problem, not an input problem),
/// so no member of the table it returns is 0; a default-constructed FlowGrammar is all 0.
struct FlowGrammar {
  /// \return The process-wide table, resolved on first use (thread-safe static init).
  static const FlowGrammar& get();

  /// \param symbol A node's symbol.
  /// \return How the walk treats it.
  [[nodiscard]] NodeKind kind(TSSymbol symbol) const {
    return symbol < kinds.size() ? kinds[symbol] : NodeKind::other;
  }

  std::vector<NodeKind> kinds;  ///< Indexed by symbol.

  // Symbols compared directly by the rules and helpers. Each member holds the id of the node
  // kind of its own name; the comment above a line describes every member on it (the
  // `@{` ... `@}` markers make Doxygen give the comment to each of them, not only the first).
  /** @{ */
  /// `identifier` (a bare name), `attribute` (`a.b`), `call` (`f(...)`), `argument_list` (the
  /// parenthesised arguments of a call) and `keyword_argument` (`key=value` among them).
  TSSymbol identifier = 0, attribute = 0, call = 0, argument_list = 0, keyword_argument = 0;  /** @} */
  /** @{ */
  /// `list_splat` (`*xs` in a call or display), `dictionary_splat` (`**kw` in a call or dict
  /// display), `parenthesized_expression` (`(expr)`) and `tuple` (`(a, b)`).
  TSSymbol list_splat = 0, dictionary_splat = 0, parenthesized_expression = 0, tuple = 0;  /** @} */
  /** @{ */
  /// The displays `list` (`[a]`), `set` (`{a}`), `dictionary` (`{k: v}`) and `pair` (one `k: v`
  /// of a dict display); `string` (one string literal) and `concatenated_string` (adjacent
  /// literals that Python joins into one).
  TSSymbol list = 0, set = 0, dictionary = 0, pair = 0, string = 0, concatenated_string = 0;  /** @} */
  /** @{ */
  /// The parts of a `string`: `string_start` (prefix and opening quote), `string_content` (the
  /// text), `string_end` (the closing quote) and `interpolation` (an f-string's replacement
  /// field `{expr}`).
  TSSymbol string_start = 0, string_content = 0, string_end = 0, interpolation = 0;  /** @} */
  /** @{ */
  /// Inside a `string_content`: `escape_sequence` (a backslash escape) and
  /// `escape_interpolation` (a doubled brace of an f-string).
  TSSymbol escape_sequence = 0, escape_interpolation = 0;  /** @} */
  /** @{ */
  /// The literal constants `integer`, `float`, `true`, `false`, `none` and `ellipsis` (`...`);
  /// `float_`, `true_` and `false_` end in `_` because their plain names are C++ keywords.
  TSSymbol integer = 0, float_ = 0, true_ = 0, false_ = 0, none = 0, ellipsis = 0;  /** @} */
  /** @{ */
  /// `binary_operator` (arithmetic and bitwise, `a + b`), `boolean_operator` (`and`, `or`),
  /// `not_operator` (`not x`) and `unary_operator` (`-x`, `+x`, `~x`).
  TSSymbol binary_operator = 0, boolean_operator = 0, not_operator = 0, unary_operator = 0;  /** @} */
  /** @{ */
  /// `comparison_operator` (`a < b`, `x is None`, chains), `conditional_expression`
  /// (`a if c else b`), and `await` and `yield` as expressions.
  TSSymbol comparison_operator = 0, conditional_expression = 0, await = 0, yield = 0;  /** @} */
  /** @{ */
  /// `subscript` (`a[i]`, slices), `list_comprehension` (`[x for x in y]`) and
  /// `set_comprehension` (`{x for x in y}`).
  TSSymbol subscript = 0, list_comprehension = 0, set_comprehension = 0;  /** @} */
  /** @{ */
  /// `dictionary_comprehension` (`{k: v for k in y}`), `generator_expression`
  /// (`(x for x in y)`) and `lambda`.
  TSSymbol dictionary_comprehension = 0, generator_expression = 0, lambda = 0;  /** @} */
  /** @{ */
  /// `named_expression` (`(x := y)`), `expression_statement` (the statement around a bare
  /// expression or an assignment) and `assignment` (`a = b`, `a: T = b`, `a: T`).
  TSSymbol named_expression = 0, expression_statement = 0, assignment = 0;  /** @} */
  /** @{ */
  /// `augmented_assignment` (`a += b` and the other operators), and the `pass` and `continue`
  /// statements.
  TSSymbol augmented_assignment = 0, pass_statement = 0, continue_statement = 0;  /** @} */
  /** @{ */
  /// The `break`, `return` and `raise` statements, after which the rest of their block does not
  /// run.
  TSSymbol break_statement = 0, return_statement = 0, raise_statement = 0;  /** @} */
  /** @{ */
  /// `block` (an indented suite), `if_statement`, and its `elif_clause` and `else_clause`
  /// (`else_clause` also ends `for`, `while` and `try` statements).
  TSSymbol block = 0, if_statement = 0, elif_clause = 0, else_clause = 0;  /** @} */
  /** @{ */
  /// The compound statements `for` (and `async for`), `while`, `with` (and `async with`) and
  /// `try`.
  TSSymbol for_statement = 0, while_statement = 0, with_statement = 0, try_statement = 0;  /** @} */
  /** @{ */
  /// `except_clause` (an `except` or `except*` handler) and `finally_clause` of a `try`, and
  /// `match_statement` with its `case_clause`s.
  TSSymbol except_clause = 0, finally_clause = 0, match_statement = 0, case_clause = 0;  /** @} */
  /** @{ */
  /// `function_definition` (`def`, `async def`), `class_definition`, and `decorated_definition`
  /// (a definition together with its decorator lines).
  TSSymbol function_definition = 0, class_definition = 0, decorated_definition = 0;  /** @} */
  /** @{ */
  /// `comment` (a `#` comment), and the parts of imports `dotted_name` (`a.b.c`),
  /// `aliased_import` (`a as b`) and `relative_import` (`..a` in `from ..a import b`).
  TSSymbol comment = 0, dotted_name = 0, aliased_import = 0, relative_import = 0;  /** @} */
  /** @{ */
  /// Several targets or values: `pattern_list` (`a, b` as an assignment or loop target),
  /// `tuple_pattern` and `list_pattern` (`(a, b)` and `[a, b]` as targets), and
  /// `expression_list` (`a, b` as a value, as in `return a, b`).
  TSSymbol pattern_list = 0, tuple_pattern = 0, list_pattern = 0, expression_list = 0;  /** @} */
  /** @{ */
  /// `list_splat_pattern` (`*rest` as a target), `line_continuation` (a backslash at a line's
  /// end), `as_pattern` (`expr as name` in a `with` item or `case` pattern) and
  /// `as_pattern_target` (its `name`).
  TSSymbol list_splat_pattern = 0, line_continuation = 0, as_pattern = 0, as_pattern_target = 0;  /** @} */

  // Fields the rules and helpers read children by: each member holds the id of the grammar
  // field of its name without the `field_` prefix.
  /** @{ */
  /// Fields `name` (of a definition, keyword argument or import), `value` (of a keyword
  /// argument, dict pair, `except` clause or `with` item), `alias` (the `as` name of an import,
  /// `except` clause or `as` pattern) and `body` (a definition's, loop's, `with`'s or `try`'s
  /// block).
  TSFieldId field_name = 0, field_value = 0, field_alias = 0, field_body = 0;  /** @} */
  /** @{ */
  /// Fields of a call (`function`, `arguments`) and of an attribute `object.attribute`
  /// (`object`, `attribute`).
  TSFieldId field_function = 0, field_arguments = 0, field_object = 0, field_attribute = 0;  /** @} */
  /** @{ */
  /// Fields `left` and `right` (of binary and boolean operators, assignments and `for` loops),
  /// `operator` (of binary, boolean and unary operators and of `+=`), and `argument` (the
  /// operand of `not` and of a unary operator).
  TSFieldId field_left = 0, field_right = 0, field_operator = 0, field_argument = 0;  /** @} */
  /** @{ */
  /// Fields of a branch: the `condition` of `if`, `elif` and `while`, the `consequence` block
  /// of `if`, `elif` and `case`, and the `alternative` (`elif` and `else` clauses).
  TSFieldId field_condition = 0, field_consequence = 0, field_alternative = 0;  /** @} */
  /** @{ */
  /// Fields `cause` (the `from x` of a `raise`), `module_name` (the `m` of `from m import`),
  /// `key` (of a dict pair) and `expression` (inside an f-string's `{...}`).
  TSFieldId field_cause = 0, field_module_name = 0, field_key = 0, field_expression = 0;  /** @} */
  /** @{ */
  /// Fields `definition` (what a decorated definition decorates), `parameters` (of a `def` or
  /// `lambda`) and `subject` (what `match` matches).
  TSFieldId field_definition = 0, field_parameters = 0, field_subject = 0;  /** @} */
};

}  // namespace tenet::python::flow
