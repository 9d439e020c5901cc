#include "linters/core/baseline.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "linters/core/fingerprint.h"

namespace fs = std::filesystem;

namespace tenet {
namespace {

constexpr int kFormatVersion = 1;

}  // namespace

Baseline Baseline::load(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw BaselineError(file.string() + ": baseline could not be read");
  std::stringstream text;
  text << in.rdbuf();
  const nlohmann::json doc = nlohmann::json::parse(text.str(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || doc.value("version", 0) != kFormatVersion ||
      !doc.contains("findings") || !doc["findings"].is_array()) {
    throw BaselineError(file.string() + ": not a tenet baseline (version " + std::to_string(kFormatVersion) + ")");
  }
  Baseline baseline;
  for (const auto& entry : doc["findings"]) {
    if (!entry.is_object()) throw BaselineError(file.string() + ": malformed baseline entry");
    Key key{entry.value("code", ""), entry.value("path", ""), entry.value("symbol", ""),
            normalise_message(entry.value("message", ""))};
    baseline.counts_[key] += entry.value("count", std::size_t{1});
  }
  return baseline;
}

std::string Baseline::to_json(const RunReport& run) {
  std::map<Key, std::size_t> counts;
  for (const FileReport& file : run.files) {
    for (const Finding& finding : file.findings) {
      if (finding.suppressed) continue;
      ++counts[{std::string(finding.rule->code), file.path, finding.symbol, normalise_message(finding.message)}];
    }
  }
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const auto& [key, count] : counts) {
    const auto& [code, path, symbol, message] = key;
    findings.push_back({{"code", code}, {"path", path}, {"symbol", symbol}, {"message", message}, {"count", count}});
  }
  nlohmann::ordered_json doc{{"version", kFormatVersion}, {"tool", "tenet"}, {"findings", std::move(findings)}};
  return doc.dump(2) + "\n";
}

std::size_t Baseline::size() const {
  std::size_t total = 0;
  for (const auto& [key, count] : counts_) total += count;
  return total;
}

namespace {

/// Adds one `absent` finding per stale baseline entry, in its file's report.
void add_absent_findings(RunReport& run, const std::map<Baseline::Key, std::size_t>& remaining,
                         const RuleRegistry& registry) {
  for (const auto& [key, count] : remaining) {
    const auto& [code, path, symbol, message] = key;
    const RuleMeta* rule = registry.find(code);
    if (rule == nullptr || count == 0) continue;  // a rule this tenet no longer has
    auto file = std::find_if(run.files.begin(), run.files.end(), [&](const FileReport& report) { return report.path == path; });
    if (file == run.files.end()) {
      run.files.push_back(FileReport{path, !path.starts_with('/'), {}});
      file = run.files.end() - 1;
    }
    for (std::size_t i = 0; i < count; ++i) {
      Finding finding;
      finding.rule = rule;
      finding.level = rule->severity;
      finding.message = message;
      finding.symbol = symbol;
      finding.baseline = BaselineState::absent;
      file->findings.push_back(std::move(finding));
    }
  }
  std::sort(run.files.begin(), run.files.end(), [](const FileReport& a, const FileReport& b) { return a.path < b.path; });
}

}  // namespace

void Baseline::apply(RunReport& run, const fs::path& root, const RuleRegistry* add_absent) const {
  std::map<Key, std::size_t> remaining = counts_;
  std::vector<Finding*> unmatched;
  std::vector<const std::string*> unmatched_paths;
  for (FileReport& file : run.files) {
    for (Finding& finding : file.findings) {
      if (finding.suppressed) continue;
      const Key key{std::string(finding.rule->code), file.path, finding.symbol, normalise_message(finding.message)};
      const auto it = remaining.find(key);
      if (it != remaining.end() && it->second > 0) {
        --it->second;
        finding.baseline = BaselineState::unchanged;
      } else {
        finding.baseline = BaselineState::new_;
        unmatched.push_back(&finding);
        unmatched_paths.push_back(&file.path);
      }
    }
  }
  // Second pass for moved files: entries whose path is gone match by everything else.
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> moved;
  for (const auto& [key, count] : remaining) {
    const auto& [code, path, symbol, message] = key;
    std::error_code ec;
    if (count > 0 && !fs::exists(root / path, ec)) moved[{code, symbol, message}] += count;
  }
  for (std::size_t i = 0; i < unmatched.size() && !moved.empty(); ++i) {
    Finding& finding = *unmatched[i];
    const auto it = moved.find({std::string(finding.rule->code), finding.symbol, normalise_message(finding.message)});
    if (it == moved.end() || it->second == 0) continue;
    --it->second;
    finding.baseline = BaselineState::unchanged;
    // The entry it used is no longer stale.
    for (auto& [key, count] : remaining) {
      const auto& [code, path, symbol, message] = key;
      if (count > 0 && code == finding.rule->code && symbol == finding.symbol &&
          message == normalise_message(finding.message) && path != *unmatched_paths[i]) {
        --count;
        break;
      }
    }
  }
  std::size_t stale = 0;
  for (const auto& [key, count] : remaining) stale += count;
  run.stale_baseline_entries = stale;
  if (add_absent != nullptr) add_absent_findings(run, remaining, *add_absent);
}

}  // namespace tenet
