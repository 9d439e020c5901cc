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

/// Numeric ids of the symbols and fields the flow facts and the rules over them use.
struct FlowGrammar {
  /// \return The process-wide table, resolved on first use (thread-safe static init).
  static const FlowGrammar& get();

  /// \param symbol A node's symbol.
  /// \return How the walk treats it.
  [[nodiscard]] NodeKind kind(TSSymbol symbol) const {
    return symbol < kinds.size() ? kinds[symbol] : NodeKind::other;
  }

  std::vector<NodeKind> kinds;  ///< Indexed by symbol.

  // Symbols compared directly by the rules and helpers.
  TSSymbol identifier = 0, attribute = 0, call = 0, argument_list = 0, keyword_argument = 0;
  TSSymbol list_splat = 0, dictionary_splat = 0, parenthesized_expression = 0, tuple = 0;
  TSSymbol list = 0, set = 0, dictionary = 0, pair = 0, string = 0, concatenated_string = 0;
  TSSymbol string_start = 0, string_content = 0, string_end = 0, interpolation = 0;
  TSSymbol escape_sequence = 0, escape_interpolation = 0;
  TSSymbol integer = 0, float_ = 0, true_ = 0, false_ = 0, none = 0, ellipsis = 0;
  TSSymbol binary_operator = 0, boolean_operator = 0, not_operator = 0, unary_operator = 0;
  TSSymbol comparison_operator = 0, conditional_expression = 0, await = 0, yield = 0;
  TSSymbol subscript = 0, list_comprehension = 0, set_comprehension = 0;
  TSSymbol dictionary_comprehension = 0, generator_expression = 0, lambda = 0;
  TSSymbol named_expression = 0, expression_statement = 0, assignment = 0;
  TSSymbol augmented_assignment = 0, pass_statement = 0, continue_statement = 0;
  TSSymbol break_statement = 0, return_statement = 0, raise_statement = 0;
  TSSymbol block = 0, if_statement = 0, elif_clause = 0, else_clause = 0;
  TSSymbol for_statement = 0, while_statement = 0, with_statement = 0, try_statement = 0;
  TSSymbol except_clause = 0, finally_clause = 0, match_statement = 0, case_clause = 0;
  TSSymbol function_definition = 0, class_definition = 0, decorated_definition = 0;
  TSSymbol comment = 0, dotted_name = 0, aliased_import = 0, relative_import = 0;
  TSSymbol pattern_list = 0, tuple_pattern = 0, list_pattern = 0, expression_list = 0;
  TSSymbol list_splat_pattern = 0, line_continuation = 0, as_pattern = 0, as_pattern_target = 0;

  TSFieldId field_name = 0, field_value = 0, field_alias = 0, field_body = 0;
  TSFieldId field_function = 0, field_arguments = 0, field_object = 0, field_attribute = 0;
  TSFieldId field_left = 0, field_right = 0, field_operator = 0, field_argument = 0;
  TSFieldId field_condition = 0, field_consequence = 0, field_alternative = 0;
  TSFieldId field_cause = 0, field_module_name = 0, field_key = 0, field_expression = 0;
  TSFieldId field_definition = 0, field_parameters = 0, field_subject = 0;
};

}  // namespace tenet::python::flow
