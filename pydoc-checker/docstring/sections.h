/// \file
/// Google- and NumPy-style section headers of a docstring (`Args:`, `Returns`/`-------`),
/// found the way pydocstyle and ruff find them, with the line ranges of their contents.
///
/// Detection, in short (see sections.cpp for the details):
/// - a candidate line's leading words (the trimmed line up to its first character that is
///   neither alphanumeric nor white space) name a known section of the style,
///   case-insensitively;
/// - after the name comes nothing or a single `:`;
/// - the next line is a dashed/equals underline, or else the previous line is blank or
///   ends a sentence (`.`, `,`, `;`, `-`, `\`, `/`, `)`, `]`, `}`);
/// - inside a section, a header indented deeper than that section's header, or one whose
///   spelling is not exactly the canonical one (`returns:` in prose), is not a section;
/// - the first line (the summary) is never a section header.
///
/// The API is stable: the pydoclint rules parse their `Args:`/`Parameters` entries from
/// Section::content_lines().
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "linters/core/diagnostic.h"
#include "pydoc-checker/docstring/docstring_text.h"

namespace tenet::python {

/// Which convention a section header follows.
enum class SectionStyle : std::uint8_t {
  google,  ///< `Args:` — name and colon, entries indented below.
  numpy,   ///< `Parameters` over a line of dashes, entries at the header's indent.
};

/// Every section name either style knows. Several kinds are synonyms (args/arguments).
enum class SectionKind : std::uint8_t {
  args,
  arguments,
  attention,
  attributes,
  caution,
  danger,
  error,
  example,
  examples,
  extended_summary,
  hint,
  important,
  keyword_args,
  keyword_arguments,
  methods,
  note,
  notes,
  other_args,
  other_arguments,
  other_params,
  other_parameters,
  parameters,
  raises,
  receives,
  references,
  return_,
  returns,
  see_also,
  short_summary,
  tip,
  todo,
  warning,
  warnings,
  warns,
  yield,
  yields,
};

/// \param kind A section kind.
/// \return Its canonical spelling, e.g. "Keyword Args", "See Also", "Returns".
std::string_view canonical_name(SectionKind kind);

/// \param name Leading words of a line, e.g. "keyword args" (matched ASCII
///   case-insensitively, spaces exact).
/// \return The kind named, or nullopt.
std::optional<SectionKind> section_kind_from_name(std::string_view name);

/// \param kind A section kind.
/// \param style A style.
/// \return Whether \p style has a section of that name.
bool style_has_section(SectionKind kind, SectionStyle style);

/// \param kind A section kind.
/// \return Whether \p kind documents parameters (Args, Arguments, Parameters, Keyword
///   Args/Arguments, Other Args/Arguments/Params/Parameters).
bool is_parameters_section(SectionKind kind);

/// \param kind A section kind.
/// \return Whether a section of this kind may hold entries whose names look like section
///   names (Args, Parameters, Raises, Returns, See Also, Warns, Yields, ...): inside such a
///   section a deeper-indented or lower-case look-alike is an entry, not a header.
bool has_subsections(SectionKind kind);

/// \param line A line of text.
/// \return Its leading words: the trimmed line up to the first character that is neither
///   alphanumeric nor white space (trailing spaces before that character included).
std::string_view leading_words(std::string_view line);

/// Where a line consisting only of \p dash characters (and surrounding white space) has its
/// dashes.
/// \param line A docstring line.
/// \param dash '-' or '='.
/// \return The range of the dashes in the file, or nullopt when the line is something else.
std::optional<TextRange> find_underline(const DocLine& line, char dash);

/// One section header and the lines it governs.
struct Section {
  SectionKind kind = SectionKind::args;       ///< Which section (canonical identity).
  SectionStyle style = SectionStyle::google;  ///< The style it was parsed as.
  std::string_view name;                      ///< The name as written (`returns`, `Keyword  Args`).
  TextRange name_range;                       ///< Where `name` is in the file.
  /// What follows the name on the header line, trimmed: "" or ":" for a header that
  /// passed detection.
  std::string_view suffix;
  std::uint32_t header_line = 0;  ///< Index into DocstringText::lines().
  std::uint32_t indent = 0;       ///< Bytes of leading whitespace on the header line.
  /// Index of the first line after the header (the underline, when there is one).
  std::uint32_t body_begin = 0;
  /// One past the last line of the section: the next section's header, or lines().size().
  /// For the last section this includes the final (closing-quote) line.
  std::uint32_t body_end = 0;
  /// Index of the dashed (or `=`) underline: the first non-blank line after the header when
  /// it consists only of `-`/`=` (NumPy's underline; in Google style a misplaced one).
  std::optional<std::uint32_t> underline_line;

  /// \return The canonical name, e.g. "Returns".
  [[nodiscard]] std::string_view canonical() const { return canonical_name(kind); }
  /// \return Whether the header ends with a colon.
  [[nodiscard]] bool has_colon() const { return suffix == ":"; }
  /// \param text The docstring the section belongs to.
  /// \return The header line.
  [[nodiscard]] const DocLine& header(const DocstringText& text) const { return text.lines()[header_line]; }
  /// The section's content: the lines after the header and after the underline (if any),
  /// up to the next section; trailing blank lines and, for the docstring's last section,
  /// the closing line when blank, are included (callers skip blank lines).
  /// \param text The docstring the section belongs to.
  /// \return The lines.
  [[nodiscard]] std::span<const DocLine> content_lines(const DocstringText& text) const;
  /// \return Index into DocstringText::lines() of the first content line (after the
  ///   header and the underline, if any).
  [[nodiscard]] std::uint32_t content_begin() const {
    return underline_line ? *underline_line + 1 : body_begin;
  }
};

/// The sections of one docstring, in order, parsed in one style.
struct DocstringSections {
  SectionStyle style = SectionStyle::google;  ///< How the sections were parsed.
  std::vector<Section> sections;              ///< In source order.

  /// \param kind A kind.
  /// \return The first section of that kind, or null.
  [[nodiscard]] const Section* find(SectionKind kind) const;
};

/// Finds the sections of \p text as \p style has them.
/// \param text A split docstring.
/// \param style The style to look for.
/// \return The sections (possibly none).
DocstringSections parse_sections(const DocstringText& text, SectionStyle style);

/// Finds the sections as ruff does for a pydocstyle convention: google and numpy parse in
/// their style; for pep257 or no convention, NumPy when a `Parameters`/`Other Parameters`
/// section is found in NumPy style, else Google when an `Args`/`Arguments`/`Keyword
/// Args`/... section is found in Google style, else whichever style found more sections
/// (NumPy on a tie).
/// \param text A split docstring.
/// \param convention "", "pep257", "google" or "numpy".
/// \return The sections.
DocstringSections parse_sections_for_convention(const DocstringText& text, std::string_view convention);

}  // namespace tenet::python
