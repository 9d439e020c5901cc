#include "linters/report/escape.h"

#include <cstddef>

namespace tenet::report {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

/// Length of the well-formed UTF-8 sequence at \p i, or 0 when the bytes there are
/// ill-formed; \p bad_length then receives how many bytes one U+FFFD stands for (the
/// maximal subpart of a well-formed sequence, at least one byte).
std::size_t sequence_length(std::string_view text, std::size_t i, std::size_t& bad_length) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  bad_length = 1;
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80;   // allowed range of the second byte (Unicode table 3-7)
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
  if (length == 0) return 0;
  std::size_t taken = 1;
  for (; taken < length && i + taken < text.size(); ++taken) {
    const unsigned char next = byte(i + taken);
    if (next < (taken == 1 ? low : 0x80) || next > (taken == 1 ? high : 0xBF)) break;
  }
  if (taken == length) return length;
  bad_length = taken;
  return 0;
}

/// Calls \p visit(code_point, bytes) for each character of \p text; ill-formed parts
/// arrive as U+FFFD with its UTF-8 encoding as bytes.
template <typename Visit>
void for_each_character(std::string_view text, Visit&& visit) {
  static constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t bad_length = 0;
    const std::size_t length = sequence_length(text, i, bad_length);
    if (length == 0) {
      visit(kReplacement, kReplacementUtf8);
      i += bad_length;
      continue;
    }
    const std::string_view bytes = text.substr(i, length);
    char32_t code_point = length == 1 ? static_cast<unsigned char>(bytes[0])
                                      : static_cast<unsigned char>(bytes[0]) & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
      code_point = (code_point << 6) | (static_cast<unsigned char>(bytes[k]) & 0x3F);
    }
    visit(code_point, bytes);
    i += length;
  }
}

/// Appends \p text with `%`, CR and LF percent-encoded, plus \p extra characters.
void append_github_escaped(std::string& out, std::string_view text, std::string_view extra) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (const char c : text) {
    if (c == '%' || c == '\r' || c == '\n' || extra.find(c) != std::string_view::npos) {
      out += '%';
      out += kHex[static_cast<unsigned char>(c) >> 4];
      out += kHex[static_cast<unsigned char>(c) & 0xF];
    } else {
      out += c;
    }
  }
}

}  // namespace

std::string repair_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_character(text, [&](char32_t, std::string_view bytes) { out += bytes; });
  return out;
}

std::string xml_escape(std::string_view text, XmlContext context) {
  const bool attribute = context == XmlContext::attribute;
  std::string out;
  out.reserve(text.size());
  for_each_character(text, [&](char32_t c, std::string_view bytes) {
    switch (c) {
      case '&': out += "&amp;"; return;
      case '<': out += "&lt;"; return;
      case '>': out += "&gt;"; return;
      case '"': out += attribute ? "&quot;" : "\""; return;
      case '\'': out += attribute ? "&apos;" : "'"; return;
      // Attribute-value normalisation would turn raw whitespace into spaces.
      case '\t': out += attribute ? "&#9;" : "\t"; return;
      case '\n': out += attribute ? "&#10;" : "\n"; return;
      case '\r': out += "&#13;"; return;  // raw CR would be normalised to LF even in content
      default: break;
    }
    // XML 1.0 forbids the other C0 controls and U+FFFE/U+FFFF, even as references.
    const bool forbidden = c < 0x20 || c == 0xFFFE || c == 0xFFFF;
    out += forbidden ? std::string_view("\xEF\xBF\xBD") : bytes;
  });
  return out;
}

std::string percent_encode_path(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(path.size());
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

std::string github_escape_data(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_github_escaped(out, text, {});
  return out;
}

std::string github_escape_property(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_github_escaped(out, text, ":,");
  return out;
}

}  // namespace tenet::report
