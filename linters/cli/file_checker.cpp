#include "linters/cli/file_checker.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <tuple>

#include "linters/core/fingerprint.h"
#include "linters/core/fix.h"
#include "linters/report/reporter.h"
#include "linters/core/line_hash.h"
#include "linters/core/selection.h"
#include "linters/core/suppression.h"
#include "linters/core/tool_rules.h"

namespace tenet::cli {

std::optional<std::string> read_source_file(const std::filesystem::path& path, std::int64_t max_size, std::string& contents) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::string(std::strerror(errno));
  struct stat info {};
  if (fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    close(fd);
    return std::string("it is a directory");
  }
  // Checked before reading, so a huge file costs neither time nor memory.
  if (info.st_size > max_size) {
    close(fd);
    return "it is " + std::to_string(info.st_size) + " bytes, over the max-file-size limit of " +
           std::to_string(max_size) + " bytes";
  }
  if (info.st_size > 0) contents.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[65536];
  for (;;) {
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const std::string reason = std::strerror(errno);
      close(fd);
      return reason;
    }
    if (n == 0) break;
    contents.append(buffer, static_cast<std::size_t>(n));
    if (static_cast<std::int64_t>(contents.size()) > max_size) {
      close(fd);
      return "it grew past the max-file-size limit of " + std::to_string(max_size) + " bytes while being read";
    }
  }
  close(fd);
  return std::nullopt;
}

namespace {

Finding resolve(const Diagnostic& diagnostic, bool suppressed, const LineTable& lines) {
  Finding finding;
  finding.rule = diagnostic.rule;
  finding.level = diagnostic.rule->severity;
  finding.message = diagnostic.message;
  finding.start = lines.position_of(diagnostic.range.begin);
  finding.end = lines.position_of(std::max(diagnostic.range.end, diagnostic.range.begin));
  finding.symbol = diagnostic.symbol;
  finding.suppressed = suppressed;
  if (diagnostic.trigger) {
    finding.trigger_first_line = lines.line_of(diagnostic.trigger->begin);
    finding.trigger_last_line = lines.line_of(std::max(diagnostic.trigger->begin, diagnostic.trigger->end - 1));
  }
  if (diagnostic.fix) {
    ResolvedFix fix{diagnostic.fix->title, diagnostic.fix->safety, {}};
    for (const Edit& edit : diagnostic.fix->edits) {
      fix.edits.push_back({lines.position_of(edit.range.begin), lines.position_of(edit.range.end), edit.replacement});
    }
    finding.fix = std::move(fix);
  }
  finding.trigger_places = diagnostic.trigger_lines;
  for (const RelatedLocation& place : diagnostic.related) {
    finding.related.push_back({lines.position_of(place.range.begin), lines.position_of(place.range.end), place.message});
  }
  return finding;
}

bool finding_order(const Finding& a, const Finding& b) {
  return std::tie(a.start.line, a.start.column, a.rule->code, a.message) <
         std::tie(b.start.line, b.start.column, b.rule->code, b.message);
}

}  // namespace

FileReport unreadable_file_report(const std::string& display_path, bool inside_root, std::string message) {
  Finding finding;
  finding.rule = &kUnreadableFile;
  finding.level = kUnreadableFile.severity;
  finding.message = std::move(message);
  FileReport report{display_path, inside_root, {std::move(finding)}};
  assign_fingerprints(report);
  return report;
}

FileChecker::FileChecker(const RuleRegistry& registry, FileCheckOptions options)
    : registry_(registry), options_(options) {}

std::vector<CheckedDiagnostic> FileChecker::analyse(const DiscoveredFile& file, std::string_view display_path,
                                                    std::string_view text, const LineTable& lines,
                                                    const Settings& settings, const RuleSelection& rules,
                                                    FileOutput* engine_output) {
  FileInput input{file.path, display_path, file.kind, text, &lines, &settings, &rules};
  FileOutput output;
  if (engine_output != nullptr) {
    output = std::move(*engine_output);
  } else if (file.kind == FileKind::python || file.kind == FileKind::python_stub) {
    python_.check(input, output);
  }
  return apply_suppressions(std::move(output.diagnostics), output.suppressions, lines, registry_, settings.external,
                            rules.enabled(kUnusedSuppression));
}

