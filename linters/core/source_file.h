/// \file
/// A file's bytes and the line table that turns byte offsets into positions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tenet {

/// A 1-based line and a 1-based column counted in Unicode code points.
struct Position {
  std::uint32_t line = 1;    ///< 1-based line number.
  std::uint32_t column = 1;  ///< 1-based column, in code points (SARIF `unicodeCodePoints`).
  std::uint32_t byte_column = 1;  ///< 1-based column in UTF-8 bytes (reviewdog's rdjson).
};

/// Offsets of line starts in a text; computed once per file.
///
/// Columns are counted in code points. So that a file with many findings on one very long
/// line stays linear, the table also keeps, every kCodePointStride bytes, how many code
/// points start before that byte; a column then costs at most two short scans.
class LineTable {
 public:
  /// Indexes \p text, which must outlive the table. Lines end at `\n`, `\r\n` or `\r`.
  /// \param text The file's contents.
  explicit LineTable(std::string_view text);

  /// The position of byte \p offset (clamped to the text's size).
  /// \param offset A byte offset into the text.
  /// \return Its 1-based line, code-point column and byte column.
  [[nodiscard]] Position position_of(std::uint32_t offset) const;
  /// The 1-based line holding byte \p offset.
  /// \param offset A byte offset into the text.
  /// \return The line number, 1-based.
  [[nodiscard]] std::uint32_t line_of(std::uint32_t offset) const;
  /// Byte offset at which 1-based \p line starts.
  /// \param line A line number, 1-based.
  /// \return The offset of the line's first byte.
  [[nodiscard]] std::uint32_t line_start(std::uint32_t line) const;
  /// The text of 1-based \p line without its terminator.
  /// \param line A line number, 1-based.
  /// \return A view into the indexed text.
  [[nodiscard]] std::string_view line_text(std::uint32_t line) const;
  /// How many lines the text has (an empty text has one).
  /// \return The number of lines.
  [[nodiscard]] std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }

 private:
  /// Bytes between two code-point checkpoints.
  static constexpr std::uint32_t kCodePointStride = 256;
  /// How many code points start before byte \p offset.
  [[nodiscard]] std::uint32_t code_points_before(std::uint32_t offset) const;

  std::string_view text_;
  std::vector<std::uint32_t> starts_;
  std::vector<std::uint32_t> code_points_at_stride_;  ///< Entry k: code points before byte k * kCodePointStride.
};

/// The language of a file, judged from its name (and shebang for extensionless files).
enum class FileKind : std::uint8_t { unknown, python, python_stub, cpp_source, cpp_header };

/// Classifies \p path by extension; \p first_line is consulted for a `#!...python` shebang.
/// \param path       The file's path or name.
/// \param first_line The file's first line, for extensionless files.
/// \return The kind, `unknown` for files tenet does not check.
FileKind classify_file(std::string_view path, std::string_view first_line = {});

/// True when \p bytes is well-formed UTF-8 without NUL bytes.
/// \param bytes The file's contents.
/// \return Whether the contents are text tenet can check.
bool is_valid_utf8_text(std::string_view bytes);

}  // namespace tenet
