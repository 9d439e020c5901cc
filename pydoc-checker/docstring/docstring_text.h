/// \file
/// A docstring's text split into lines once, with file offsets and indentation, shared by
/// the pydocstyle (D2xx–D4xx) and pydoclint (DOC) rules through `RuleContext::facts`.
///
/// Everything is a `std::string_view` into the file's text: nothing is copied and nothing
/// here allocates per character. Implicitly concatenated docstrings (`"a" "b"`) are never
/// parsed (their joined text has no single place in the file, and ruff skips them for
/// every content rule): DocstringFacts has no entry for them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "linters/core/diagnostic.h"
#include "pydoc-checker/python_model.h"

namespace tenet::python {

/// \param text UTF-8 text.
/// \return Byte length of the Unicode White_Space character that starts \p text, or 0.
std::size_t whitespace_prefix_length(std::string_view text);
/// \param text UTF-8 text.
/// \return Byte length of the Unicode White_Space character that ends \p text, or 0.
std::size_t whitespace_suffix_length(std::string_view text);
/// \param text UTF-8 text.
/// \return \p text without leading and trailing Unicode white space (Rust's `str::trim`).
std::string_view trim(std::string_view text);
/// \param text UTF-8 text.
/// \return \p text without leading Unicode white space.
std::string_view trim_start(std::string_view text);
/// \param text UTF-8 text.
/// \return \p text without trailing Unicode white space.
std::string_view trim_end(std::string_view text);
/// \param text UTF-8 text.
/// \return The leading Unicode white space of \p text.
std::string_view leading_space(std::string_view text);
/// \param text UTF-8 text.
/// \return Number of code points in \p text.
std::size_t char_count(std::string_view text);

/// One physical line of a docstring's content (the text between the quotes).
///
/// Line 0 starts right after the opening quotes; the last line ends right before the
/// closing quotes. `\n`, `\r\n` and `\r` end a line.
struct DocLine {
  std::string_view text;     ///< The line without its terminator, leading whitespace included.
  std::uint32_t offset = 0;  ///< File byte offset of `text`'s first byte.
  /// File byte offset just past the line terminator; equal to end() on the last line,
  /// which has none.
  std::uint32_t full_end = 0;
  /// Bytes of leading white space (Unicode White_Space, as ruff's `leading_space`); line
  /// 0's indent counts the white space right after the opening quotes.
  std::uint32_t indent = 0;

  /// \return File offset one past the last byte of `text` (before the terminator).
  [[nodiscard]] std::uint32_t end() const { return offset + static_cast<std::uint32_t>(text.size()); }
  /// \return The leading whitespace.
  [[nodiscard]] std::string_view indentation() const { return text.substr(0, indent); }
  /// \return The text after the leading whitespace.
  [[nodiscard]] std::string_view after_indent() const { return text.substr(indent); }
  /// \return The text with leading and trailing whitespace removed.
  [[nodiscard]] std::string_view trimmed() const;
  /// \return Number of characters (code points) of the leading white space.
  [[nodiscard]] std::uint32_t indent_chars() const;
  /// \return Whether the line is empty or only whitespace.
  [[nodiscard]] bool is_blank() const { return trimmed().empty(); }
  /// \return The range of `text` in the file.
  [[nodiscard]] TextRange range() const { return {offset, end()}; }
};

/// The lines of one docstring plus the few derived facts most rules ask for.
class DocstringText {
 public:
  /// Splits \p docstring's content into lines. \p docstring must not be an implicit
  /// concatenation (its content must be a view into the file text).
  /// \param docstring The docstring.
  /// \param file_text The whole file (to read the indentation of the docstring's line).
  /// \return The split text.
  static DocstringText parse(const Docstring& docstring, std::string_view file_text);

  /// \return The docstring this text belongs to.
  [[nodiscard]] const Docstring& docstring() const { return *docstring_; }
  /// \return Every line of the content, at least one.
  [[nodiscard]] std::span<const DocLine> lines() const { return lines_; }
  /// \return The content between the quotes.
  [[nodiscard]] std::string_view content() const { return docstring_->content; }
  /// \return The source text from the start of the literal's line to the literal (its
  ///   prefix included): the "docstring indentation" the indentation rules compare
  ///   against, as ruff computes it. It holds code, not only whitespace, when the literal
  ///   shares its line with the `def` or `class` (see indentation_is_whitespace()).
  [[nodiscard]] std::string_view indentation() const { return indentation_; }
  /// \return Whether indentation() is only whitespace (the literal starts its line).
  [[nodiscard]] bool indentation_is_whitespace() const;
  /// \return Index of the first non-blank line (the summary), or nullopt when the
  ///   docstring is blank.
  [[nodiscard]] std::optional<std::uint32_t> summary_line() const { return summary_line_; }
  /// \return The summary line's trimmed text (empty for a blank docstring).
  [[nodiscard]] std::string_view summary() const;
  /// \return Index of the last line of the summary paragraph: the summary line and the
  ///   non-blank lines directly after it (nullopt for a blank docstring).
  [[nodiscard]] std::optional<std::uint32_t> summary_end_line() const { return summary_end_line_; }
  /// \return Whether at most one line holds text (blank lines do not count).
  [[nodiscard]] bool is_one_line() const { return non_blank_lines_ <= 1; }
  /// \return Number of lines that are not blank.
  [[nodiscard]] std::uint32_t non_blank_lines() const { return non_blank_lines_; }

 private:
  const Docstring* docstring_ = nullptr;
  std::vector<DocLine> lines_;
  std::string_view indentation_;
  std::optional<std::uint32_t> summary_line_;
  std::optional<std::uint32_t> summary_end_line_;
  std::uint32_t non_blank_lines_ = 0;
};

}  // namespace tenet::python
