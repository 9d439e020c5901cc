/// \file
/// `tenet merge`: joins SARIF logs written by tenet (the Clang plugin writes one per
/// translation unit) into one log with one run.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace tenet::report {

/// A log that cannot be merged: unreadable, not JSON, not SARIF 2.1.0, or a run whose
/// project root differs from the others'. The message names the file.
class SarifMergeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// One input of a merge: where it came from (for messages) and its parsed contents.
struct SarifInput {
  std::string name;                ///< The file name, as the user gave it.
  nlohmann::ordered_json document; ///< The parsed log.
};

/// Merges the runs of \p inputs into one run: the union of the rules (sorted by id, each
/// result's `ruleIndex` recomputed), every result once (a header's finding reported by
/// several translation units is one result: same rule, location and message), results in
/// tenet's order (path, line, column, rule, message). Tool and run properties come from
/// the first run; where inputs hold the same rule or result, the first one's is kept.
/// \param inputs The logs to merge, at least one.
/// \return The merged SARIF log.
/// \throws SarifMergeError When an input is not a SARIF 2.1.0 log, or when the runs name
///   different project roots (`%SRCROOT%`), since their relative paths would then clash.
nlohmann::ordered_json merge_sarif_logs(const std::vector<SarifInput>& inputs);

/// Reads and parses the SARIF file \p path.
/// \param path The file to read.
/// \return The input, named by \p path.
/// \throws SarifMergeError When the file cannot be read or is not JSON.
SarifInput read_sarif_input(const std::string& path);

}  // namespace tenet::report
