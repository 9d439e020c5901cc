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

void assign_fingerprints(FileReport& file) {
  std::map<std::tuple<std::string_view, std::string_view, std::string>, unsigned> seen;
  for (Finding& finding : file.findings) {
    std::string message = normalise_message(finding.message);
    const unsigned ordinal = seen[{finding.rule->code, finding.symbol, message}]++;
    // Fields are joined with a separator that cannot occur in any of them.
    std::string key;
    key.append(finding.rule->code).append(1, '\x1f').append(file.path).append(1, '\x1f');
    key.append(finding.symbol).append(1, '\x1f').append(message).append(1, '\x1f').append(std::to_string(ordinal));
    const XXH128_hash_t hash = XXH3_128bits(key.data(), key.size());
    char hex[33];
    std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                  static_cast<unsigned long long>(hash.low64));
    finding.fingerprint = hex;
  }
}

}  // namespace tenet
