#include "clang-plugin/plugin/sarif_output.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <sstream>
#include <tuple>

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/xxhash.h>

#include "linters/core/fingerprint.h"
#include "linters/core/line_hash.h"
#include "linters/core/report_model.h"
#include "linters/core/source_file.h"
#include "linters/report/reporter.h"

#ifndef TENET_VERSION
#define TENET_VERSION "0.0.0"
#endif

namespace tenet::cpp {
namespace {

std::string absolute(llvm::StringRef path) {
  llvm::SmallString<256> result(path);
  (void)llvm::sys::fs::make_absolute(result);
  llvm::sys::path::remove_dots(result, true);
  llvm::sys::path::native(result, llvm::sys::path::Style::posix);
  return std::string(result);
}

/// `file:///abs/root/`, percent-encoded as `tenet check` writes it.
std::string root_uri(const std::string& root) {
  std::string uri = "file://";
  for (const char c : root) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || std::strchr("/-._~", c) != nullptr) {
      uri += c;
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      uri += '%';
      uri += kHex[byte >> 4];
      uri += kHex[byte & 0xF];
    }
  }
  if (uri.back() != '/') uri += '/';
  return uri;
}

bool finding_order(const tenet::Finding& a, const tenet::Finding& b) {
  return std::tie(a.start.line, a.start.column, a.rule->code, a.message) <
         std::tie(b.start.line, b.start.column, b.rule->code, b.message);
}

}  // namespace

std::string sarif_path_for(const std::string& target, const std::string& main_file) {
  const bool directory = (!target.empty() && target.back() == '/') || llvm::sys::fs::is_directory(target);
  if (!directory) return target;
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(llvm::xxh3_64bits(main_file)));
  llvm::SmallString<256> path(target);
  llvm::sys::path::append(path, llvm::sys::path::filename(main_file) + "." + llvm::StringRef(hash, 8) + ".sarif");
  return std::string(path);
}

void write_plugin_sarif(const std::string& path, const clang::SourceManager& sources, const std::string& project_root,
                        std::span<const RuleMeta* const> rules, std::vector<SarifFinding> findings) {
  RunReport run;
  run.tool_version = TENET_VERSION;
  const std::string root = project_root.empty() ? std::string() : absolute(project_root);
  if (!root.empty()) run.root_uri = root_uri(root);
  run.files_checked = 1;
  run.enabled_rules.assign(rules.begin(), rules.end());
  std::sort(run.enabled_rules.begin(), run.enabled_rules.end(),
            [](const RuleMeta* a, const RuleMeta* b) { return a->code < b->code; });

  std::map<clang::FileID, std::vector<const SarifFinding*>> by_file;
  for (const SarifFinding& finding : findings) by_file[finding.file].push_back(&finding);
  for (const auto& [file, list] : by_file) {
    const auto entry = sources.getFileEntryRefForID(file);
    if (!entry) continue;
    const std::string name = absolute(entry->getName());
    FileReport report;
    if (!root.empty() && name.size() > root.size() && name.starts_with(root) && name[root.size()] == '/') {
      report.path = name.substr(root.size() + 1);
    } else {
      report.path = name;
      report.inside_root = false;
    }
    bool invalid = false;
    const llvm::StringRef buffer = sources.getBufferData(file, &invalid);
    const std::string_view text = invalid ? std::string_view() : std::string_view(buffer.data(), buffer.size());
    const LineTable lines(text);
    const std::vector<std::string> hashes = line_hashes(text);
    for (const SarifFinding* item : list) {
      tenet::Finding finding;
      finding.rule = item->rule;
      finding.level = item->rule->severity;
      finding.message = item->message;
      finding.start = lines.position_of(item->begin);
      finding.end = lines.position_of(std::max(item->end, item->begin));
      finding.symbol = item->symbol;
      if (finding.start.line - 1 < hashes.size()) finding.line_hash = hashes[finding.start.line - 1];
      report.findings.push_back(std::move(finding));
    }
    std::sort(report.findings.begin(), report.findings.end(), finding_order);
    // A finding in a header included twice (no include guard) is the same finding.
    report.findings.erase(std::unique(report.findings.begin(), report.findings.end(),
                                      [](const tenet::Finding& a, const tenet::Finding& b) {
                                        return !finding_order(a, b) && !finding_order(b, a) &&
                                               a.end.line == b.end.line && a.end.column == b.end.column;
                                      }),
                          report.findings.end());
    assign_fingerprints(report);
    run.files.push_back(std::move(report));
  }
  std::sort(run.files.begin(), run.files.end(),
            [](const FileReport& a, const FileReport& b) { return a.path < b.path; });

  std::ostringstream out;
  report::find_writer("sarif")(run, report::ReportOptions{}, out);
  report::write_file_atomically(path, out.str());
}

}  // namespace tenet::cpp
