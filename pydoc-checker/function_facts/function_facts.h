/// \file
/// What a function's signature and body say about it, for the rules that hold a docstring
/// against the code (pydoclint's DOC codes): its parameters, annotations, `return`s,
/// `yield`s and raised exception types.
///
/// `context.facts<FunctionFactsTable>()` gives the per-file table; each function's facts are
/// computed on first request only (most functions are never asked about: their docstrings
/// have no sections to check), with one iterative walk of its body that skips nested
/// functions, classes and lambdas. Nesting depth costs heap, never stack.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/diagnostic.h"
#include "pydoc-checker/python_model.h"
#include "pydoc-checker/python_rule.h"

namespace tenet::python {

/// How a parameter binds arguments.
enum class ParameterKind : std::uint8_t {
  positional_only,        ///< Before a `/`.
  positional_or_keyword,  ///< The ordinary kind.
  var_positional,         ///< `*args`.
  keyword_only,           ///< After `*` or `*args`.
  var_keyword,            ///< `**kwargs`.
};

/// One parameter of a `def`.
struct Parameter {
  std::string_view name;        ///< The identifier, without stars.
  /// How callers pass it: by position, by keyword, either, or collected by `*args` or
  /// `**kwargs`.
  ParameterKind kind = ParameterKind::positional_or_keyword;
  std::string_view annotation;  ///< The annotation as written; empty when there is none.
  TextRange range;              ///< The whole parameter (stars, annotation and default included).
  bool has_default = false;     ///< Written with `= value`.
  /// The implicit first parameter of a method (`self`, `cls`): never documented.
  bool implicit = false;

  /// \return The name as a docstring writes it: `*args`, `**kwargs`, or the bare name.
  [[nodiscard]] std::string display_name() const;
};

/// A `return` statement.
struct ReturnSite {
  TextRange range;          ///< The statement.
  bool has_value = false;   ///< `return expr` where `expr` is not the literal `None`.
  bool is_none = false;     ///< `return None` written out.
};

/// A `yield` or `yield from` expression.
struct YieldSite {
  TextRange range;         ///< The expression.
  bool has_value = false;  ///< `yield expr` (not a bare `yield`, not `yield None`) or `yield from`.
  bool is_from = false;    ///< `yield from`.
};

/// One exception type a `raise` statement raises out of the function.
struct RaiseSite {
  /// The type's dotted name as written (`ValueError`, `errors.ConfigError`); for a bare
  /// `raise` or `raise exc` inside `except (A, B) as exc`, one site per handler type.
  std::string type;
  TextRange range;  ///< The `raise` statement.
};

/// What a function's signature and body say.
struct FunctionFacts {
  std::vector<Parameter> parameters;  ///< In signature order (the `/` and `*` markers are not parameters).
  std::string_view return_annotation; ///< As written; empty when there is none.
  TextRange return_annotation_range;  ///< Where the return annotation is.
  std::vector<ReturnSite> returns;    ///< Every `return` of this function's own body.
  std::vector<YieldSite> yields;      ///< Every `yield` of this function's own body.
  /// Exception types raised out of the body, one site per type per statement, in source
  /// order. A raise caught by an enclosing `try` of the same function is left out; raises
  /// whose type cannot be named (`raise make_error()`, `raise self.error`) are left out.
  std::vector<RaiseSite> raises;
  /// Some `raise` raises something whose type is not known here: `raise exc` for a local
  /// variable, `raise self.error(...)`, or a bare `raise` that re-raises whatever a broad
  /// handler (or a caller's handler) caught.
  bool has_unnamed_raise = false;
  bool is_async = false;        ///< `async def`.
  bool is_method = false;       ///< Directly inside a class body.
  bool is_staticmethod = false; ///< Decorated with `staticmethod`.
  bool is_classmethod = false;  ///< Decorated with `classmethod`.
  bool is_property = false;     ///< Last decorator is `property`, `cached_property` or `abc.abstractproperty`.
  bool is_abstract = false;     ///< Decorated with `abc.abstractmethod` (or its older variants).
  bool is_overload = false;     ///< Decorated with `typing.overload`.
  /// The body does nothing but document itself: only a docstring, `pass`, `...`,
  /// `raise NotImplementedError`, `return NotImplemented`, `return None` or `return`.
  bool is_stub_body = false;
  /// The body's last statement is a `raise`: with no `return` anywhere, the function
  /// never returns normally.
  bool ends_with_raise = false;

  /// \return Whether some `return` gives a value.
  [[nodiscard]] bool returns_value() const;
  /// \return Whether the function is a generator (any `yield`).
  [[nodiscard]] bool is_generator() const { return !yields.empty(); }
  /// \return Whether some `yield` gives a value (or is a `yield from`).
  [[nodiscard]] bool yields_value() const;
};

/// Computes \p definition's facts directly (no caching).
/// \param module The model \p definition belongs to.
/// \param definition A function or method.
/// \return Its facts.
FunctionFacts compute_function_facts(const PythonModule& module, const Definition& definition);

/// Every function's facts in one file, computed lazily, once each.
class FunctionFactsTable {
 public:
  /// \param context The file's rule context.
  explicit FunctionFactsTable(const RuleContext& context);
  /// Frees the facts computed so far.
  ~FunctionFactsTable();
  /// Not copyable: it is its file's one cache, kept by the rule context.
  FunctionFactsTable(const FunctionFactsTable&) = delete;
  /// Not copyable: it is its file's one cache, kept by the rule context.
  FunctionFactsTable& operator=(const FunctionFactsTable&) = delete;

  /// \param definition A function or method of the file.
  /// \return Its facts (computed on the first call).
  [[nodiscard]] const FunctionFacts& of(const Definition& definition) const;

 private:
  const PythonModule& module_;
  /// Definition index -> facts; filled on demand (the table is read by one thread).
  mutable std::vector<std::unique_ptr<FunctionFacts>> facts_;
};

/// Exception-name helpers shared by the facts and the rules.
namespace exception_names {

/// \param dotted A dotted name, e.g. `errors.ConfigError`.
/// \return Its last component, `ConfigError`.
std::string_view last_component(std::string_view dotted);

/// Whether a documented exception name covers a raised one: the same last component
/// (`ConfigError` documents `errors.ConfigError`), or the documented one is a built-in base
/// class of the raised built-in (`OSError` documents `FileNotFoundError`).
/// \param documented The name in the docstring.
/// \param raised The name raised in the body.
/// \return True when covered.
bool documents(std::string_view documented, std::string_view raised);

/// \param raised A raised exception's dotted name.
/// \return The names that document it: its last component, then, for an unqualified
///   built-in, its built-in base classes up to `BaseException`.
std::vector<std::string_view> documenting_names(std::string_view raised);

/// \param name An exception's last name component.
/// \return Whether `except name:` catches every ordinary exception (`Exception`, `BaseException`).
bool is_catch_all(std::string_view name);

}  // namespace exception_names

}  // namespace tenet::python
