/// \file
/// The tree-sitter Python grammar and the node kinds and fields the front end looks at,
/// resolved once to numeric ids so the walk compares integers, not type strings.
#pragma once

#include <tree_sitter/api.h>

namespace tenet::python {

/// The numeric ids of the grammar symbols and fields the model uses.
struct Grammar {
  /// \return The process-wide table, resolved on first use (thread-safe static init).
  static const Grammar& get();

  const TSLanguage* language = nullptr;  ///< tree-sitter-python.

  // Statement containers and statements.
  TSSymbol module = 0;                ///< The file.
  TSSymbol block = 0;                 ///< An indented suite.
  TSSymbol error = 0;                 ///< ERROR (its children are walked as statements).
  TSSymbol function_definition = 0;   ///< `def` / `async def`.
  TSSymbol class_definition = 0;      ///< `class`.
  TSSymbol decorated_definition = 0;  ///< Decorators plus a definition.
  TSSymbol decorator = 0;             ///< `@expr`.
  TSSymbol expression_statement = 0;  ///< A bare expression or an assignment.
  TSSymbol if_statement = 0;          ///< `if`.
  TSSymbol elif_clause = 0;           ///< `elif`.
  TSSymbol else_clause = 0;           ///< `else`.
  TSSymbol for_statement = 0;         ///< `for`.
  TSSymbol while_statement = 0;       ///< `while`.
  TSSymbol try_statement = 0;         ///< `try`.
  TSSymbol except_clause = 0;         ///< `except` / `except*`.
  TSSymbol finally_clause = 0;        ///< `finally`.
  TSSymbol with_statement = 0;        ///< `with`.
  TSSymbol match_statement = 0;       ///< `match`.
  TSSymbol case_clause = 0;           ///< `case`.
  TSSymbol import_statement = 0;      ///< `import a.b as c`.
  TSSymbol import_from_statement = 0; ///< `from a import b as c`.
  TSSymbol comment = 0;               ///< `# ...`.
  TSSymbol print_statement = 0;       ///< Python 2 `print x` (the grammar accepts it).
  TSSymbol exec_statement = 0;        ///< Python 2 `exec code` (the grammar accepts it).

  // Expressions the model reads (never walked wholesale).
  TSSymbol identifier = 0;                ///< A name.
  TSSymbol attribute = 0;                 ///< `a.b`.
  TSSymbol call = 0;                      ///< `f(...)`.
  TSSymbol dotted_name = 0;               ///< `a.b.c` in imports.
  TSSymbol aliased_import = 0;            ///< `a as b` in imports.
  TSSymbol relative_import = 0;           ///< `..a` in `from ..a import b`.
  TSSymbol string = 0;                    ///< One string literal.
  TSSymbol concatenated_string = 0;       ///< Implicitly concatenated literals.
  TSSymbol parenthesized_expression = 0;  ///< `( expr )`.
  TSSymbol assignment = 0;                ///< `a = b`, `a: T = b`.
  TSSymbol augmented_assignment = 0;      ///< `a += b`.
  TSSymbol list = 0;                      ///< `[...]`.
  TSSymbol set = 0;                       ///< `{a, b}`.
  TSSymbol tuple = 0;                     ///< `(...)`.
  TSSymbol expression_list = 0;           ///< `a, b` without parentheses.
  TSSymbol binary_operator = 0;           ///< `a + b`.
  TSSymbol argument_list = 0;             ///< `(...)` of a call.

  // Fields.
  TSFieldId field_name = 0;        ///< `name`.
  TSFieldId field_body = 0;        ///< `body`.
  TSFieldId field_definition = 0;  ///< `definition` of decorated_definition.
  TSFieldId field_left = 0;        ///< `left`.
  TSFieldId field_right = 0;       ///< `right`.
  TSFieldId field_object = 0;      ///< `object` of attribute.
  TSFieldId field_attribute = 0;   ///< `attribute` of attribute.
  TSFieldId field_function = 0;    ///< `function` of call.
  TSFieldId field_arguments = 0;   ///< `arguments` of call.
  TSFieldId field_alias = 0;       ///< `alias` of aliased_import.
  TSFieldId field_module_name = 0; ///< `module_name` of import_from_statement.
  TSFieldId field_operator = 0;    ///< `operator`.
};

}  // namespace tenet::python
