/// \file
/// The plugin's SARIF output (-fplugin-arg-tenet-sarif=FILE): one translation unit's
/// findings as a SARIF 2.1.0 log of one run, written by tenet's own SARIF writer so that it
/// has the shape of `tenet check --format sarif` and `tenet merge` can combine the files.
#pragma once

#include <span>
#include <string>
#include <vector>

#include <clang/Basic/SourceManager.h>

#include "linters/core/rule.h"

namespace tenet::cpp {

/// One finding the plugin reported (after NOLINT), in a file of the translation unit.
struct SarifFinding {
  const RuleMeta* rule = nullptr;  ///< The reporting rule.
  clang::FileID file;              ///< Its file.
  unsigned begin = 0;              ///< First byte.
  unsigned end = 0;                ///< One past the last byte.
  std::string message;             ///< The message.
  std::string symbol;              ///< The enclosing definition's qualified name, or "".
};

/// Where the SARIF file of a translation unit goes: \p target itself, or, when \p target is
/// a directory (existing, or named with a trailing `/`), a file in it named after the main
/// file and a hash of its path, so that every translation unit of a build writes its own.
/// \param target The value of -fplugin-arg-tenet-sarif.
/// \param main_file The main file's absolute path.
/// \return The path to write the translation unit's SARIF log to.
std::string sarif_path_for(const std::string& target, const std::string& main_file);

/// Writes \p findings as SARIF to \p path (atomically: a temporary file and a rename).
/// \param path The output file.
/// \param sources The translation unit's source manager.
/// \param project_root The project root (absolute): URIs are relative to it.
/// \param rules The rules that ran (listed in `tool.driver.rules`).
/// \param findings The findings.
/// \throws std::runtime_error When the file cannot be written; no partial file is left.
void write_plugin_sarif(const std::string& path, const clang::SourceManager& sources, const std::string& project_root,
                        std::span<const RuleMeta* const> rules, std::vector<SarifFinding> findings);

}  // namespace tenet::cpp
