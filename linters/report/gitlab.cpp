// GitLab Code Quality: a JSON array of issues that merge requests show as a widget.
// GitLab keeps one issue per fingerprint, so each finding needs its own, and the
// fingerprint must not change when lines move, or every edit would look like new issues.
#include <cstdint>
#include <map>
#include <string>
#include <tuple>

#include "linters/report/formats.h"

namespace tenet::report {
namespace {

using nlohmann::ordered_json;

// 128-bit FNV-1a (offset basis and prime from the FNV specification). It needs no
// library, is stable across platforms and 32 hex digits make collisions negligible.
__extension__ typedef unsigned __int128 uint128;

constexpr uint128 fnv_offset_basis() {
  return (static_cast<uint128>(0x6C62272E07BB0142ULL) << 64) | 0x62B821756295C58DULL;
}
constexpr uint128 fnv_prime() { return (static_cast<uint128>(1) << 88) | 0x13BU; }

class Fnv1a128 {
 public:
  /// Mixes in \p field followed by a 0 byte, so ("ab","c") and ("a","bc") differ.
  void add_field(std::string_view field) {
    for (const char c : field) add_byte(static_cast<unsigned char>(c));
    add_byte(0);
  }

  /// The digest as 32 lowercase hex digits.
  [[nodiscard]] std::string hex() const {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(32, '0');
    uint128 value = state_;
    for (std::size_t i = 32; i-- > 0;) {
      out[i] = kHex[static_cast<unsigned>(value & 0xF)];
      value >>= 4;
    }
    return out;
  }

 private:
  void add_byte(unsigned char byte) {
    state_ ^= byte;
    state_ *= fnv_prime();
  }

  uint128 state_ = fnv_offset_basis();
};

/// Code Climate severities as GitLab shows them.
std::string_view severity_for(const Finding& finding) {
  if (finding.suppressed) return "info";
  switch (finding.level) {
    case Severity::note: return "info";
    case Severity::warning: return "minor";
    case Severity::error: return "major";
  }
  return "minor";
}

/// What identifies a finding regardless of its line (as baselines match): rule, file,
/// enclosing symbol and message.
using FindingKey = std::tuple<std::string_view, std::string_view, std::string_view, std::string_view>;

std::string fingerprint(const FindingKey& key, std::size_t occurrence) {
  Fnv1a128 hash;
  hash.add_field(std::get<0>(key));
  hash.add_field(std::get<1>(key));
  hash.add_field(std::get<2>(key));
  hash.add_field(std::get<3>(key));
  // Identical findings in one symbol (two bare excepts in a function) are numbered.
  hash.add_field(std::to_string(occurrence));
  return hash.hex();
}

ordered_json issue_json(const FileReport& file, const Finding& finding, std::string fingerprint_hex) {
  std::string description = std::string(finding.rule->code) + ": " + finding.message;
  if (finding.suppressed) description += " [suppressed]";
  return ordered_json{
      {"description", std::move(description)},
      {"check_name", finding.rule->code},
      {"fingerprint", std::move(fingerprint_hex)},
      {"severity", severity_for(finding)},
      {"location", {{"path", file.path}, {"lines", {{"begin", finding.start.line}}}}},
  };
}

}  // namespace

void write_gitlab(const RunReport& run, const ReportOptions& options, std::ostream& out) {
  ordered_json issues = ordered_json::array();
  std::map<FindingKey, std::size_t> occurrences;
  for (const FileReport& file : run.files) {
    for (const Finding& finding : file.findings) {
      if (!is_shown(finding, options)) continue;
      const FindingKey key{finding.rule->code, file.path, finding.symbol, finding.message};
      const std::size_t occurrence = ++occurrences[key];
      issues.push_back(issue_json(file, finding, fingerprint(key, occurrence)));
    }
  }
  write_json_document(issues, out);
}

}  // namespace tenet::report
