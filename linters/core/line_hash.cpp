// GitHub's primaryLocationLineHash.
//
// GitHub code scanning deduplicates alerts across runs with a hash of the text that
// starts at the alert's line. The upload-sarif action computes it whenever a result
// lacks one and warns when a supplied value differs, so tenet must reproduce it exactly:
//
//   * the file is decoded as UTF-8 (ill-formed sequences become U+FFFD) and walked in
//     UTF-16 code units, because the action works on JavaScript string char codes;
//   * spaces and tabs are dropped; CR becomes LF and an LF directly after a CR is
//     dropped, so LF, CRLF and CR endings hash alike;
//   * one end-of-file unit 0xFFFF follows the text, then the window is padded with 0;
//   * a line's hash is the polynomial sum of the 100 kept units from its first kept
//     unit on, base 37, modulo 2^64, printed in lowercase hex without padding;
//   * ":n" numbers repeated hashes in order of appearance within the file.
#include "linters/core/line_hash.h"

#include <array>
#include <charconv>
#include <cstddef>
#include <unordered_map>

namespace tenet {
namespace {

constexpr std::size_t kWindow = 100;
constexpr std::uint64_t kBase = 37;
constexpr char16_t kSpace = 0x20;
constexpr char16_t kTab = 0x09;
constexpr char16_t kLineFeed = 0x0A;
constexpr char16_t kCarriageReturn = 0x0D;
constexpr char16_t kEndOfFile = 0xFFFF;
constexpr char32_t kReplacement = 0xFFFD;

/// kBase^kWindow modulo 2^64: the weight a unit has when it leaves the window.
constexpr std::uint64_t base_to_window() {
  std::uint64_t power = 1;
  for (std::size_t i = 0; i < kWindow; ++i) power *= kBase;  // wraps modulo 2^64 by design
  return power;
}

/// Calls \p emit with every UTF-16 code unit of \p utf8. Ill-formed input is replaced
/// the way WHATWG decoders (Node's and Python's "replace") do it: each maximal prefix of
/// a well-formed sequence, or else a single byte, becomes one U+FFFD.
template <typename Emit>
void for_each_utf16_unit(std::string_view utf8, Emit&& emit) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(utf8[i]); };
  const std::size_t size = utf8.size();
  std::size_t i = 0;
  while (i < size) {
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
      emit(static_cast<char16_t>(lead));
      ++i;
      continue;
    }
    // Length and the allowed range of the second byte, per the Unicode table of
    // well-formed UTF-8 byte sequences (this excludes overlongs and surrogates).
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) low = 0xA0;
      if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) low = 0x90;
      if (lead == 0xF4) high = 0x8F;
    }
    if (length == 0) {  // a stray continuation byte or a byte that never starts a sequence
      emit(static_cast<char16_t>(kReplacement));
      ++i;
      continue;
    }
    char32_t code_point = lead & (0xFF >> (length + 1));
    std::size_t taken = 1;
    for (; taken < length && i + taken < size; ++taken) {
      const unsigned char next = byte(i + taken);
      const unsigned char min = taken == 1 ? low : 0x80;
      const unsigned char max = taken == 1 ? high : 0xBF;
      if (next < min || next > max) break;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    i += taken;
    if (taken < length) {
      emit(static_cast<char16_t>(kReplacement));
    } else if (code_point >= 0x10000) {
      const char32_t offset = code_point - 0x10000;
      emit(static_cast<char16_t>(0xD800 + (offset >> 10)));
      emit(static_cast<char16_t>(0xDC00 + (offset & 0x3FF)));
    } else {
      emit(static_cast<char16_t>(code_point));
    }
  }
}

/// Hashes a stream of UTF-16 units in one pass with a ring buffer of the last kWindow
/// kept units. When the unit that started a line leaves the window, the hash then held
/// covers exactly the kWindow units from that line's start, so it is emitted.
class RollingLineHasher {
 public:
  /// Feeds one unit of the text (or the end-of-file marker).
  void feed(char16_t unit) {
    if (unit == kSpace || unit == kTab || (previous_was_cr_ && unit == kLineFeed)) {
      // Any skipped unit ends a CR's chance to pair with a following LF.
      previous_was_cr_ = false;
      return;
    }
    previous_was_cr_ = unit == kCarriageReturn;
    if (previous_was_cr_) unit = kLineFeed;
    const bool starts_line = at_line_start_;
    at_line_start_ = unit == kLineFeed;
    push(unit, starts_line);
  }

  /// Feeds the end-of-file marker, flushes the window and returns every line's hash.
  std::vector<std::string> finish() && {
    feed(kEndOfFile);
    for (std::size_t i = 0; i < kWindow; ++i) push(0, false);
    return std::move(hashes_);
  }

 private:
  void push(char16_t unit, bool starts_line) {
    // The slot about to be overwritten holds the unit that entered kWindow pushes ago.
    if (line_start_[slot_]) emit_hash();
    hash_ = hash_ * kBase + unit - kBaseToWindow * window_[slot_];
    window_[slot_] = unit;
    line_start_[slot_] = starts_line;
    slot_ = slot_ + 1 == kWindow ? 0 : slot_ + 1;
  }

  void emit_hash() {
    std::array<char, 16> hex{};
    const auto [end, ec] = std::to_chars(hex.data(), hex.data() + hex.size(), hash_, 16);
    (void)ec;  // 16 hex digits always fit a 64-bit value
    std::string text(hex.data(), end);
    const std::uint32_t occurrence = ++occurrences_[hash_];
    text += ':';
    text += std::to_string(occurrence);
    hashes_.push_back(std::move(text));
  }

  static constexpr std::uint64_t kBaseToWindow = base_to_window();

  std::array<std::uint16_t, kWindow> window_{};  // the last kWindow kept units
  std::array<bool, kWindow> line_start_{};       // whether that unit started a line
  std::size_t slot_ = 0;                         // where the next unit goes
  std::uint64_t hash_ = 0;
  bool previous_was_cr_ = false;
  bool at_line_start_ = true;
  std::unordered_map<std::uint64_t, std::uint32_t> occurrences_;
  std::vector<std::string> hashes_;
};

}  // namespace

std::vector<std::string> line_hashes(std::string_view utf8_text) {
  RollingLineHasher hasher;
  for_each_utf16_unit(utf8_text, [&](char16_t unit) { hasher.feed(unit); });
  return std::move(hasher).finish();
}

}  // namespace tenet