std::size_t FileChecker::fix_text(const DiscoveredFile& file, std::string_view display_path, std::string& text,
                                  LineTable& lines, const Settings& settings, const RuleSelection& rules,
                                  std::vector<CheckedDiagnostic>& checked) {
  // A fix can make another one possible (or visible): go round until nothing changes,
  // with a bound in case two fixes undo each other.
  constexpr int kMaxRounds = 10;
  std::size_t applied = 0;
  for (int round = 0; round < kMaxRounds; ++round) {
    std::vector<const Fix*> fixes;
    for (const CheckedDiagnostic& item : checked) {
      const Diagnostic& diagnostic = item.diagnostic;
      if (item.suppressed || !diagnostic.fix || !rules.enabled(*diagnostic.rule)) continue;
      if (diagnostic.fix->safety == FixAvailability::unsafe && options_.fix != FixMode::unsafe) continue;
      fixes.push_back(&*diagnostic.fix);
    }
    if (fixes.empty()) break;
    FixOutcome outcome = apply_fixes(text, fixes);
    if (outcome.applied == 0 || outcome.text == text) break;
    // A fix may change documentation and layout, never what the code means.
    if (options_.preserves_code != nullptr && !options_.preserves_code(text, outcome.text)) break;
    applied += outcome.applied;
    text = std::move(outcome.text);
    lines = LineTable(text);
    checked = analyse(file, display_path, text, lines, settings, rules, nullptr);
  }
  return applied;
}

namespace {

/// Turns off in \p selection the rules \p settings' per-file-ignores name for \p file, whose
/// path the patterns see relative to the settings' project root (its display path outside it).
void apply_file_ignores(RuleSelection& selection, const DiscoveredFile& file, std::string_view display_path,
                        const Settings& settings) {
  if (settings.per_file_ignores.empty()) return;
  const std::string relative = relative_to(file.path, settings.project_root);
  apply_per_file_ignores(selection, settings, relative.empty() ? display_path : std::string_view(relative));
}

}  // namespace

RuleSelection rules_for_file(const RuleRegistry& registry, const DiscoveredFile& file, std::string_view display_path,
                             const Settings& settings) {
  RuleSelection selection = select_rules_before_file_ignores(registry, settings);
  apply_file_ignores(selection, file, display_path, settings);
  return selection;
}

RuleSelection FileChecker::selection_for(const DiscoveredFile& file, std::string_view display_path,
                                         const Settings& settings) {
  auto cached = std::find_if(selections_by_settings_.begin(), selections_by_settings_.end(),
                             [&](const auto& entry) { return entry.first == &settings; });
  if (cached == selections_by_settings_.end()) {
    selections_by_settings_.emplace_back(&settings, select_rules_before_file_ignores(registry_, settings));
    cached = std::prev(selections_by_settings_.end());
  }
  RuleSelection selection = cached->second;
  apply_file_ignores(selection, file, display_path, settings);
  return selection;
}

FileReport FileChecker::check(const DiscoveredFile& file, const std::string& display_path, bool inside_root,
                              const Settings& settings, FileOutput* engine_output, const RuleSelection* given_rules) {
  std::optional<RuleSelection> computed;
  if (given_rules == nullptr) computed.emplace(selection_for(file, display_path, settings));
  const RuleSelection& rules = given_rules != nullptr ? *given_rules : *computed;
  FileReport report{display_path, inside_root, {}};
  const auto unreadable = [&](std::string message) {
    if (rules.enabled(kUnreadableFile)) report = unreadable_file_report(display_path, inside_root, std::move(message));
    // Its bytes are unknown, so the fingerprint is that of an empty file's first line.
    if (options_.compute_line_hashes && !report.findings.empty()) report.findings[0].line_hash = line_hashes({})[0];
    return report;
  };

  std::string text;
  if (auto error = read_source_file(file.path, settings.max_file_size, text)) return unreadable("File could not be read: " + *error + ".");
  if (!is_valid_utf8_text(text)) {
    const bool binary = text.find('\0') != std::string::npos;
    return unreadable(binary ? "File looks binary (it contains NUL bytes) and was not checked."
                             : "File is not valid UTF-8 text and was not checked.");
  }
  LineTable lines(text);
  std::vector<CheckedDiagnostic> checked = analyse(file, display_path, text, lines, settings, rules, engine_output);
  if (options_.fix != FixMode::none && engine_output == nullptr) {
    const std::string original = text;
    report.fixes_applied = fix_text(file, display_path, text, lines, settings, rules, checked);
    if (text != original) {
      if (options_.fix_diff_only) {
        report.fix_diff = unified_diff(original, text, display_path);
      } else {
        report::write_file_atomically(file.path, text);
      }
    }
    if (options_.fix_diff_only) {
      // --diff shows what would change; the findings are those of the file on disk.
      text = original;
      lines = LineTable(text);
      checked = analyse(file, display_path, text, lines, settings, rules, nullptr);
    }
  }
  std::vector<std::string> hashes;
  for (const CheckedDiagnostic& item : checked) {
    if (!rules.enabled(*item.diagnostic.rule)) continue;
    Finding finding = resolve(item.diagnostic, item.suppressed, lines);
    if (options_.compute_line_hashes) {
      if (hashes.empty()) hashes = line_hashes(text);
      if (finding.start.line - 1 < hashes.size()) finding.line_hash = hashes[finding.start.line - 1];
    }
    report.findings.push_back(std::move(finding));
  }
  std::sort(report.findings.begin(), report.findings.end(), finding_order);
  if (options_.compute_fingerprints) assign_fingerprints(report);
  return report;
}

}  // namespace tenet::cli
