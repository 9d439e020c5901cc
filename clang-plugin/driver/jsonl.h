/// \file
/// JSON Lines records of the tenet-cpp protocol.
#pragma once

#include <string>
#include <string_view>

namespace tenet::cpp {

/// \p text as a JSON string literal (quotes included); invalid UTF-8 becomes U+FFFD.
/// \param text Any bytes.
/// \return The literal, with quotes, backslashes and control characters escaped.
std::string json_string(std::string_view text);

}  // namespace tenet::cpp
