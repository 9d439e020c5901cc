// SARIF 2.1.0, shaped by what its consumers need (DESIGN.md §7):
//   * GitHub code scanning: one run per tool and category (automationDetails.id), rule
//     metadata with descriptions and help, relative URIs, full regions and
//     primaryLocationLineHash so alerts survive edits above them;
//   * reviewdog: exactly one location per result (it posts one comment per location)
//     and fixes in line/column form;
//   * VS Code's SARIF viewer: locations[0] and a top-level, unchained uriBaseId.
// Output is deterministic: no timestamps, no invocation details, results in the order
// of the (sorted) report.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/registry.h"
#include "linters/report/escape.h"
#include "linters/report/formats.h"
#include "linters/report/markdown.h"

namespace tenet::report {
namespace {

/// SARIF also carries baselined results that went away, as `baselineState: absent`.
bool shown_in_sarif(const Finding& finding, const ReportOptions& options) {
  return is_shown(finding, options) || finding.baseline == BaselineState::absent;
}

using nlohmann::ordered_json;

constexpr std::string_view kSchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::string_view kInformationUri = "https://github.com/tenet-lint/tenet";
constexpr std::string_view kRuleHelpUriPrefix = "https://github.com/tenet-lint/tenet/blob/main/docs/rules/";
constexpr std::string_view kSourceRoot = "%SRCROOT%";
// GitHub rejects rule descriptions longer than this.
constexpr std::size_t kMaxDescription = 1024;

/// The rules listed in `tool.driver.rules`: every enabled rule plus any rule that has a
/// shown finding without being enabled (tool-level findings), so every ruleIndex is valid.
std::vector<const RuleMeta*> listed_rules(const RunReport& run, const ReportOptions& options) {
  std::vector<const RuleMeta*> rules = run.enabled_rules;
  for (const FileReport& file : run.files) {
    for (const Finding& finding : file.findings) {
      if (shown_in_sarif(finding, options)) rules.push_back(finding.rule);
    }
  }
  const auto by_code = [](const RuleMeta* a, const RuleMeta* b) { return a->code < b->code; };
  const auto same_code = [](const RuleMeta* a, const RuleMeta* b) { return a->code == b->code; };
  std::stable_sort(rules.begin(), rules.end(), by_code);
  rules.erase(std::unique(rules.begin(), rules.end(), same_code), rules.end());
  return rules;
}

/// \p text cut to at most \p limit bytes at a UTF-8 character boundary, marked with "...".
std::string truncated(std::string text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit - 3;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) --end;
  text.resize(end);
  return text + "...";
}

/// The comma-separated \p csv as a JSON array of trimmed, non-empty strings.
ordered_json tags_json(std::string_view csv) {
  ordered_json tags = ordered_json::array();
  while (!csv.empty()) {
    const std::size_t comma = csv.find(',');
    std::string_view tag = csv.substr(0, comma);
    while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
    while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
    if (!tag.empty()) tags.push_back(tag);
    if (comma == std::string_view::npos) break;
    csv.remove_prefix(comma + 1);
  }
  return tags;
}

ordered_json rule_json(const RuleMeta& rule, RuleDocFn docs) {
  const std::string_view doc = docs(rule.code);
  const std::string summary(rule.summary);
  std::string full = first_paragraph(doc);
  if (full.empty()) full = summary;
  const std::string help_text = doc.empty() ? summary : markdown_to_plain_text(doc);
  const std::string help_markdown = doc.empty() ? summary : std::string(doc);
  return ordered_json{
      {"id", rule.code},
      {"name", rule.name},
      {"shortDescription", {{"text", truncated(summary, kMaxDescription)}}},
      {"fullDescription", {{"text", truncated(full, kMaxDescription)}}},
      {"help", {{"text", help_text}, {"markdown", help_markdown}}},
      {"helpUri", std::string(kRuleHelpUriPrefix) + std::string(rule.code) + ".md"},
      {"defaultConfiguration", {{"level", severity_name(rule.severity)}}},
      {"properties", {{"tags", tags_json(rule.tags)}, {"precision", rule.precision}}},
  };
}

/// True for a SemVer-looking version ("1.2.3", "1.2.3-rc.1"); GitHub rejects an invalid
/// semanticVersion, so anything else is left out.
bool looks_like_semver(std::string_view version) {
  int dots = 0;
  std::size_t i = 0;
  for (; i < version.size() && version[i] != '-' && version[i] != '+'; ++i) {
    if (version[i] == '.') {
      ++dots;
    } else if (version[i] < '0' || version[i] > '9') {
      return false;
    }
  }
  const std::string_view core = version.substr(0, i);
  return dots == 2 && !core.empty() && core.front() != '.' && core.back() != '.' &&
         core.find("..") == std::string_view::npos;
}

ordered_json driver_json(const RunReport& run, const std::vector<const RuleMeta*>& rules, RuleDocFn docs) {
  ordered_json driver{{"name", "tenet"},
                      {"fullName", "tenet " + run.tool_version +
                                       ": documentation, exception and logging linter for Python and C++"}};
  if (!run.tool_version.empty()) driver["version"] = run.tool_version;
  if (looks_like_semver(run.tool_version)) driver["semanticVersion"] = run.tool_version;
  driver["informationUri"] = kInformationUri;
  ordered_json rules_json = ordered_json::array();
  for (const RuleMeta* rule : rules) rules_json.push_back(rule_json(*rule, docs));
  driver["rules"] = std::move(rules_json);
  return driver;
}

/// Where a file is: relative to %SRCROOT% inside the project, an absolute file URI outside.
ordered_json artifact_location_json(const FileReport& file) {
  if (file.inside_root) {
    return ordered_json{{"uri", percent_encode_path(file.path)}, {"uriBaseId", kSourceRoot}};
  }
  const std::string_view slash = file.path.starts_with('/') ? "" : "/";
  return ordered_json{{"uri", "file://" + std::string(slash) + percent_encode_path(file.path)}};
}

/// A full region. SARIF forbids an end before the start (endColumn is exclusive, so an
/// empty range has endColumn == startColumn); a malformed range collapses to its start.
ordered_json region_json(Position start, Position end) {
  start.line = std::max<std::uint32_t>(start.line, 1);
  start.column = std::max<std::uint32_t>(start.column, 1);
  if (end.line < start.line || (end.line == start.line && end.column < start.column)) end = start;
  end.column = std::max<std::uint32_t>(end.column, 1);
  return ordered_json{{"startLine", start.line},
                      {"startColumn", start.column},
                      {"endLine", end.line},
                      {"endColumn", end.column}};
}

ordered_json fix_json(const FileReport& file, const ResolvedFix& fix) {
  ordered_json replacements = ordered_json::array();
  for (const ResolvedEdit& edit : fix.edits) {
    replacements.push_back({{"deletedRegion", region_json(edit.start, edit.end)},
                            {"insertedContent", {{"text", edit.text}}}});
  }
  ordered_json change{{"artifactLocation", artifact_location_json(file)},
                      {"replacements", std::move(replacements)}};
  return ordered_json{{"description", {{"text", fix.title}}},
                      {"artifactChanges", ordered_json::array({std::move(change)})}};
}

/// Where a trigger in another file lies, as a related location: relative to %SRCROOT%
/// (\p root_uri) inside the project, an absolute file URI outside. The engine sends lines,
/// not columns: the region spans them whole, ending where the next line starts. Null when
/// the trigger lies in \p file itself, whose own location already shows it.
ordered_json trigger_location_json(const FileReport& file, const TriggerLines& place, std::string_view root_uri) {
  const std::string uri = "file://" + percent_encode_path(place.file);
  ordered_json artifact;
  if (!root_uri.empty() && uri.starts_with(root_uri)) {
    artifact = ordered_json{{"uri", uri.substr(root_uri.size())}, {"uriBaseId", kSourceRoot}};
  } else {
    artifact = ordered_json{{"uri", uri}};
  }
  if (artifact == artifact_location_json(file)) return nullptr;
  const std::uint32_t first = std::max<std::uint32_t>(place.first_line, 1);
  return ordered_json{{"artifactLocation", std::move(artifact)},
                      {"region",
                       {{"startLine", first},
                        {"startColumn", 1},
                        {"endLine", std::max(place.last_line, first) + 1},
                        {"endColumn", 1}}}};
}

ordered_json result_json(const FileReport& file, const Finding& finding, std::size_t rule_index,
                         std::string_view root_uri) {
  ordered_json location{{"physicalLocation",
                         {{"artifactLocation", artifact_location_json(file)},
                          {"region", region_json(finding.start, finding.end)}}}};
  if (finding.baseline == BaselineState::absent && !finding.symbol.empty()) {
    // A baseline entry no finding matches any more. Baselines record no lines (so that
    // edits above a finding keep it), so its region is the file's first line; the symbol
    // it was about says where it belonged.
    location["logicalLocations"] = ordered_json::array({{{"fullyQualifiedName", finding.symbol}}});
  }
  ordered_json result{{"ruleId", finding.rule->code},
                      {"ruleIndex", rule_index},
                      {"level", severity_name(finding.level)},
                      {"message", {{"text", finding.message}}},
                      {"locations", ordered_json::array({std::move(location)})}};
  ordered_json related = ordered_json::array();
  int id = 0;
  for (const ResolvedRelated& place : finding.related) {
    related.push_back({{"id", ++id},
                       {"message", {{"text", place.message}}},
                       {"physicalLocation",
                        {{"artifactLocation", artifact_location_json(file)}, {"region", region_json(place.start, place.end)}}}});
  }
  // A trigger in another file (the header's doc comment of a `throw` in a source file)
  // shows a reviewer why an unchanged line is reported under --diff-base.
  for (const TriggerLines& place : finding.trigger_places) {
    ordered_json where = trigger_location_json(file, place, root_uri);
    if (where.is_null()) continue;
    related.push_back({{"id", ++id},
                       {"message", {{"text", "The finding depends on these lines."}}},
                       {"physicalLocation", std::move(where)}});
  }
  if (!related.empty()) result["relatedLocations"] = std::move(related);
  ordered_json fingerprints = ordered_json::object();
  if (!finding.line_hash.empty()) fingerprints["primaryLocationLineHash"] = finding.line_hash;
  // Stable when lines move: what baselines and GitLab match on.
  if (!finding.fingerprint.empty()) fingerprints["tenet/v1"] = finding.fingerprint;
  if (!fingerprints.empty()) result["partialFingerprints"] = std::move(fingerprints);
  if (finding.baseline != BaselineState::none) {
    result["baselineState"] = finding.baseline == BaselineState::unchanged ? "unchanged"
                              : finding.baseline == BaselineState::absent  ? "absent"
                                                                           : "new";
  }
  if (finding.fix) result["fixes"] = ordered_json::array({fix_json(file, *finding.fix)});
  if (finding.suppressed) result["suppressions"] = ordered_json::array({{{"kind", "inSource"}}});
  return result;
}

std::string root_base_uri(const RunReport& run);

ordered_json results_json(const RunReport& run, const ReportOptions& options,
                          const std::vector<const RuleMeta*>& rules) {
  const std::string root_uri = root_base_uri(run);
  std::map<std::string_view, std::size_t> index_of;
  for (std::size_t i = 0; i < rules.size(); ++i) index_of.emplace(rules[i]->code, i);
  ordered_json results = ordered_json::array();
  for (const FileReport& file : run.files) {
    for (const Finding& finding : file.findings) {
      if (!shown_in_sarif(finding, options)) continue;
      results.push_back(result_json(file, finding, index_of.at(finding.rule->code), root_uri));
    }
  }
  return results;
}

/// run.root_uri with the trailing slash SARIF requires of a base URI.
std::string root_base_uri(const RunReport& run) {
  std::string uri = run.root_uri;
  if (!uri.empty() && uri.back() != '/') uri += '/';
  return uri;
}

}  // namespace

void write_sarif(const RunReport& run, const ReportOptions& options, std::ostream& out) {
  const RuleDocFn docs = options.rule_doc != nullptr ? options.rule_doc : &tenet::rule_doc;
  const std::vector<const RuleMeta*> rules = listed_rules(run, options);

  ordered_json sarif_run{{"tool", {{"driver", driver_json(run, rules, docs)}}},
                         // GitHub derives the upload's category from the id's prefix.
                         {"automationDetails", {{"id", "tenet/"}}}};
  if (const std::string root = root_base_uri(run); !root.empty()) {
    sarif_run["originalUriBaseIds"] = {{kSourceRoot, {{"uri", root}}}};
  }
  sarif_run["columnKind"] = "unicodeCodePoints";
  sarif_run["results"] = results_json(run, options, rules);

  const ordered_json log{{"$schema", kSchemaUri},
                         {"version", "2.1.0"},
                         {"runs", ordered_json::array({std::move(sarif_run)})}};
  write_json_document(log, out);
}

}  // namespace tenet::report
