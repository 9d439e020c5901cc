/// \file
/// Applying fixes to a file's text, and showing what they change.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/diagnostic.h"

namespace tenet {

/// The text after applying fixes, and how many fixes went in.
struct FixOutcome {
  std::string text;         ///< The fixed text.
  std::size_t applied = 0;  ///< Fixes whose edits were all applied.
};

/// Applies \p fixes to \p text. A fix is all or nothing: one whose edits overlap an
/// edit already taken (or each other) is left for the next round, as ruff does.
/// Fixes are taken in the order of their first edit.
/// \param text  The file's text.
/// \param fixes The fixes to try, with offsets into \p text.
/// \return The fixed text and how many fixes were applied.
FixOutcome apply_fixes(std::string_view text, const std::vector<const Fix*>& fixes);

/// A unified diff (`---`/`+++` headers naming \p path, three lines of context) from
/// \p before to \p after; empty when they are equal.
/// \param before The original text.
/// \param after  The fixed text.
/// \param path   The file's path, for the headers.
/// \return The diff.
std::string unified_diff(std::string_view before, std::string_view after, std::string_view path);

}  // namespace tenet
