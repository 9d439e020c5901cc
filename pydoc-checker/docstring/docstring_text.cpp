#include "pydoc-checker/docstring/docstring_text.h"

namespace tenet::python {

namespace {

bool is_continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

/// Whether the code point encoded by the UTF-8 sequence \p s (of length \p n) is White_Space.
bool is_white_space_sequence(const unsigned char* s, std::size_t n) {
  if (n == 1) return s[0] == 0x20 || (s[0] >= 0x09 && s[0] <= 0x0D);
  if (n == 2) return s[0] == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0);
  if (n != 3) return false;
  if (s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80) return true;  // U+1680
  if (s[0] == 0xE2 && s[1] == 0x80 && (s[2] <= 0x8A || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF)) {
    return true;  // U+2000-200A, U+2028, U+2029, U+202F
  }
  if (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F) return true;  // U+205F
  return s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80;            // U+3000
}

}  // namespace

std::size_t whitespace_prefix_length(std::string_view text) {
  if (text.empty()) return 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char c = bytes[0];
  std::size_t n = 1;
  if (c >= 0xC0 && c < 0xE0)
    n = 2;
  else if (c >= 0xE0 && c < 0xF0)
    n = 3;
  else if (c >= 0xF0)
    n = 4;
  if (n > text.size()) return 0;
  return is_white_space_sequence(bytes, n) ? n : 0;
}

std::size_t whitespace_suffix_length(std::string_view text) {
  if (text.empty()) return 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t start = text.size() - 1;
  // Walk back over at most three continuation bytes to the lead byte.
  while (start > 0 && text.size() - start < 4 && is_continuation_byte(bytes[start])) --start;
  const std::size_t n = text.size() - start;
  return is_white_space_sequence(bytes + start, n) ? n : 0;
}

std::string_view trim_start(std::string_view text) {
  while (const std::size_t n = whitespace_prefix_length(text)) text.remove_prefix(n);
  return text;
}

std::string_view trim_end(std::string_view text) {
  while (const std::size_t n = whitespace_suffix_length(text)) text.remove_suffix(n);
  return text;
}

std::string_view trim(std::string_view text) { return trim_end(trim_start(text)); }

std::string_view leading_space(std::string_view text) {
  return text.substr(0, text.size() - trim_start(text).size());
}

std::size_t char_count(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += is_continuation_byte(static_cast<unsigned char>(c)) ? 0 : 1;
  return count;
}

std::string_view DocLine::trimmed() const { return trim(text); }

std::uint32_t DocLine::indent_chars() const { return static_cast<std::uint32_t>(char_count(indentation())); }

DocstringText DocstringText::parse(const Docstring& docstring, std::string_view file_text) {
  DocstringText result;
  result.docstring_ = &docstring;

  // The "indentation": from the start of the literal's line to the literal.
  std::uint32_t line_start = docstring.range.begin;
  while (line_start > 0 && file_text[line_start - 1] != '\n' && file_text[line_start - 1] != '\r')
    --line_start;
  result.indentation_ = file_text.substr(line_start, docstring.range.begin - line_start);

  const std::string_view content = docstring.content;
  const std::uint32_t base = docstring.content_range.begin;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = start;
    while (end < content.size() && content[end] != '\n' && content[end] != '\r') ++end;
    DocLine line;
    line.text = content.substr(start, end - start);
    line.offset = base + static_cast<std::uint32_t>(start);
    line.indent = static_cast<std::uint32_t>(leading_space(line.text).size());
    std::size_t next = end;
    if (next < content.size()) {
      next += (content[next] == '\r' && next + 1 < content.size() && content[next + 1] == '\n') ? 2 : 1;
    }
    line.full_end = base + static_cast<std::uint32_t>(next);
    result.lines_.push_back(line);
    if (end >= content.size()) break;
    start = next;
  }

  for (std::uint32_t i = 0; i < result.lines_.size(); ++i) {
    if (result.lines_[i].is_blank()) continue;
    ++result.non_blank_lines_;
    if (!result.summary_line_) result.summary_line_ = i;
  }
  if (result.summary_line_) {
    std::uint32_t end = *result.summary_line_;
    while (end + 1 < result.lines_.size() && !result.lines_[end + 1].is_blank()) ++end;
    result.summary_end_line_ = end;
  }
  return result;
}

std::string_view DocstringText::summary() const {
  return summary_line_ ? lines_[*summary_line_].trimmed() : std::string_view{};
}

bool DocstringText::indentation_is_whitespace() const { return trim(indentation_).empty(); }

}  // namespace tenet::python
