/// \file
/// tenet's own fingerprint of a finding: stable under edits elsewhere in the file.
#pragma once

#include <string>
#include <string_view>

#include "linters/core/report_model.h"

namespace tenet {

/// The message with runs of white space folded to one space and the ends trimmed,
/// so re-wrapping a message never breaks a baseline.
std::string normalise_message(std::string_view message);

/// The fingerprint of one finding: a 128-bit hash (32 hex digits) of rule \p code,
/// \p path, enclosing \p symbol, normalised \p message and \p ordinal (0 for the first
/// of several identical findings in the file) — never of line numbers.
std::string finding_fingerprint(std::string_view code, std::string_view path, std::string_view symbol,
                                std::string_view message, unsigned ordinal);

/// Sets `Finding::fingerprint` on every finding of \p file: a 128-bit hash (32 hex
/// digits) of rule code, path, enclosing symbol, normalised message and the finding's
/// ordinal among identical findings of the file — never of line numbers.
void assign_fingerprints(FileReport& file);

}  // namespace tenet
