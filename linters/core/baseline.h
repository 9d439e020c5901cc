/// \file
/// Baselines: today's findings recorded so that only new ones fail a run.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <tuple>

#include "linters/core/registry.h"
#include "linters/core/report_model.h"

namespace tenet {

/// A baseline file that cannot be read or is not one tenet wrote.
class BaselineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Recorded findings, matched by rule, path, enclosing symbol and normalised message —
/// never by line — and counted, so a second identical finding in one function is new.
class Baseline {
 public:
  /// Reads a baseline written by to_json().
  /// \param file The baseline file.
  /// \return The recorded entries.
  /// \throws BaselineError Naming the file, when it cannot be read or is not a baseline.
  static Baseline load(const std::filesystem::path& file);

  /// The baseline of every unsuppressed finding of \p run, as pretty-printed JSON.
  /// \param run A finished run.
  /// \return The JSON text to write to a baseline file.
  static std::string to_json(const RunReport& run);

  /// Marks every unsuppressed finding of \p run `unchanged` (matched) or `new_`, and
  /// sets `stale_baseline_entries`. A file moved since the baseline (its recorded path
  /// no longer exists under \p root) still matches by rule, symbol and message. With
  /// \p add_absent (the registry that names the entries' rules), each stale entry is added to \p run as an `absent` finding at the
  /// start of its file (SARIF's way of saying a baselined result went away).
  /// \param run        The run to mark, updated in place.
  /// \param root       The directory the recorded paths are relative to.
  /// \param add_absent The registry naming stale entries' rules, or null to add nothing.
  void apply(RunReport& run, const std::filesystem::path& root, const RuleRegistry* add_absent = nullptr) const;

  /// How many entries (counting repeats) the baseline holds.
  /// \return The number of entries.
  [[nodiscard]] std::size_t size() const;

  /// What an entry is matched on: code, path, symbol and normalised message.
  using Key = std::tuple<std::string, std::string, std::string, std::string>;

 private:
  std::map<Key, std::size_t> counts_;
};

}  // namespace tenet
