// Fuzz target: the SARIF writer on findings built from arbitrary bytes (paths and
// messages with any characters, any positions). What it writes must parse back as JSON
// with one run and one result per finding.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "linters/core/tool_rules.h"
#include "linters/report/reporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  tenet::RunReport run;
  run.tool_version = "0.1.0";
  run.root_uri = "file:///project/";
  // Split the input at NUL bytes: path, then messages.
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= bytes.size() && parts.size() < 16) {
    const std::size_t end = bytes.find('\0', start);
    parts.push_back(bytes.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  tenet::FileReport file{parts[0], !parts[0].starts_with('/'), {}};
  for (std::size_t i = 1; i < parts.size(); ++i) {
    tenet::Finding finding;
    finding.rule = i % 2 == 0 ? &tenet::kSyntaxError : &tenet::kUnreadableFile;
    finding.message = parts[i];
    const auto at = [&](std::size_t k) { return k < bytes.size() ? static_cast<std::uint8_t>(bytes[k]) : 1U; };
    finding.start = {at(i), at(i + 1), at(i + 1)};
    finding.end = {at(i + 2), at(i + 3), at(i + 3)};
    finding.line_hash = "0:1";
    file.findings.push_back(std::move(finding));
  }
  const std::size_t expected = file.findings.size();
  run.files.push_back(std::move(file));
  run.enabled_rules = {&tenet::kSyntaxError, &tenet::kUnreadableFile};
  run.files_checked = 1;
  std::ostringstream out;
  tenet::report::find_writer("sarif")(run, {}, out);
  const nlohmann::json log = nlohmann::json::parse(out.str(), nullptr, false);
  if (log.is_discarded() || log["runs"].size() != 1 || log["runs"][0]["results"].size() != expected) __builtin_trap();
  return 0;
}
