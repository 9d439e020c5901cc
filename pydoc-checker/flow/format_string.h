/// \file
/// Summaries of printf-style (`%s`) and `str.format`-style (`{}`) format strings, enough to
/// count the arguments a logging message expects.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace tenet::python::flow {

/// What a printf-style format string asks for.
struct PercentFormat {
  std::size_t positional = 0;  ///< Conversions without a mapping key (`%s`, `%d`, ...).
  std::size_t keyword = 0;     ///< Conversions with a mapping key (`%(name)s`).
  bool starred = false;        ///< A `*` width or precision takes an extra argument.
};

/// Parses \p format as Python's `%` operator does.
/// \param format The format string's value.
/// \return The summary, or nullopt when the string is not a valid format (a lone `%` at
///   the end, an unknown conversion character, an unclosed mapping key).
std::optional<PercentFormat> parse_percent_format(std::string_view format);

/// What a `str.format` format string asks for.
struct BraceFormat {
  std::size_t automatic = 0;  ///< `{}` fields.
  std::size_t numbered = 0;   ///< `{0}` fields (highest index + 1).
  std::size_t named = 0;      ///< `{name}` fields.
};

/// Parses \p format as `str.format` does (`{{` and `}}` are literal braces).
/// \param format The format string's value.
/// \return The summary, or nullopt when the braces do not balance.
std::optional<BraceFormat> parse_brace_format(std::string_view format);

}  // namespace tenet::python::flow
