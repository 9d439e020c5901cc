#include "linters/report/markdown.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace tenet::report {
namespace {

/// The lines of \p text without their terminators (LF or CRLF).
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (newline == std::string_view::npos) break;
    text.remove_prefix(newline + 1);
  }
  return lines;
}

/// \p line without up to three leading spaces (Markdown's block indentation allowance).
std::string_view strip_block_indent(std::string_view line) {
  std::size_t spaces = 0;
  while (spaces < 3 && spaces < line.size() && line[spaces] == ' ') ++spaces;
  return line.substr(spaces);
}

/// The fence marker (``` or ~~~, possibly longer) that \p line opens or closes, if any.
std::optional<std::string_view> fence_marker(std::string_view line) {
  const std::string_view rest = strip_block_indent(line);
  if (rest.size() < 3 || (rest[0] != '`' && rest[0] != '~')) return std::nullopt;
  std::size_t length = 0;
  while (length < rest.size() && rest[length] == rest[0]) ++length;
  if (length < 3) return std::nullopt;
  return rest.substr(0, length);
}

/// The heading text when \p line is an ATX heading (`# Title`), else nothing.
std::optional<std::string_view> heading_text(std::string_view line) {
  std::string_view rest = strip_block_indent(line);
  std::size_t level = 0;
  while (level < rest.size() && rest[level] == '#') ++level;
  if (level == 0 || level > 6 || (level < rest.size() && rest[level] != ' ' && rest[level] != '\t')) {
    return std::nullopt;
  }
  rest.remove_prefix(level);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
  // An optional closing sequence of #s, separated by a space, is not part of the text.
  std::size_t end = rest.size();
  while (end > 0 && rest[end - 1] == '#') --end;
  if (end == 0) return rest.substr(0, 0);
  if (end < rest.size() && (rest[end - 1] == ' ' || rest[end - 1] == '\t')) {
    rest = rest.substr(0, end);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
  }
  return rest;
}

/// \p line without block-quote markers (`> `).
std::string_view strip_quote(std::string_view line) {
  for (;;) {
    const std::string_view rest = strip_block_indent(line);
    if (rest.empty() || rest[0] != '>') return line;
    line = rest.substr(1);
    if (!line.empty() && line[0] == ' ') line.remove_prefix(1);
  }
}

bool is_ascii_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

/// Parses `[text](url)` (or `![text](url)` from \p open) in \p line; on success sets
/// \p text, \p url and \p end (one past the closing parenthesis).
bool parse_link(std::string_view line, std::size_t open, std::string_view& text, std::string_view& url,
                std::size_t& end) {
  const std::size_t text_begin = open + 1;
  const std::size_t close = line.find(']', text_begin);
  if (close == std::string_view::npos || close + 1 >= line.size() || line[close + 1] != '(') return false;
  const std::size_t url_end = line.find(')', close + 2);
  if (url_end == std::string_view::npos) return false;
  text = line.substr(text_begin, close - text_begin);
  url = line.substr(close + 2, url_end - close - 2);
  end = url_end + 1;
  return true;
}

/// Appends the plain text of one line of inline Markdown to \p out.
void append_inline(std::string& out, std::string_view line) {
  std::size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    if (c == '\\' && i + 1 < line.size() && is_ascii_punctuation(line[i + 1])) {
      out += line[i + 1];
      i += 2;
    } else if (c == '`') {
      // A code span closes with a backtick run of the same length; its text is literal.
      std::size_t run = 0;
      while (i + run < line.size() && line[i + run] == '`') ++run;
      const std::string_view ticks = line.substr(i, run);
      std::size_t close = line.find(ticks, i + run);
      while (close != std::string_view::npos && close + run < line.size() && line[close + run] == '`') {
        close = line.find(ticks, close + run + 1);
      }
      if (close == std::string_view::npos) {
        out += ticks;
        i += run;
        continue;
      }
      std::string_view code = line.substr(i + run, close - i - run);
      if (code.size() >= 2 && code.front() == ' ' && code.back() == ' ') code = code.substr(1, code.size() - 2);
      out += code;
      i = close + run;
    } else if (c == '*' && i + 1 < line.size() && line[i + 1] == '*') {
      i += 2;  // bold markers carry no meaning in plain text
    } else if (c == '[' || (c == '!' && i + 1 < line.size() && line[i + 1] == '[')) {
      const bool image = c == '!';
      std::string_view text;
      std::string_view url;
      std::size_t end = 0;
      if (!parse_link(line, image ? i + 1 : i, text, url, end)) {
        out += c;
        ++i;
        continue;
      }
      append_inline(out, text);
      if (!image && !url.empty() && url != text) {
        out += " (";
        out += url;
        out += ')';
      }
      i = end;
    } else {
      out += c;
      ++i;
    }
  }
}

}  // namespace

std::string markdown_to_plain_text(std::string_view markdown) {
  std::string out;
  std::optional<std::string_view> open_fence;
  bool previous_blank = true;  // so leading blank lines are dropped
  for (const std::string_view line : split_lines(markdown)) {
    if (const auto marker = fence_marker(line)) {
      if (!open_fence) {
        open_fence = marker;
        continue;
      }
      if (marker->front() == open_fence->front() && marker->size() >= open_fence->size()) {
        open_fence.reset();
        continue;
      }
    }
    if (open_fence) {
      out += line;
      out += '\n';
      previous_blank = false;
      continue;
    }
    const std::string_view content = strip_quote(line);
    const bool blank = content.find_first_not_of(" \t") == std::string_view::npos;
    if (blank) {
      if (!previous_blank) out += '\n';
      previous_blank = true;
      continue;
    }
    append_inline(out, heading_text(content).value_or(content));
    out += '\n';
    previous_blank = false;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::string first_paragraph(std::string_view markdown) {
  std::string out;
  std::optional<std::string_view> open_fence;
  for (const std::string_view line : split_lines(markdown)) {
    if (const auto marker = fence_marker(line)) {
      if (!out.empty()) break;  // code ends the paragraph
      if (!open_fence) {
        open_fence = marker;
      } else if (marker->front() == open_fence->front() && marker->size() >= open_fence->size()) {
        open_fence.reset();
      }
      continue;
    }
    if (open_fence) continue;
    const std::string_view content = strip_quote(line);
    const bool blank = content.find_first_not_of(" \t") == std::string_view::npos;
    if (blank || heading_text(content)) {
      if (!out.empty()) break;
      continue;
    }
    if (strip_block_indent(content).starts_with("<!--")) continue;  // HTML comments are not prose
    if (!out.empty()) out += ' ';
    const std::size_t text_begin = content.find_first_not_of(" \t");
    append_inline(out, content.substr(text_begin));
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
  return out;
}

}  // namespace tenet::report
