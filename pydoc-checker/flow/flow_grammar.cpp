#include "pydoc-checker/flow/flow_grammar.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" const TSLanguage* tree_sitter_python(void);

namespace tenet::python::flow {
namespace {

// A name the pinned grammar lacks is a build problem no input can cause: stop loudly.
[[noreturn]] void missing(const char* what, const char* name) {
  std::fprintf(stderr, "tenet: internal error: tree-sitter-python has no %s `%s`\n", what, name);  // NOLINT(CXL001): fatal build problem, reported just before abort()
  std::abort();
}

TSSymbol symbol(const TSLanguage* language, const char* name) {
  const TSSymbol id =
      ts_language_symbol_for_name(language, name, static_cast<std::uint32_t>(std::strlen(name)), true);
  if (id == 0) missing("node kind", name);
  return id;
}

TSFieldId field(const TSLanguage* language, const char* name) {
  const TSFieldId id =
      ts_language_field_id_for_name(language, name, static_cast<std::uint32_t>(std::strlen(name)));
  if (id == 0) missing("field", name);
  return id;
}

FlowGrammar resolve() {
  FlowGrammar g;
  const TSLanguage* l = tree_sitter_python();
  g.kinds.assign(ts_language_symbol_count(l), NodeKind::other);
  const auto kind = [&](const char* name, NodeKind node_kind) {
    const TSSymbol id = symbol(l, name);
    g.kinds[id] = node_kind;
    return id;
  };
  kind("module", NodeKind::module);
  g.block = kind("block", NodeKind::block);
  g.function_definition = kind("function_definition", NodeKind::function_definition);
  g.class_definition = kind("class_definition", NodeKind::class_definition);
  g.lambda = kind("lambda", NodeKind::lambda);
  g.try_statement = kind("try_statement", NodeKind::try_statement);
  g.except_clause = kind("except_clause", NodeKind::except_clause);
  g.finally_clause = kind("finally_clause", NodeKind::finally_clause);
  g.else_clause = kind("else_clause", NodeKind::else_clause);
  g.if_statement = kind("if_statement", NodeKind::if_statement);
  g.elif_clause = kind("elif_clause", NodeKind::elif_clause);
  g.for_statement = kind("for_statement", NodeKind::for_statement);
  g.while_statement = kind("while_statement", NodeKind::while_statement);
  g.with_statement = kind("with_statement", NodeKind::with_statement);
  g.match_statement = kind("match_statement", NodeKind::match_statement);
  g.case_clause = kind("case_clause", NodeKind::case_clause);
  g.raise_statement = kind("raise_statement", NodeKind::raise_statement);
  g.return_statement = kind("return_statement", NodeKind::return_statement);
  g.break_statement = kind("break_statement", NodeKind::break_statement);
  g.continue_statement = kind("continue_statement", NodeKind::continue_statement);
  g.pass_statement = kind("pass_statement", NodeKind::pass_statement);
  g.expression_statement = kind("expression_statement", NodeKind::expression_statement);
  kind("import_statement", NodeKind::import_statement);
  kind("import_from_statement", NodeKind::import_from_statement);
  kind("future_import_statement", NodeKind::future_import_statement);
  g.assignment = kind("assignment", NodeKind::assignment);
  g.augmented_assignment = kind("augmented_assignment", NodeKind::augmented_assignment);
  g.named_expression = kind("named_expression", NodeKind::named_expression);
  kind("global_statement", NodeKind::global_statement);
  kind("nonlocal_statement", NodeKind::global_statement);
  g.call = kind("call", NodeKind::call);
  g.attribute = kind("attribute", NodeKind::attribute);
  g.identifier = kind("identifier", NodeKind::identifier);
  g.string = kind("string", NodeKind::string);
  g.concatenated_string = kind("concatenated_string", NodeKind::concatenated_string);
  g.comment = kind("comment", NodeKind::comment);
  g.keyword_argument = kind("keyword_argument", NodeKind::keyword_argument);
  kind("with_item", NodeKind::with_item);
  g.as_pattern_target = kind("as_pattern_target", NodeKind::as_pattern_target);
  g.decorated_definition = kind("decorated_definition", NodeKind::decorated_definition);
  kind("type_alias_statement", NodeKind::type_alias_statement);
  kind("type", NodeKind::type_annotation);

  g.argument_list = symbol(l, "argument_list");
  for (const char* name : {"list", "tuple", "dictionary", "set"}) kind(name, NodeKind::collection);
  for (const char* name : {"binary_operator", "comparison_operator", "boolean_operator", "not_operator",
                           "unary_operator", "conditional_expression", "subscript", "pair", "argument_list",
                           "parenthesized_expression", "expression_list"}) {
    kind(name, NodeKind::expression);
  }
  g.list_splat = symbol(l, "list_splat");
  g.dictionary_splat = symbol(l, "dictionary_splat");
  g.parenthesized_expression = symbol(l, "parenthesized_expression");
  g.tuple = symbol(l, "tuple");
  g.list = symbol(l, "list");
  g.set = symbol(l, "set");
  g.dictionary = symbol(l, "dictionary");
  g.pair = symbol(l, "pair");
  g.string_start = symbol(l, "string_start");
  g.string_content = symbol(l, "string_content");
  g.string_end = symbol(l, "string_end");
  g.interpolation = symbol(l, "interpolation");
  g.escape_sequence = symbol(l, "escape_sequence");
  g.escape_interpolation = symbol(l, "escape_interpolation");
  g.integer = symbol(l, "integer");
  g.float_ = symbol(l, "float");
  g.true_ = symbol(l, "true");
  g.false_ = symbol(l, "false");
  g.none = symbol(l, "none");
  g.ellipsis = symbol(l, "ellipsis");
  g.binary_operator = symbol(l, "binary_operator");
  g.boolean_operator = symbol(l, "boolean_operator");
  g.not_operator = symbol(l, "not_operator");
  g.unary_operator = symbol(l, "unary_operator");
  g.comparison_operator = symbol(l, "comparison_operator");
  g.conditional_expression = symbol(l, "conditional_expression");
  g.await = symbol(l, "await");
  g.yield = symbol(l, "yield");
  g.subscript = symbol(l, "subscript");
  g.list_comprehension = symbol(l, "list_comprehension");
  g.set_comprehension = symbol(l, "set_comprehension");
  g.dictionary_comprehension = symbol(l, "dictionary_comprehension");
  g.generator_expression = symbol(l, "generator_expression");
  g.dotted_name = symbol(l, "dotted_name");
  g.aliased_import = symbol(l, "aliased_import");
  g.relative_import = symbol(l, "relative_import");
  g.pattern_list = symbol(l, "pattern_list");
  g.tuple_pattern = symbol(l, "tuple_pattern");
  g.list_pattern = symbol(l, "list_pattern");
  g.expression_list = symbol(l, "expression_list");
  g.list_splat_pattern = symbol(l, "list_splat_pattern");
  g.line_continuation = symbol(l, "line_continuation");
  g.as_pattern = symbol(l, "as_pattern");

  g.field_name = field(l, "name");
  g.field_value = field(l, "value");
  g.field_alias = field(l, "alias");
  g.field_body = field(l, "body");
  g.field_function = field(l, "function");
  g.field_arguments = field(l, "arguments");
  g.field_object = field(l, "object");
  g.field_attribute = field(l, "attribute");
  g.field_left = field(l, "left");
  g.field_right = field(l, "right");
  g.field_operator = field(l, "operator");
  g.field_argument = field(l, "argument");
  g.field_condition = field(l, "condition");
  g.field_consequence = field(l, "consequence");
  g.field_alternative = field(l, "alternative");
  g.field_cause = field(l, "cause");
  g.field_module_name = field(l, "module_name");
  g.field_key = field(l, "key");
  g.field_expression = field(l, "expression");
  g.field_definition = field(l, "definition");
  g.field_parameters = field(l, "parameters");
  g.field_subject = field(l, "subject");
  return g;
}

}  // namespace

const FlowGrammar& FlowGrammar::get() {
  static const FlowGrammar grammar = resolve();
  return grammar;
}

}  // namespace tenet::python::flow
