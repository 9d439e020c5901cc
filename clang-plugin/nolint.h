/// \file
/// NOLINT comments: found by lexing a file's raw comments, parsed by the core.
#pragma once

#include <vector>

#include <clang/Basic/LangOptions.h>
#include <clang/Basic/SourceManager.h>

#include "linters/core/rule.h"
#include "linters/core/suppression.h"

namespace tenet::cpp {

/// Every `NOLINT`, `NOLINTNEXTLINE`, `NOLINTBEGIN` and `NOLINTEND` comment in \p file, in
/// order, with byte ranges into the file as on disk.
/// \param sources The translation unit's source manager.
/// \param file The file to scan.
/// \param language The language options to lex with.
/// \return The directives as the core parses them; empty when the file has none (a file
///   whose text never mentions `NOLINT` is not lexed at all).
std::vector<SuppressionDirective> scan_suppressions(const clang::SourceManager& sources, clang::FileID file,
                                                    const clang::LangOptions& language);

/// Whether \p directives (of \p file) suppress \p rule at byte \p offset.
/// \param directives The file's directives, from scan_suppressions().
/// \param sources The source manager.
/// \param file The file.
/// \param offset The finding's first byte.
/// \param rule The finding's rule.
/// \return True when a directive that covers the finding's line names \p rule (by code, by
///   a code prefix ending in `*`, or by name) or names no rule: `NOLINT` on that line,
///   `NOLINTNEXTLINE` on the line before, or a `NOLINTBEGIN` ... `NOLINTEND` region around
///   it (reaching the end of the file when it is never closed).
bool is_suppressed(const std::vector<SuppressionDirective>& directives, const clang::SourceManager& sources,
                   clang::FileID file, unsigned offset, const RuleMeta& rule);

}  // namespace tenet::cpp
