/// \file
/// The contract between the core and a language front end: one file in, diagnostics
/// and suppression comments out.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "linters/core/diagnostic.h"
#include "linters/core/selection.h"
#include "linters/core/settings.h"
#include "linters/core/source_file.h"
#include "linters/core/suppression.h"

namespace tenet {

/// What a front end gets for one file.
struct FileInput {
  std::filesystem::path fs_path;   ///< Path on disk (for package/visibility questions).
  std::string_view display_path;   ///< Repo-relative path used in output.
  FileKind kind = FileKind::unknown;  ///< Which front end checks it, and how (e.g. stub).
  std::string_view text;           ///< The file's bytes: valid UTF-8, BOM included if present.
  const LineTable* lines = nullptr;  ///< Line starts of `text`, for positions.
  const Settings* settings = nullptr;  ///< The effective configuration for this file.
  const RuleSelection* rules = nullptr;  ///< Rules enabled for this file.
};

/// What a front end produces for one file.
struct FileOutput {
  std::vector<Diagnostic> diagnostics;                 ///< In any order; the core sorts.
  std::vector<SuppressionDirective> suppressions;      ///< Every suppression comment found.
};

}  // namespace tenet
