/// \file
/// JSON Lines records of the tenet-cpp protocol.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace tenet::cpp {

struct TriggerPlace;

/// \p text as a JSON string literal (quotes included); invalid UTF-8 becomes U+FFFD.
/// \param text Any bytes.
/// \return The literal, with quotes, backslashes and control characters escaped.
std::string json_string(std::string_view text);

/// The `triggers` member of a diagnostic record: the places, in any file, whose change
/// makes the finding new under `--diff-base`, as
/// `,"triggers":[{"file":ABS,"first_line":N,"last_line":M},...]`.
/// \param places The finding's trigger places.
/// \return The member with its leading comma, or "" when \p places is empty (a record
///   without it means no trigger beyond the finding's own range).
std::string json_triggers(std::span<const TriggerPlace> places);

}  // namespace tenet::cpp
