#include "linters/core/source_file.h"

#include <algorithm>
#include <array>

namespace tenet {
namespace {

/// Every byte that is not a UTF-8 continuation byte starts a code point.
std::uint32_t count_code_point_starts(std::string_view bytes) {
  std::uint32_t count = 0;
  for (const char c : bytes) count += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1U : 0U;
  return count;
}

}  // namespace

LineTable::LineTable(std::string_view text) : text_(text) {
  starts_.push_back(0);
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size; ++i) {
    const char c = text[i];
    if (c == '\n') {
      starts_.push_back(static_cast<std::uint32_t>(i + 1));
    } else if (c == '\r') {
      if (i + 1 < size && text[i + 1] == '\n') ++i;
      starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
  code_points_at_stride_.reserve(size / kCodePointStride + 1);
  std::uint32_t code_points = 0;
  for (std::size_t block = 0; block <= size; block += kCodePointStride) {
    code_points_at_stride_.push_back(code_points);
    code_points += count_code_point_starts(text.substr(block, kCodePointStride));
  }
}

std::uint32_t LineTable::code_points_before(std::uint32_t offset) const {
  const std::uint32_t block = offset / kCodePointStride;
  const std::uint32_t block_start = block * kCodePointStride;
  return code_points_at_stride_[block] + count_code_point_starts(text_.substr(block_start, offset - block_start));
}

std::uint32_t LineTable::line_of(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<std::uint32_t>(it - starts_.begin());
}

Position LineTable::position_of(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  const std::uint32_t line = line_of(offset);
  std::uint32_t from = starts_[line - 1];
  // A UTF-8 byte-order mark is not part of the first line's text.
  if (line == 1 && text_.starts_with("\xEF\xBB\xBF") && offset >= 3) from = 3;
  const std::uint32_t column = code_points_before(offset) - code_points_before(from) + 1;
  return {line, column, offset - from + 1};
}

std::uint32_t LineTable::line_start(std::uint32_t line) const {
  if (line == 0) return 0;
  if (line > starts_.size()) return static_cast<std::uint32_t>(text_.size());
  return starts_[line - 1];
}

std::string_view LineTable::line_text(std::uint32_t line) const {
  if (line == 0 || line > starts_.size()) return {};
  std::size_t begin = starts_[line - 1];
  std::size_t end = line < starts_.size() ? starts_[line] : text_.size();
  std::string_view text = text_.substr(begin, end - begin);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

FileKind classify_file(std::string_view path, std::string_view first_line) {
  const std::size_t slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) {
    const bool python_shebang = first_line.starts_with("#!") && first_line.find("python") != std::string_view::npos;
    return python_shebang ? FileKind::python : FileKind::unknown;
  }
  const std::string_view ext = name.substr(dot + 1);
  if (ext == "py") return FileKind::python;
  if (ext == "pyi") return FileKind::python_stub;
  static constexpr std::array<std::string_view, 5> kSources{"cpp", "cc", "cxx", "c++", "C"};
  static constexpr std::array<std::string_view, 7> kHeaders{"h", "hh", "hpp", "hxx", "h++", "inl", "ipp"};
  if (std::find(kSources.begin(), kSources.end(), ext) != kSources.end()) return FileKind::cpp_source;
  if (std::find(kHeaders.begin(), kHeaders.end(), ext) != kHeaders.end()) return FileKind::cpp_header;
  return FileKind::unknown;
}

bool is_valid_utf8_text(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      if (c == 0) return false;
      ++p;
      continue;
    }
    std::size_t extra = 0;
    std::uint32_t code = 0;
    if ((c & 0xE0) == 0xC0) { extra = 1; code = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { extra = 2; code = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { extra = 3; code = c & 0x07; }
    else return false;
    if (static_cast<std::size_t>(end - p) <= extra) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      if ((p[k] & 0xC0) != 0x80) return false;
      code = (code << 6) | (p[k] & 0x3F);
    }
    // Reject overlong forms, surrogates and values past U+10FFFF.
    static constexpr std::uint32_t kMinimum[] = {0, 0x80, 0x800, 0x10000};
    if (code < kMinimum[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    p += extra + 1;
  }
  return true;
}

}  // namespace tenet
