/// \file
/// tenet's own fingerprint of a finding: stable under edits elsewhere in the file.
#pragma once

#include <string>
#include <string_view>

#include "linters/core/report_model.h"

namespace tenet {

/// The message with runs of white space folded to one space and the ends trimmed,
/// so re-wrapping a message never breaks a baseline.
/// \param message A finding's message.
/// \return The normalised message.
std::string normalise_message(std::string_view message);

/// The fingerprint of one finding: a 128-bit hash (32 hex digits) of rule \p code,
/// \p path, enclosing \p symbol, normalised \p message and \p ordinal (0 for the first
/// of several identical findings in the file) — never of line numbers.
/// \param code    The rule's code.
/// \param path    The file's path as reported.
/// \param symbol  The enclosing symbol, empty at module level.
/// \param message The finding's message (normalised here).
/// \param ordinal Rank among identical findings in the file, from 0.
/// \return 32 lowercase hex digits.
std::string finding_fingerprint(std::string_view code, std::string_view path, std::string_view symbol,
                                std::string_view message, unsigned ordinal);

/// Sets `Finding::fingerprint` on every finding of \p file: a 128-bit hash (32 hex
/// digits) of rule code, path, enclosing symbol, normalised message and the finding's
/// ordinal among identical findings of the file — never of line numbers.
/// \param file The findings of one file, updated in place.
void assign_fingerprints(FileReport& file);

}  // namespace tenet
