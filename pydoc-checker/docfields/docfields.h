/// \file
/// A docstring's documented fields: the parameters, returns, yields, raised exceptions and
/// attributes it describes, read from reST/Sphinx field lists (PEP 287), Google sections or
/// NumPy sections. The pydoclint rules (DOC codes) hold these against FunctionFacts.
///
/// Google and NumPy entries are read from the sections that `docstring/sections.h` finds;
/// Sphinx fields need no sections. `context.facts<DocFieldsFacts>()` parses each function's
/// and class's docstring once per file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/diagnostic.h"
#include "pydoc-checker/docstring/docstring_text.h"
#include "pydoc-checker/docstring/sections.h"
#include "pydoc-checker/python_model.h"
#include "pydoc-checker/python_rule.h"

namespace tenet::python {

/// Which docstring style to read (pydoclint's `style` setting, plus `auto`).
enum class DocstringStyle : std::uint8_t {
  auto_detect,  ///< Decide per docstring: Sphinx fields, else NumPy, else Google sections.
  sphinx,       ///< `:param x:` field lists only.
  google,       ///< `Args:` sections only.
  numpy,        ///< `Parameters` / `----------` sections only.
};

/// The style a docstring's fields were found in.
enum class FieldStyle : std::uint8_t { none, sphinx, google, numpy };

/// \param style A style.
/// \return Its lower-case name ("none", "sphinx", "google", "numpy").
std::string_view field_style_name(FieldStyle style);

/// A documented parameter (`:param int x:`, `x (int): ...`, `x : int`).
struct DocParameter {
  std::string name;         ///< As documented, stars kept (`*args`), reST escapes removed.
  std::string type;         ///< The documented type, trimmed; empty when none is given.
  TextRange range;          ///< The name in the file.
  TextRange description;    ///< The description in the file (possibly empty).
};

/// A documented return value or yielded value.
struct DocValue {
  std::string name;       ///< NumPy `name : type` entries only; usually empty.
  std::string type;       ///< The documented type; empty when none is given.
  TextRange range;        ///< The entry (or field) in the file.
  TextRange description;  ///< The description in the file (possibly empty).
};

/// A documented exception (`:raises ValueError:`, `ValueError: ...`).
struct DocRaise {
  std::string type;       ///< The exception's dotted name; empty for a `:raises:` without one.
  TextRange range;        ///< The name in the file.
  TextRange description;  ///< The description in the file (possibly empty).
  /// Picked out of prose (`Raises ValueError when ...`) rather than read from an entry.
  bool from_prose = false;
};

/// A documented attribute (`:ivar x:`, `:cvar x:`, `:var x:`, or an `Attributes` entry).
struct DocAttribute {
  std::string name;          ///< The attribute's name.
  std::string type;          ///< `:vartype x:` or the entry's type; empty when none.
  TextRange range;           ///< The name in the file.
  bool class_variable = false;  ///< `:cvar:`.
};

/// Everything one docstring documents about its definition.
struct DocumentedFields {
  FieldStyle style = FieldStyle::none;  ///< Where the fields came from.
  bool has_parameters = false;  ///< A parameter section or `:param:` field, even an empty one.
  bool has_returns = false;     ///< A Returns section or `:returns:`/`:rtype:` field.
  bool has_yields = false;      ///< A Yields section or `:yields:`/`:ytype:` field.
  bool has_raises = false;      ///< A Raises section or `:raises:` field.
  std::vector<DocParameter> parameters;  ///< In documented order.
  std::vector<DocValue> returns;         ///< In documented order (NumPy may list several).
  std::vector<DocValue> yields;          ///< In documented order.
  std::vector<DocRaise> raises;          ///< In documented order.
  /// Some Raises entry is prose rather than `Name: description`: the exception names in
  /// it were picked out of the words, so the list may be incomplete or include mentions.
  bool raises_free_form = false;
  std::vector<DocAttribute> attributes;  ///< In documented order.
  /// The first line of the first parameter section (header or field), for reports that
  /// point inside the docstring; empty when there is none.
  TextRange parameters_at;

  /// \return Whether the docstring documents anything a DOC rule checks (parameters,
  ///   returns, yields or raises); docstrings that do not are "short" in pydoclint's sense.
  [[nodiscard]] bool is_structured() const { return has_parameters || has_returns || has_yields || has_raises; }
};

/// \param text A type as written in a docstring, markup already removed.
/// \return Whether it reads like a type expression (`int`, `dict[str, int]`, `int | None`,
///   `~pkg.Type`) rather than prose.
bool looks_like_type_expression(std::string_view text);

/// Reads the reST field lists of \p text (`:param x:`, `:type x:`, `:returns:`, `:rtype:`,
/// `:raises E:`, `:yields:`, `:ytype:`, `:ivar:`, `:cvar:`, `:var:`, `:vartype:`, and
/// their synonyms `:parameter:`, `:arg:`, `:argument:`, `:key:`, `:keyword:`, `:return:`,
/// `:raise:`, `:except:`, `:exception:`, `:yield:`).
/// \param text A split docstring.
/// \return The fields; `style` is sphinx when any field was found.
DocumentedFields parse_sphinx_fields(const DocstringText& text);

/// Reads the entries of Google or NumPy \p sections (Args/Parameters, Keyword Args, Other
/// Parameters, Returns, Yields, Raises, Attributes).
/// \param text A split docstring.
/// \param sections Its sections, as parse_sections() found them.
/// \return The fields; `style` is google or numpy when a section was read.
DocumentedFields parse_section_fields(const DocstringText& text, const DocstringSections& sections);

/// Reads \p text's fields in \p style. In auto mode: Sphinx fields if there are any, else
/// NumPy sections when a NumPy parameter section (or more NumPy than Google sections) is
/// found, else Google sections.
/// \param text A split docstring.
/// \param style The configured style.
/// \param auto_sections The sections as parse_sections_for_convention(text, "") finds them,
///   when the caller already has them (auto mode only); null to compute.
/// \return The fields.
DocumentedFields parse_documented_fields(const DocstringText& text, DocstringStyle style,
                                         const DocstringSections* auto_sections = nullptr);

/// The documented fields of every function and class docstring of one file.
class DocFieldsFacts {
 public:
  /// Parses the docstrings of \p context's module in the configured style.
  /// \param context The rule context.
  explicit DocFieldsFacts(const RuleContext& context);

  /// \param definition A definition of the module.
  /// \return Its documented fields, or null when it has no docstring, the docstring is an
  ///   implicit concatenation, or it is a module.
  [[nodiscard]] const DocumentedFields* find(const Definition& definition) const;
  /// \param definition A definition of the module.
  /// \return Its split docstring, or null (as for find()).
  [[nodiscard]] const DocstringText* text(const Definition& definition) const;

 private:
  struct Entry {
    const DocstringText* text = nullptr;
    DocumentedFields fields;
  };
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> index_;  ///< Definition index -> entries_ index or UINT32_MAX.
  const Definition* first_ = nullptr;
};

}  // namespace tenet::python
