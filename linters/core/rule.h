/// \file
/// Rule metadata shared by every front end, the registry and the reporters.
#pragma once

#include <cstdint>
#include <string_view>

namespace tenet {

/// How serious a finding is; maps one to one onto SARIF's `level`.
enum class Severity : std::uint8_t { note, warning, error };

/// The language a rule inspects; `any` for tool-level rules (TNT).
enum class Language : std::uint8_t { any, python, cpp };

/// Whether a rule offers a fix and whether applying it can change behaviour.
enum class FixAvailability : std::uint8_t { none, safe, unsafe };

/// The metadata record every rule defines next to its logic.
///
/// Records are constant-initialised globals; the registry and diagnostics hold
/// pointers to them, so they live for the whole program.
struct RuleMeta {
  std::string_view code;     ///< Stable code, e.g. "D103". Never reused.
  std::string_view name;     ///< Kebab-case name, accepted wherever a code is.
  std::string_view summary;  ///< One sentence saying what the rule flags.
  Language language = Language::any;  ///< The language it checks (`any`: tool-level).
  Severity severity = Severity::warning;        ///< Default level of its findings.
  bool enabled_by_default = true;               ///< On without configuration; else opt-in.
  FixAvailability fix = FixAvailability::none;  ///< Whether it offers a fix, and how safe.
  std::string_view since = "0.1.0";             ///< The tenet version that added it.
  /// SARIF `properties.precision`: very-high, high, medium or low.
  std::string_view precision = "very-high";
  /// Comma-separated SARIF `properties.tags`, e.g. "documentation,python".
  std::string_view tags;
};

/// The lowercase word used for \p severity in configuration and output.
/// \param severity A severity.
/// \return "note", "warning" or "error", a string literal.
constexpr std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "warning";
}

}  // namespace tenet
