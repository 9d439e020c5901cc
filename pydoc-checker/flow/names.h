/// \file
/// Name resolution for the flow facts: the scopes of one file, what each name is bound to
/// in each scope (an import, a local value, a logger), and the qualified name an expression
/// such as `lg.error` or `getLogger` stands for.
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tenet::python::flow {

/// Index of "no such thing" in the flow facts' tables.
inline constexpr std::uint32_t kNone = UINT32_MAX;

/// A module, class or function body (comprehensions and lambdas share their enclosing scope).
struct Scope {
  /// What opens a scope: the module, a class body or a function body (`class_` because
  /// `class` is a C++ keyword).
  enum class Kind : std::uint8_t { module, class_, function };
  Kind kind = Kind::module;      ///< What opened the scope.
  std::uint32_t parent = kNone;  ///< Enclosing scope; kNone for the module.
  std::string_view name;         ///< The class or function name; "" for the module.
  bool is_method = false;        ///< A function directly inside a class body.
};

/// What a name is bound to in one scope.
struct Binding {
  /// What kind of value a name is bound to, as far as name resolution needs to know.
  enum class Kind : std::uint8_t {
    import_,      ///< `import x` / `from m import x`: `target` is the qualified name.
    local,        ///< Any other binding: assignment, def, class, loop or `as` target.
    logger,       ///< Assigned from `logging.getLogger(...)` or `logging.Logger(...)`.
    root_logger,  ///< Assigned from `logging.getLogger()` (no name: the root logger).
  };
  std::uint32_t scope = 0;  ///< Where the binding lives.
  Kind kind = Kind::local;  ///< What it binds.
  std::string target;       ///< Qualified target for imports.
  bool function = false;    ///< A `def` binds it (in this scope, last binding wins).
  bool class_ = false;      ///< A `class` binds it (in this scope, last binding wins).
};

/// How an expression resolved.
struct Resolved {
  /// What the head (first name) of a dotted expression resolved to.
  enum class Kind : std::uint8_t {
    none,     ///< Not a dotted name, or its head is bound to nothing known.
    import_,  ///< The head is an import: `qualified` is the full dotted path.
    builtin,  ///< The head is an unshadowed builtin: `qualified` is `name.rest`.
    local,    ///< The head is a local binding (see `binding`): `qualified` is as written.
  };
  Kind kind = Kind::none;            ///< How the head resolved.
  std::string qualified;             ///< See `kind`.
  const Binding* binding = nullptr;  ///< The head's binding, when there is one.
};

/// The scopes and bindings of one file, filled during the flow walk.
class NameTable {
 public:
  /// Opens a scope.
  /// \param kind Module, class or function.
  /// \param parent The enclosing scope (kNone for the module).
  /// \param name The class or function name.
  /// \return The new scope's index.
  std::uint32_t add_scope(Scope::Kind kind, std::uint32_t parent, std::string_view name);

  /// Binds \p name in \p scope.
  /// \param name The bound identifier.
  /// \param scope Where.
  /// \param kind What it binds.
  /// \param target Qualified target, for imports.
  void bind(std::string_view name, std::uint32_t scope, Binding::Kind kind, std::string target = {});

  /// Records that a `def` (or a `class`) binds \p name in \p scope.
  /// \param name The function or class name.
  /// \param scope Where it is defined.
  /// \param is_class True for a class.
  void bind_definition(std::string_view name, std::uint32_t scope, bool is_class);

  /// Marks the local binding of \p name in \p scope as a logger (root or named).
  /// \param name A name assigned from a logger constructor.
  /// \param scope The assignment's scope.
  /// \param root Whether it is the root logger.
  void mark_logger(std::string_view name, std::uint32_t scope, bool root);

  /// Finds the binding \p name refers to from \p scope, as Python would: the scope itself,
  /// then enclosing function scopes and the module, skipping class bodies other than
  /// \p scope. An import wins over other bindings of the same scope (`try: import x` /
  /// `except ImportError: x = None`).
  /// \param name An identifier.
  /// \param scope Where it is used.
  /// \return The binding, or null when the name is bound nowhere in reach.
  [[nodiscard]] const Binding* lookup(std::string_view name, std::uint32_t scope) const;

  /// Resolves a dotted expression (`a`, `a.b.c`) used in \p scope.
  /// \param node The expression.
  /// \param text The source.
  /// \param scope Where it is used.
  /// \return The resolution.
  [[nodiscard]] Resolved resolve(TSNode node, std::string_view text, std::uint32_t scope) const;

  /// \param index A scope index.
  /// \return The scope.
  [[nodiscard]] const Scope& scope(std::uint32_t index) const { return scopes_[index]; }

  /// \param name An identifier.
  /// \return Whether some import binds \p name (in any scope).
  [[nodiscard]] bool imported_anywhere(std::string_view name) const;

  /// \param name An identifier.
  /// \return Whether \p name is bound anywhere in the file.
  [[nodiscard]] bool bound_anywhere(std::string_view name) const { return bindings_.contains(name); }

 private:
  std::vector<Scope> scopes_;
  std::unordered_map<std::string_view, std::vector<Binding>> bindings_;
};

/// \param name An identifier.
/// \return Whether it names a Python builtin (function, type, exception or constant).
bool is_builtin_name(std::string_view name);

}  // namespace tenet::python::flow
