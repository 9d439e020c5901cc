/// \file
/// `tenet-cpp --coverage`: the public API entities the CXD100–CXD106 rules ask a
/// documentation comment of, documented or not, for `tenet coverage`.
///
/// The coverage hooks run through the same walk as the rules (run_rules) and report every
/// entity they count as a finding of the rule that would ask for its comment; the
/// finding's message says whether the entity is documented (coverage_message()), so the
/// driver's sink, ordering and de-duplication of headers seen from many translation units
/// serve coverage unchanged.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "clang-plugin/cpp_rule.h"

namespace tenet::cpp {

/// The coverage hooks of the CXD100–CXD106 rules that \p select chooses (as the driver's
/// `--select` does; empty: all seven).
/// \param select Rule codes, prefixes or names.
/// \return One hook set per chosen rule, with that rule's metadata.
std::vector<const CppRule*> coverage_rules(std::span<const std::string> select);

/// What one coverage finding says about its entity.
struct CoverageFact {
  bool documented = false;  ///< The entity has a documentation comment.
  std::string kind;         ///< "function", "class", "method", "enum", "macro", ...
  std::string name;         ///< The entity's qualified name.
};

/// Reads the message of a finding reported by a coverage hook.
/// \param message The finding's message.
/// \return The fact, or nullopt when \p message is not a coverage message.
std::optional<CoverageFact> parse_coverage_message(std::string_view message);

}  // namespace tenet::cpp
