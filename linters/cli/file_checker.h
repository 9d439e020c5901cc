/// \file
/// Checks one file from bytes to resolved findings; one instance per worker thread.
#pragma once

#include <filesystem>
#include <memory>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/discovery.h"
#include "linters/core/registry.h"
#include "linters/core/report_model.h"
#include "linters/core/selection.h"
#include "linters/core/settings.h"
#include "linters/core/suppression.h"
#include "pydoc-checker/python_checker.h"

namespace tenet::cli {

/// Which fixes `--fix` applies.
enum class FixMode : std::uint8_t {
  none,    ///< Report only.
  safe,    ///< `--fix`: fixes marked safe.
  unsafe,  ///< `--fix --unsafe-fixes`: every fix.
};

/// What the pipeline needs to know beyond the file itself.
struct FileCheckOptions {
  bool compute_line_hashes = false;  ///< Needed only for SARIF.
  /// tenet's fingerprints: needed only by SARIF (GitLab computes its own when absent);
  /// 32 hex digits a finding are most of a large run's memory.
  bool compute_fingerprints = false;
  FixMode fix = FixMode::none;       ///< Whether to fix, and how boldly.
  bool fix_diff_only = false;        ///< `--diff`: compute the fixes, write nothing.
  /// Refuses a round of fixes that changes the code rather than its documentation and
  /// layout (\p before and \p after are whole files); null accepts every round.
  bool (*preserves_code)(std::string_view before, std::string_view after) = nullptr;
};

/// Reads, parses and checks files; owns per-thread front-end state.
class FileChecker {
 public:
  /// \param registry every known rule
  /// \param options  pipeline options shared by every file
  FileChecker(const RuleRegistry& registry, FileCheckOptions options);

  /// Checks \p file under \p settings and returns its findings, already filtered by
  /// the rule selection and marked for suppressions. \p display_path is the path used
  /// in output. \p engine_output, when given, holds what an out-of-process engine (the
  /// C++ driver) found; otherwise the file's front end runs here. Never throws:
  /// unreadable or undecodable files yield TNT003.
  /// \param file          The file to check.
  /// \param display_path  Its path as output shows it.
  /// \param inside_root   Whether the file lies inside the project root.
  /// \param settings      The effective settings for the file; they must outlive the checker,
  ///                      which keeps the selection they give by their address.
  /// \param engine_output What the C++ driver found for the file, or null.
  /// \param rules         The file's rule selection when the caller computed it already
  ///                      (rules_for_file(), for C++ files before the engine runs); null
  ///                      to compute it here.
  /// \return The file's findings (and the number of fixes applied).
  FileReport check(const DiscoveredFile& file, const std::string& display_path, bool inside_root,
                   const Settings& settings, FileOutput* engine_output = nullptr,
                   const RuleSelection* rules = nullptr);

 private:
  /// Runs the front end (or takes \p engine_output) and applies suppressions.
  std::vector<CheckedDiagnostic> analyse(const DiscoveredFile& file, std::string_view display_path,
                                         std::string_view text, const LineTable& lines, const Settings& settings,
                                         const RuleSelection& rules, FileOutput* engine_output);
  /// Applies fixes to \p text in rounds, re-analysing after each; updates \p lines and
  /// \p checked to the fixed text. \return how many fixes went in.
  std::size_t fix_text(const DiscoveredFile& file, std::string_view display_path, std::string& text, LineTable& lines,
                       const Settings& settings, const RuleSelection& rules, std::vector<CheckedDiagnostic>& checked);

  /// The file's selection, from the selection of its settings (computed once per settings
  /// object: most files share one) and its per-file-ignores.
  RuleSelection selection_for(const DiscoveredFile& file, std::string_view display_path, const Settings& settings);

  const RuleRegistry& registry_;
  FileCheckOptions options_;
  python::PythonChecker python_;
  /// selection_for()'s cache: settings object -> its selection before per-file-ignores.
  std::vector<std::pair<const Settings*, RuleSelection>> selections_by_settings_;
};

/// The rules \p settings enable for \p file, per-file-ignores included: what
/// FileChecker::check() filters with.
/// \param registry     Every known rule.
/// \param file         The file.
/// \param display_path Its path as output shows it (matched when the file lies outside
///                     the settings' project root).
/// \param settings     The effective settings for the file.
/// \return The file's selection.
RuleSelection rules_for_file(const RuleRegistry& registry, const DiscoveredFile& file, std::string_view display_path,
                             const Settings& settings);

/// Reads a file whole without following it into a device or a directory, checking its
/// size against \p max_size before reading and while reading.
/// \param path     The file.
/// \param max_size The `max-file-size` limit, in bytes.
/// \param contents Receives the bytes.
/// \return Why the file could not be read, or nothing.
std::optional<std::string> read_source_file(const std::filesystem::path& path, std::int64_t max_size,
                                            std::string& contents);

/// A report holding one TNT003 finding at 1:1 for \p display_path with \p message.
/// \param display_path The file's path as output shows it.
/// \param inside_root  Whether the file lies inside the project root.
/// \param message      Why the file could not be checked.
/// \return The report.
FileReport unreadable_file_report(const std::string& display_path, bool inside_root, std::string message);

}  // namespace tenet::cli
