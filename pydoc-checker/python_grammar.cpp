#include "pydoc-checker/python_grammar.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" const TSLanguage* tree_sitter_python(void);

namespace tenet::python {
namespace {

// A name the grammar does not define means the pinned grammar changed under us: a build
// problem no input can cause, so stop loudly instead of silently matching nothing.
[[noreturn]] void missing(const char* what, const char* name) {
  std::fprintf(stderr, "tenet: internal error: tree-sitter-python has no %s `%s`\n", what, name);  // NOLINT(CXL001): fatal build problem, reported just before abort()
  std::abort();
}

TSSymbol named_symbol(const TSLanguage* language, const char* name) {
  const TSSymbol symbol =
      ts_language_symbol_for_name(language, name, static_cast<std::uint32_t>(std::strlen(name)), true);
  if (symbol == 0) missing("node kind", name);
  return symbol;
}

TSFieldId field(const TSLanguage* language, const char* name) {
  const TSFieldId id =
      ts_language_field_id_for_name(language, name, static_cast<std::uint32_t>(std::strlen(name)));
  if (id == 0) missing("field", name);
  return id;
}

Grammar resolve() {
  Grammar g;
  const TSLanguage* l = tree_sitter_python();
  g.language = l;
  g.module = named_symbol(l, "module");
  g.block = named_symbol(l, "block");
  g.error = static_cast<TSSymbol>(-1);  // ts_builtin_sym_error: ERROR is not looked up by name
  g.function_definition = named_symbol(l, "function_definition");
  g.class_definition = named_symbol(l, "class_definition");
  g.decorated_definition = named_symbol(l, "decorated_definition");
  g.decorator = named_symbol(l, "decorator");
  g.expression_statement = named_symbol(l, "expression_statement");
  g.if_statement = named_symbol(l, "if_statement");
  g.elif_clause = named_symbol(l, "elif_clause");
  g.else_clause = named_symbol(l, "else_clause");
  g.for_statement = named_symbol(l, "for_statement");
  g.while_statement = named_symbol(l, "while_statement");
  g.try_statement = named_symbol(l, "try_statement");
  g.except_clause = named_symbol(l, "except_clause");
  g.finally_clause = named_symbol(l, "finally_clause");
  g.with_statement = named_symbol(l, "with_statement");
  g.match_statement = named_symbol(l, "match_statement");
  g.case_clause = named_symbol(l, "case_clause");
  g.import_statement = named_symbol(l, "import_statement");
  g.import_from_statement = named_symbol(l, "import_from_statement");
  g.comment = named_symbol(l, "comment");
  g.print_statement = named_symbol(l, "print_statement");
  g.exec_statement = named_symbol(l, "exec_statement");
  g.identifier = named_symbol(l, "identifier");
  g.attribute = named_symbol(l, "attribute");
  g.call = named_symbol(l, "call");
  g.dotted_name = named_symbol(l, "dotted_name");
  g.aliased_import = named_symbol(l, "aliased_import");
  g.relative_import = named_symbol(l, "relative_import");
  g.string = named_symbol(l, "string");
  g.concatenated_string = named_symbol(l, "concatenated_string");
  g.parenthesized_expression = named_symbol(l, "parenthesized_expression");
  g.assignment = named_symbol(l, "assignment");
  g.augmented_assignment = named_symbol(l, "augmented_assignment");
  g.list = named_symbol(l, "list");
  g.set = named_symbol(l, "set");
  g.tuple = named_symbol(l, "tuple");
  g.expression_list = named_symbol(l, "expression_list");
  g.binary_operator = named_symbol(l, "binary_operator");
  g.argument_list = named_symbol(l, "argument_list");
  g.field_name = field(l, "name");
  g.field_body = field(l, "body");
  g.field_definition = field(l, "definition");
  g.field_left = field(l, "left");
  g.field_right = field(l, "right");
  g.field_object = field(l, "object");
  g.field_attribute = field(l, "attribute");
  g.field_function = field(l, "function");
  g.field_arguments = field(l, "arguments");
  g.field_alias = field(l, "alias");
  g.field_module_name = field(l, "module_name");
  g.field_operator = field(l, "operator");
  return g;
}

}  // namespace

const Grammar& Grammar::get() {
  static const Grammar grammar = resolve();
  return grammar;
}

}  // namespace tenet::python
