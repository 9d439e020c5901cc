/// \file
/// The Python model: the facts about one file that every Python rule shares, built once per
/// file from the tree-sitter tree.
///
/// The builder descends statement blocks only (module, bodies, compound statements and their
/// clauses); it never walks expression subtrees wholesale, so its cost is a small fraction of
/// the parse. It is iterative: nesting depth costs heap, never stack.
#pragma once

#include <cstdint>
#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/diagnostic.h"
#include "pydoc-checker/syntax_error.h"
#include "pydoc-checker/ts.h"

namespace tenet::python {

/// What kind of definition a Definition is, in ruff's terms (which decide the D1xx code).
enum class DefinitionKind : std::uint8_t {
  module,           ///< A `.py` file other than `__init__.py`.
  package,          ///< An `__init__.py` file.
  top_level_class,  ///< A class whose enclosing definition is the module.
  nested_class,     ///< A class inside a class or a function.
  function,         ///< A function whose enclosing definition is the module.
  nested_function,  ///< A function inside a function (never public).
  method,           ///< A function directly inside a class body.
};

/// A docstring: the first statement of a module, class or function body when it is a
/// string literal (not bytes, not an f- or t-string; implicit concatenation allowed).
struct Docstring {
  TextRange range;            ///< The literal (all parts), prefix and quotes included.
  std::string_view raw;       ///< Source text of `range`.
  std::string_view prefix;    ///< String prefix of the first part as written ("", "r", "u", "R", ...).
  /// Opening quote of the first part: three double or three single quotes, or one of either.
  std::string_view quote;
  /// Text between the quotes, escapes not processed; for implicit concatenation, the parts'
  /// contents joined.
  std::string_view content;
  TextRange content_range;    ///< Where `content` is (the first part's, for a concatenation).
  bool implicit_concatenation = false;  ///< Written as several adjacent literals.
  bool multiline = false;     ///< The literal spans more than one line.
};

/// A decorator of a class or function.
struct Decorator {
  TextRange range;  ///< The expression after `@`.
  /// The decorator's dotted name with imports resolved: after
  /// `from typing import overload as o`, the decorator `o` gives "typing.overload". A call
  /// gives its callee's name; a name bound by no import is kept as written. Empty when the
  /// expression is not a dotted name or a call of one.
  std::string qualified_name;
  /// The dotted name as written (`t.overload`), empty when not a dotted name or call of one.
  std::string written_name;
};

/// Whether a definition is public, in ruff's sense.
enum class Visibility : std::uint8_t {
  public_,   ///< Checked by the D1xx rules.
  private_,  ///< Exempt from the D1xx rules.
};

/// A module, class or function.
struct Definition {
  static constexpr std::uint32_t kNoParent = UINT32_MAX;  ///< The module's parent.

  DefinitionKind kind = DefinitionKind::module;  ///< Decides which D1xx code applies.
  std::string_view name;        ///< Identifier; the module's stem for modules and packages.
  std::string qualified_name;   ///< "Outer.inner" path inside the file; "" for the module.
  TextRange name_range;         ///< The identifier; for modules an empty range at the start.
  TextRange range;              ///< The whole definition, decorators included.
  TSNode node{};                ///< The class/function definition node (the root for modules).
  std::uint32_t parent = kNoParent;  ///< Index of the enclosing definition.
  std::vector<Decorator> decorators;  ///< In source order.
  std::optional<Docstring> docstring;  ///< Absent when the body has none.
  Visibility visibility = Visibility::public_;  ///< Resolved after the walk (see PythonModule).
  bool is_overload = false;   ///< Decorated with typing(_extensions).overload.
  bool is_override = false;   ///< Decorated with typing(_extensions).override.

  /// \return Whether the definition is public.
  [[nodiscard]] bool is_public() const { return visibility == Visibility::public_; }
  /// \return Whether this is a function or method (any nesting).
  [[nodiscard]] bool is_function_like() const {
    return kind == DefinitionKind::function || kind == DefinitionKind::nested_function ||
           kind == DefinitionKind::method;
  }
  /// \return Whether this is a class (any nesting).
  [[nodiscard]] bool is_class() const {
    return kind == DefinitionKind::top_level_class || kind == DefinitionKind::nested_class;
  }
  /// \return Whether this is the module or package itself.
  [[nodiscard]] bool is_module() const {
    return kind == DefinitionKind::module || kind == DefinitionKind::package;
  }
};

/// Where a file sits in its package, which decides the module's own visibility.
struct ModuleLocation {
  /// Dotted module path from the package root (`["pkg", "_impl", "util"]`, `__init__` kept
  /// for packages); empty when the file is not inside a package (no `__init__.py` beside it).
  std::vector<std::string> package_path;
  bool is_package = false;  ///< The file is an `__init__.py`.
  /// A package path component (or, outside packages, the file name) starts with `_` and is
  /// not a dunder.
  bool is_private = false;
};

/// Works out \p file's package path by walking up the directories that hold `__init__.py`
/// (ruff's rule: the package root is the topmost such directory in an unbroken chain).
/// \tparam IsPackageDir Callable as `bool(const std::filesystem::path&)`.
/// \param file Path of the file on disk (relative paths are made absolute).
/// \param is_package_dir Returns whether a directory holds `__init__.py`; injected so callers
///   can cache the answers and tests can fake a tree.
/// \return The location; a path that cannot be examined counts as outside any package.
template <typename IsPackageDir>
ModuleLocation locate_module(const std::filesystem::path& file, IsPackageDir&& is_package_dir);

/// Whether a module name is private: it starts with `_` and is not a dunder (`__init__`).
/// \param name A module or package name without extension.
/// \return True when private.
bool is_private_module_name(std::string_view name);

/// Inputs to the model builder besides the tree.
struct ModelOptions {
  bool is_stub = false;         ///< The file is a `.pyi` stub.
  ModuleLocation location;      ///< From locate_module().
  std::string_view module_name; ///< File stem, used as the module definition's name.
};

/// Everything the Python rules need to know about one parsed file.
///
/// The model refers into the source text and the tree it was built from; both must outlive it.
class PythonModule {
 public:
  /// An empty model; use build().
  PythonModule() = default;
  /// Moves a model (views into joined docstring contents stay valid: a deque's elements
  /// do not move).
  PythonModule(PythonModule&&) = default;  // NOLINT(CXE009): std::deque's move constructor allocates (libstdc++)
  /// Moves a model.
  /// \return This model.
  PythonModule& operator=(PythonModule&&) = default;
  /// Not copyable: docstring contents point into this model's own storage.
  PythonModule(const PythonModule&) = delete;
  /// Not copyable: docstring contents point into this model's own storage.
  PythonModule& operator=(const PythonModule&) = delete;

