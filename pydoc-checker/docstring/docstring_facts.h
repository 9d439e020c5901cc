/// \file
/// The per-file cache of parsed docstrings: `context.facts<DocstringFacts>()` splits every
/// docstring once and finds its sections once, for every rule that asks.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "pydoc-checker/docstring/docstring_text.h"
#include "pydoc-checker/docstring/sections.h"
#include "pydoc-checker/python_model.h"
#include "pydoc-checker/python_rule.h"

namespace tenet::python {

/// One definition's parsed docstring.
struct ParsedDocstring {
  const Definition* definition = nullptr;  ///< The documented definition.
  DocstringText text;                      ///< Lines, summary, indentation.
  /// Sections as the file's pydocstyle convention has them (see parse_sections_for_convention).
  DocstringSections sections;
};

/// Every parsed docstring of one file. Definitions without a docstring and implicitly
/// concatenated docstrings have no entry.
class DocstringFacts {
 public:
  /// Parses the docstrings of \p context's module.
  /// \param context The rule context (model and settings).
  explicit DocstringFacts(const RuleContext& context);

  /// \return Every parsed docstring, in definition order.
  [[nodiscard]] std::span<const ParsedDocstring> all() const { return parsed_; }
  /// \param definition A definition of the module.
  /// \return Its parsed docstring, or null when it has none (or it is a concatenation).
  [[nodiscard]] const ParsedDocstring* find(const Definition& definition) const;
  /// \return The file's line ending, as fixes should write it: the first one in the file
  ///   (`\n` when there is none).
  [[nodiscard]] std::string_view line_ending() const { return line_ending_; }

 private:
  std::vector<ParsedDocstring> parsed_;
  std::vector<std::uint32_t> index_;  ///< Definition index -> parsed_ index or UINT32_MAX.
  const Definition* first_ = nullptr;
  std::string_view line_ending_ = "\n";
};

}  // namespace tenet::python
