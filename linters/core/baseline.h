/// \file
/// Baselines: today's findings recorded so that only new ones fail a run.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <tuple>

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
  /// Reads a baseline written by to_json(). Throws BaselineError naming the file.
  static Baseline load(const std::filesystem::path& file);

  /// The baseline of every unsuppressed finding of \p run, as pretty-printed JSON.
  static std::string to_json(const RunReport& run);

  /// Marks every unsuppressed finding of \p run `unchanged` (matched) or `new_`, and
  /// sets `stale_baseline_entries`. A file moved since the baseline (its recorded path
  /// no longer exists under \p root) still matches by rule, symbol and message.
  void apply(RunReport& run, const std::filesystem::path& root) const;

  /// How many entries (counting repeats) the baseline holds.
  [[nodiscard]] std::size_t size() const;

 private:
  using Key = std::tuple<std::string, std::string, std::string, std::string>;  // code, path, symbol, message
  std::map<Key, std::size_t> counts_;
};

}  // namespace tenet