  /// Builds the model of \p text parsed as \p tree.
  /// \param text The file's bytes (UTF-8, may start with a BOM).
  /// \param tree The tree-sitter tree of \p text.
  /// \param options Stub flag and package location.
  /// \return The model.
  static PythonModule build(std::string_view text, const ts::Tree& tree, const ModelOptions& options);

  /// \return Every definition in source order; `definitions()[0]` is the module.
  [[nodiscard]] const std::vector<Definition>& definitions() const { return definitions_; }
  /// \return The module (or package) definition.
  [[nodiscard]] const Definition& module() const { return definitions_.front(); }
  /// \param definition A definition of this model.
  /// \return Its enclosing definition, or null for the module.
  [[nodiscard]] const Definition* parent_of(const Definition& definition) const {
    return definition.parent == Definition::kNoParent ? nullptr : &definitions_[definition.parent];
  }
  /// \return The names listed in `__all__` (union of every module-level assignment,
  ///   `+=`, `.extend()` and `.append()`), or nullopt when the module never assigns `__all__`.
  [[nodiscard]] const std::optional<std::vector<std::string>>& dunder_all() const { return dunder_all_; }
  /// \return The source text.
  [[nodiscard]] std::string_view text() const { return text_; }
  /// \return The root node of the tree.
  [[nodiscard]] TSNode root() const { return root_; }
  /// \return Whether the file is a `.pyi` stub.
  [[nodiscard]] bool is_stub() const { return is_stub_; }
  /// \return Byte offset where the code starts: 3 after a UTF-8 BOM, else 0.
  [[nodiscard]] std::uint32_t code_start() const { return code_start_; }
  /// \return The first construct tree-sitter-python accepts but Python 3 rejects (a
  ///   Python 2 `print`/`exec` statement, a block without a statement), if any.
  [[nodiscard]] const std::optional<SyntaxErrorSite>& lenient_syntax_error() const { return lenient_error_; }
  /// \return The file's place in its package.
  [[nodiscard]] const ModuleLocation& location() const { return location_; }

  /// The range of the multi-line string literal (a concatenation as a whole) that contains
  /// \p offset, for placing suppressions after the closing quotes as ruff does.
  /// \param offset A byte offset into the text.
  /// \return The literal's range, or nullopt when \p offset is not inside a multi-line string.
  [[nodiscard]] std::optional<TextRange> multiline_string_at(std::uint32_t offset) const;

 private:
  friend class ModelBuilder;
  std::string_view text_;
  TSNode root_{};
  bool is_stub_ = false;
  std::uint32_t code_start_ = 0;
  std::optional<SyntaxErrorSite> lenient_error_;
  ModuleLocation location_;
  std::vector<Definition> definitions_;
  std::optional<std::vector<std::string>> dunder_all_;
  /// Joined contents of implicitly concatenated docstrings (a deque keeps views stable).
  std::deque<std::string> joined_contents_;
};

// ---- template implementation ----------------------------------------------------------

template <typename IsPackageDir>
ModuleLocation locate_module(const std::filesystem::path& file, IsPackageDir&& is_package_dir) {
  ModuleLocation location;
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(file, error);
  if (error) absolute = file;
  absolute = absolute.lexically_normal();
  location.is_package = absolute.filename() == "__init__.py";

  // Collect the directories of the unbroken chain of packages above the file.
  std::vector<std::string> packages;
  std::filesystem::path directory = absolute.parent_path();
  while (!directory.empty() && is_package_dir(directory)) {
    packages.push_back(directory.filename().string());
    const std::filesystem::path up = directory.parent_path();
    if (up == directory) break;  // reached the filesystem root
    directory = up;
  }
  const std::string stem = absolute.stem().string();
  if (packages.empty()) {
    location.is_private = is_private_module_name(stem);
    return location;
  }
  location.package_path.assign(packages.rbegin(), packages.rend());
  location.package_path.push_back(stem);
  for (const std::string& component : location.package_path) {
    if (is_private_module_name(component)) location.is_private = true;
  }
  return location;
}

}  // namespace tenet::python
