#include "pydoc-checker/flow/format_string.h"

#include <algorithm>
#include <cctype>

namespace tenet::python::flow {

std::optional<PercentFormat> parse_percent_format(std::string_view format) {
  PercentFormat summary;
  std::size_t i = 0;
  const std::size_t n = format.size();
  while (i < n) {
    if (format[i] != '%') {
      ++i;
      continue;
    }
    ++i;
    if (i >= n) return std::nullopt;
    if (format[i] == '%') {
      ++i;
      continue;
    }
    bool keyed = false;
    if (format[i] == '(') {
      // A mapping key: parentheses nest, as in CPython.
      int depth = 1;
      ++i;
      while (i < n && depth > 0) {
        if (format[i] == '(') ++depth;
        if (format[i] == ')') --depth;
        ++i;
      }
      if (depth != 0) return std::nullopt;
      keyed = true;
    }
    while (i < n && std::string_view("#0- +").find(format[i]) != std::string_view::npos) ++i;
    if (i < n && format[i] == '*') {
      summary.starred = true;
      ++i;
    } else {
      while (i < n && std::isdigit(static_cast<unsigned char>(format[i]))) ++i;
    }
    if (i < n && format[i] == '.') {
      ++i;
      if (i < n && format[i] == '*') {
        summary.starred = true;
        ++i;
      } else {
        while (i < n && std::isdigit(static_cast<unsigned char>(format[i]))) ++i;
      }
    }
    while (i < n && std::string_view("hlL").find(format[i]) != std::string_view::npos) ++i;
    if (i >= n) return std::nullopt;
    if (std::string_view("diouxXeEfFgGcrsa%").find(format[i]) == std::string_view::npos) return std::nullopt;
    ++i;
    if (keyed) {
      ++summary.keyword;
    } else {
      ++summary.positional;
    }
  }
  return summary;
}

std::optional<BraceFormat> parse_brace_format(std::string_view format) {
  BraceFormat summary;
  std::size_t i = 0;
  const std::size_t n = format.size();
  while (i < n) {
    const char c = format[i];
    if (c == '}') {
      if (i + 1 < n && format[i + 1] == '}') {
        i += 2;
        continue;
      }
      return std::nullopt;
    }
    if (c != '{') {
      ++i;
      continue;
    }
    if (i + 1 < n && format[i + 1] == '{') {
      i += 2;
      continue;
    }
    // A replacement field: the name runs to `!`, `:` or the closing brace; a format spec
    // may hold nested fields.
    ++i;
    const std::size_t name_begin = i;
    while (i < n && format[i] != '}' && format[i] != '!' && format[i] != ':' && format[i] != '{') ++i;
    const std::string_view name = format.substr(name_begin, i - name_begin);
    int depth = 1;
    while (i < n && depth > 0) {
      if (format[i] == '{') ++depth;
      if (format[i] == '}') --depth;
      ++i;
    }
    if (depth != 0) return std::nullopt;
    const std::string_view head = name.substr(0, name.find_first_of(".["));
    if (head.empty()) {
      ++summary.automatic;
    } else if (std::all_of(head.begin(), head.end(),
                           [](char d) { return std::isdigit(static_cast<unsigned char>(d)) != 0; })) {
      std::size_t index = 0;
      for (char d : head) index = index * 10 + static_cast<std::size_t>(d - '0');
      summary.numbered = std::max(summary.numbered, index + 1);
    } else {
      ++summary.named;
    }
  }
  return summary;
}

}  // namespace tenet::python::flow
