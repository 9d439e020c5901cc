#include "linters/core/fingerprint.h"

#include <xxhash.h>

#include <cstdio>
#include <map>
#include <tuple>

namespace tenet {

std::string normalise_message(std::string_view message) {
  std::string out;
  out.reserve(message.size());
  bool pending_space = false;
  for (const char c : message) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string finding_fingerprint(std::string_view code, std::string_view path, std::string_view symbol,
                                std::string_view message, unsigned ordinal) {
  // Fields are joined with a separator that cannot occur in any of them.
  std::string key;
  key.append(code).append(1, '\x1f').append(path).append(1, '\x1f').append(symbol).append(1, '\x1f');
  key.append(normalise_message(message)).append(1, '\x1f').append(std::to_string(ordinal));
  const XXH128_hash_t hash = XXH3_128bits(key.data(), key.size());
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return hex;
}

void assign_fingerprints(FileReport& file) {
  std::map<std::tuple<std::string_view, std::string_view, std::string>, unsigned> seen;
  for (Finding& finding : file.findings) {
    const unsigned ordinal = seen[{finding.rule->code, finding.symbol, normalise_message(finding.message)}]++;
    finding.fingerprint = finding_fingerprint(finding.rule->code, file.path, finding.symbol, finding.message, ordinal);
  }
}

}  // namespace tenet
