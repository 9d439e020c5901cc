/// \file
/// What the pydoclint rules (DOC codes) share: the list of docstrings to hold against code
/// (each paired with the function whose signature and body it describes, after the common
/// gates), how they report, and how they compare names and types.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pydoc-checker/docfields/docfields.h"
#include "pydoc-checker/docfields/pydoclint_options.h"
#include "pydoc-checker/function_facts/function_facts.h"
#include "pydoc-checker/python_rule.h"

namespace tenet::python {

/// One docstring to check against one function.
struct DocTarget {
  /// The definition whose docstring is checked: a function, or a class whose docstring
  /// documents its `__init__` parameters.
  const Definition* documented = nullptr;
  /// The function compared with the docstring: `documented` itself, or the class's `__init__`.
  const Definition* function = nullptr;
  const DocumentedFields* fields = nullptr;  ///< What the docstring documents.
  const FunctionFacts* facts = nullptr;      ///< What the function's code says.
  /// `documented` is a class: only its parameters are checked (against `__init__`).
  bool class_docstring = false;
  std::string name;  ///< How messages name the function: `f`, `C.method`, `C.__init__`.
};

/// Every docstring of one file that the DOC rules check, computed once per file. The gates:
/// the docstring is not an implicit concatenation; it documents something (unless
/// `skip-checking-short-docstrings` is off); it is not a one-line docstring when
/// `ignore-one-line-docstrings` is on; the function is not an `@overload`. Class
/// docstrings are included when they document parameters and the class defines `__init__`.
class DocTargets {
 public:
  /// \param context The file's rule context.
  explicit DocTargets(const RuleContext& context);

  /// \return The targets, in source order of the docstrings.
  [[nodiscard]] const std::vector<DocTarget>& all() const { return targets_; }

 private:
  std::vector<DocTarget> targets_;
};

/// \param context The file's rule context.
/// \return The DOC targets of the file (cached per file).
inline const std::vector<DocTarget>& doc_targets(RuleContext& context) {
  return context.facts<DocTargets>().all();
}

/// Reports a finding of \p rule on \p target's docstring (its first line), with the
/// suppression comment after the closing quotes as for every docstring rule.
/// \param context The file's rule context.
/// \param rule The reporting rule.
/// \param target The checked docstring.
/// \param message One sentence ending with a period.
/// \param related Secondary places (the `raise`, the `return`), possibly none.
void report_doc(RuleContext& context, const RuleMeta& rule, const DocTarget& target, std::string message,
                std::vector<RelatedLocation> related = {});

/// \param names Names.
/// \return "`a`", "`a` and `b`", "`a`, `b` and `c`".
std::string quoted_list(const std::vector<std::string>& names);

/// \param names Names, in an order that matters.
/// \return "`a`, `b`, `c`".
std::string quoted_sequence(const std::vector<std::string>& names);

/// Normalises a type for display-free comparison: reST markup (roles, backquotes, `~`)
/// stripped, a trailing `, optional` / `, default ...` (NumPy and Google conventions for
/// defaults) removed, `A or B` read as `A | B`, whitespace removed.
/// \param type A type as written in a docstring or an annotation.
/// \return The normalised form.
std::string normalize_type(std::string_view type);

/// \param type A documented type.
/// \return Whether it reads as a type expression (`dict[str, int]`, `int | None`) rather
///   than prose (`list of str`, `A Python string object`), which no annotation can match.
bool is_type_expression(std::string_view type);

/// Whether a documented type agrees with an annotation: equal after normalize_type(), with
/// `typing` aliases of built-in generics lower-cased (`List` is `list`), forward-reference
/// quotes dropped, and unions compared as sets of alternatives (`Optional[X]`, `Union[X,
/// None]` and `X | None` all agree with `X`: optionality is a matter of defaults).
/// \param documented The docstring's type.
/// \param annotation The annotation.
/// \return True when they agree.
bool types_agree(std::string_view documented, std::string_view annotation);

/// The parameters of \p facts a docstring has to document: the implicit `self`/`cls`
/// left out, and names made only of underscores when `ignore-underscore-args` is on.
/// \param facts A function's facts.
/// \param options The pydoclint options.
/// \return The parameters, in signature order.
std::vector<const Parameter*> documentable_parameters(const FunctionFacts& facts, const PydoclintOptions& options);

/// \param options The pydoclint options.
/// \param type A raised exception's dotted name.
/// \return Whether it needs no documentation (`exempt-exceptions`, by last component).
bool is_exempt_exception(const PydoclintOptions& options, std::string_view type);

/// \param facts A function's facts.
/// \param options The pydoclint options.
/// \return Its raise sites whose type needs documenting, in source order.
std::vector<const RaiseSite*> documentable_raises(const FunctionFacts& facts, const PydoclintOptions& options);

/// The result of matching a docstring's parameters with a signature.
struct ParameterMatch {
  std::vector<std::string> missing;     ///< Signature parameters not documented, in signature order.
  std::vector<std::string> extra;       ///< Documented names that are not parameters, in documented order.
  /// For each documentable parameter in signature order, the index of its first entry in
  /// `fields->parameters`, or -1.
  std::vector<int> documented_at;
};

/// Matches \p target's documented parameters with its function's signature.
/// \param target A DOC target.
/// \param options The pydoclint options.
/// \return The match; empty lists when the docstring has no parameter section.
ParameterMatch match_parameters(const DocTarget& target, const PydoclintOptions& options);

}  // namespace tenet::python
