#include "linters/report/sarif_merge.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace tenet::report {
namespace {

using nlohmann::ordered_json;

/// `value[key]` when \p value is an object holding it, else null (hand-written SARIF from
/// other writers may omit optional members).
const ordered_json& null_json() {
  static const ordered_json kNull;
  return kNull;
}

/// `value[key]` when \p value is an object holding it, else null (SARIF from other writers
/// may omit optional members).
const ordered_json& member(const ordered_json& value, const char* key) {
  if (!value.is_object()) return null_json();
  const auto found = value.find(key);
  return found == value.end() ? null_json() : *found;
}

std::string text_of(const ordered_json& value) { return value.is_string() ? value.get<std::string>() : std::string(); }

long long number_of(const ordered_json& value) { return value.is_number_integer() ? value.get<long long>() : 0; }

/// What makes two results the same finding, and the order results are written in.
struct ResultKey {
  std::string uri;
  long long start_line = 0;
  long long start_column = 0;
  long long end_line = 0;
  long long end_column = 0;
  std::string rule;
  std::string message;
  std::string base;  ///< uriBaseId: a relative path means nothing without it.

  auto tied() const {
    return std::tie(uri, start_line, start_column, end_line, end_column, rule, message, base);
  }
  bool operator<(const ResultKey& other) const { return tied() < other.tied(); }
};

ResultKey key_of(const ordered_json& result) {
  const ordered_json& locations = member(result, "locations");
  const ordered_json& first = locations.is_array() && !locations.empty() ? locations.front() : null_json();
  const ordered_json& physical = member(first, "physicalLocation");
  const ordered_json& artifact = member(physical, "artifactLocation");
  const ordered_json& region = member(physical, "region");
  return {text_of(member(artifact, "uri")),
          number_of(member(region, "startLine")),
          number_of(member(region, "startColumn")),
          number_of(member(region, "endLine")),
          number_of(member(region, "endColumn")),
          text_of(member(result, "ruleId")),
          text_of(member(member(result, "message"), "text")),
          text_of(member(artifact, "uriBaseId"))};
}

void require(bool condition, const std::string& name, const std::string& what) {
  if (!condition) throw SarifMergeError(name + ": " + what);
}

}  // namespace

SarifInput read_sarif_input(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SarifMergeError(path + ": cannot be read");
  std::ostringstream text;
  text << in.rdbuf();
  ordered_json document = ordered_json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) throw SarifMergeError(path + ": not JSON");
  return {path, std::move(document)};
}

ordered_json merge_sarif_logs(const std::vector<SarifInput>& inputs) {
  require(!inputs.empty(), "tenet merge", "no SARIF file to merge");
  std::map<std::string, ordered_json> rules_by_id;
  std::map<ResultKey, ordered_json> results;
  const ordered_json* first_run = nullptr;
  std::string root;
  std::string root_from;
  for (const SarifInput& input : inputs) {
    const ordered_json& log = input.document;
    require(log.is_object() && text_of(member(log, "version")) == "2.1.0", input.name, "not a SARIF 2.1.0 log");
    const ordered_json& runs = member(log, "runs");
    require(runs.is_array(), input.name, "a SARIF log needs a `runs` array");
    for (const ordered_json& run : runs) {
      require(run.is_object() && member(member(run, "tool"), "driver").is_object(), input.name,
              "a run without `tool.driver`");
      if (first_run == nullptr) first_run = &run;
      const std::string run_root = text_of(member(member(member(run, "originalUriBaseIds"), "%SRCROOT%"), "uri"));
      if (!run_root.empty()) {
        if (root.empty()) {
          root = run_root;
          root_from = input.name;
        }
        require(run_root == root, input.name,
                "its project root " + run_root + " differs from " + root + " (in " + root_from + ")");
      }
      const ordered_json& rules = member(member(member(run, "tool"), "driver"), "rules");
      if (rules.is_array()) {
        for (const ordered_json& rule : rules) {
          const std::string id = text_of(member(rule, "id"));
          if (!id.empty()) rules_by_id.emplace(id, rule);
        }
      }
      const ordered_json& run_results = member(run, "results");
      if (!run_results.is_array()) continue;
      for (const ordered_json& result : run_results) {
        require(result.is_object(), input.name, "a result that is not an object");
        results.emplace(key_of(result), result);
      }
    }
  }
  require(first_run != nullptr, inputs.front().name, "no run to merge");

  ordered_json rules = ordered_json::array();
  std::map<std::string, std::size_t> index_of;
  for (auto& [id, rule] : rules_by_id) {
    index_of.emplace(id, rules.size());
    rules.push_back(rule);
  }
  ordered_json merged_results = ordered_json::array();
  for (auto& [key, result] : results) {
    ordered_json copy = result;
    const auto index = index_of.find(key.rule);
    if (index != index_of.end()) {
      copy["ruleIndex"] = index->second;
    } else {
      copy.erase("ruleIndex");  // A rule no run describes: an index would point at another rule.
    }
    merged_results.push_back(std::move(copy));
  }

  ordered_json run = *first_run;
  run["tool"]["driver"]["rules"] = std::move(rules);
  if (!root.empty()) run["originalUriBaseIds"] = {{"%SRCROOT%", {{"uri", root}}}};
  run["results"] = std::move(merged_results);
  ordered_json log = inputs.front().document;
  log["runs"] = ordered_json::array({std::move(run)});
  return log;
}

}  // namespace tenet::report
