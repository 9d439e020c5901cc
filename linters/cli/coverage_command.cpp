#include "linters/cli/coverage_command.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include "linters/cli/all_rules.h"
#include "linters/cli/check_command.h"
#include "linters/cli/cpp_engine.h"
#include "linters/cli/file_checker.h"
#include "linters/cli/run_files.h"
#include "linters/core/discovery.h"
#include "linters/core/selection.h"
#include "linters/report/reporter.h"
#include "pydoc-checker/coverage/coverage_meter.h"

namespace fs = std::filesystem;

namespace tenet::cli {
namespace {

/// One counted definition or entity, whatever its language.
struct Entry {
  std::string name;
  std::string kind;
  std::string code;
  std::uint32_t line = 1;
  bool documented = false;
};

/// One file's line of the report: its entries, or why it counts nowhere.
struct FileResult {
  std::string path;  // as output shows it
  std::vector<Entry> entries;
  std::optional<std::string> problem;
  [[nodiscard]] std::size_t documented() const {
    return static_cast<std::size_t>(
        std::count_if(entries.begin(), entries.end(), [](const Entry& entry) { return entry.documented; }));
  }
};

/// 100 when nothing is documentable, as interrogate reports an empty file.
double percent_of(std::size_t documented, std::size_t total) {
  return total == 0 ? 100.0 : 100.0 * static_cast<double>(documented) / static_cast<double>(total);
}

/// \p sentence as a clause after "not counted: ": no final period, no leading capital.
std::string as_clause(std::string sentence) {
  if (!sentence.empty() && sentence.back() == '.') sentence.pop_back();
  if (!sentence.empty()) sentence[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(sentence[0])));
  return sentence;
}

std::string format_percent(double percent) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", percent);
  return buffer;
}


std::string display_path(const fs::path& path, const fs::path& root) {
  const std::string relative = relative_to(path, root);
  return relative.empty() ? path.generic_string() : relative;
}

/// Reads \p path whole as `check` does; on failure returns why.
std::optional<std::string> read_text(const fs::path& path, std::int64_t max_size, std::string& text) {
  if (auto error = read_source_file(path, max_size, text)) return error;
  if (!is_valid_utf8_text(text)) {
    return text.find('\0') != std::string::npos ? "it looks binary (it contains NUL bytes)" : "it is not valid UTF-8 text";
  }
  return std::nullopt;
}

bool is_cpp(FileKind kind) { return kind == FileKind::cpp_source || kind == FileKind::cpp_header; }

/// The selection coverage counts under: every rule (so `select` does not matter), minus
/// what `ignore` and `per-file-ignores` remove. `ignore` is at least as specific as "ALL"
/// and wins a tie, so any ignore entry that names a D1xx or CXD1xx code takes effect.
class CountingSelections {
 public:
  RuleSelection for_file(const Settings& settings, const fs::path& file) {
    auto found = adjusted_.find(&settings);
    if (found == adjusted_.end()) {
      auto copy = std::make_unique<Settings>(settings);
      copy->select = {"ALL"};
      copy->extend_select.clear();
      found = adjusted_.emplace(&settings, std::move(copy)).first;
    }
    const std::string relative = relative_to(file, settings.project_root);
    return select_rules(all_rules(), *found->second, relative.empty() ? file.generic_string() : relative);
  }

 private:
  std::map<const Settings*, std::unique_ptr<Settings>> adjusted_;
};

/// Measures one Python file into \p result (a row whose path is set).
void measure_python(python::PythonCoverageMeter& meter, const DiscoveredFile& file, const Settings& settings,
                    const RuleSelection& selection, FileResult& result) {
  std::string text;
  if (auto error = read_text(file.path, settings.max_file_size, text)) {
    result.problem = "the file could not be read: " + *error;
    return;
  }
  python::FileDocCoverage measured = meter.measure(file.path, text, file.kind == FileKind::python_stub, settings,
                                                   [&](const RuleMeta& rule) { return selection.enabled(rule); });
  if (measured.problem) {
    result.problem = "the file could not be parsed: " + *measured.problem;
    return;
  }
  for (python::CoverageEntry& entry : measured.entries) {
    result.entries.push_back(
        Entry{std::move(entry.name), std::string(entry.kind), std::string(entry.code), entry.line, entry.documented});
  }
}

/// What the driver's coverage mode reported.
struct CppCoverage {
  std::map<fs::path, std::vector<Entry>> entries;  // absolute path -> entities
  std::map<fs::path, std::string> problems;
  std::vector<std::string> notes;
};

/// Runs `tenet-cpp --coverage` over \p files with the `[cpp]` options of \p settings, on
/// \p jobs threads (0: the driver's default, one per core).
CppCoverage run_cpp_coverage(const std::vector<fs::path>& files, const Settings& settings, unsigned jobs) {
  CppCoverage result;
  std::vector<std::string> mode{"--coverage"};
  if (jobs != 0) mode.insert(mode.end(), {"--jobs", std::to_string(jobs)});
  const CppDriverRun run = run_cpp_driver(std::move(mode), settings, files);
  for (const nlohmann::json& record : run.records) {
    const std::string kind = record.value("kind", "");
    const fs::path file = fs::path(record.value("file", "")).lexically_normal();
    if (kind == "entity") {
      result.entries[file].push_back(Entry{record.value("name", ""), record.value("entity", ""),
                                           record.value("code", ""), record.value("line", 1U),
                                           record.value("documented", false)});
    } else if (kind == "problem") {
      result.problems.emplace(file, record.value("message", "the C++ engine could not measure this file"));
    } else if (kind == "note") {
      result.notes.push_back(record.value("message", ""));
    }
  }
  if (run.exit_code != 0) {
    const std::string& reason = run.failure;
    for (const auto& file : files) {
      if (!result.entries.contains(file)) {
        result.problems.emplace(file, "the C++ engine failed" + (reason.empty() ? std::string() : ": " + reason));
      }
    }
  }
  return result;
}

/// The JSON document: per file its counts and undocumented definitions, then the totals.
std::string render_json(const std::vector<FileResult>& files, std::size_t documented, std::size_t total,
                        std::optional<double> fail_under, bool passed) {
  nlohmann::ordered_json document;
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  nlohmann::ordered_json problems = nlohmann::ordered_json::array();
  for (const FileResult& file : files) {
    if (file.problem) {
      problems.push_back({{"path", file.path}, {"message", *file.problem}});
      continue;
    }
    nlohmann::ordered_json missing = nlohmann::ordered_json::array();
    for (const Entry& entry : file.entries) {
      if (!entry.documented) {
        missing.push_back({{"name", entry.name}, {"line", entry.line}, {"kind", entry.kind}, {"code", entry.code}});
      }
    }
    const std::size_t file_documented = file.documented();
    list.push_back({{"path", file.path},
                    {"documented", file_documented},
                    {"total", file.entries.size()},
                    {"percent", percent_of(file_documented, file.entries.size())},
                    {"missing", std::move(missing)}});
  }
  document["files"] = std::move(list);
  document["problems"] = std::move(problems);
  document["totals"] = {{"files", files.size()},
                        {"documented", documented},
                        {"total", total},
                        {"percent", percent_of(documented, total)}};
  document["fail_under"] = fail_under ? nlohmann::ordered_json(*fail_under) : nlohmann::ordered_json(nullptr);
  document["passed"] = passed;
  return document.dump(2) + "\n";
}

/// The text report: `path  documented/total  percent` per file, in aligned columns, then
/// the total, then whether the threshold was met (when there is one).
std::string render_text(const std::vector<FileResult>& files, std::size_t documented, std::size_t total,
                        std::optional<double> fail_under, bool passed, bool verbose) {
  const auto fraction = [](std::size_t done, std::size_t of) { return std::to_string(done) + "/" + std::to_string(of); };
  std::size_t path_width = 5;  // "TOTAL"
  std::size_t fraction_width = fraction(documented, total).size();
  for (const FileResult& file : files) {
    path_width = std::max(path_width, file.path.size());
    if (!file.problem) fraction_width = std::max(fraction_width, fraction(file.documented(), file.entries.size()).size());
  }
  std::string out;
  const auto pad = [&](const std::string& text, std::size_t width) {
    out += text;
    out.append(width - text.size() + 2, ' ');
  };
  const auto row = [&](const std::string& path, std::size_t done, std::size_t of) {
    pad(path, path_width);
    pad(fraction(done, of), fraction_width);
    out += format_percent(percent_of(done, of));
    out += '\n';
  };
  for (const FileResult& file : files) {
    if (file.problem) {
      pad(file.path, path_width);
      out += "not counted: " + *file.problem + "\n";
      continue;
    }
    row(file.path, file.documented(), file.entries.size());
    if (!verbose) continue;
    for (const Entry& entry : file.entries) {
      if (entry.documented) continue;
      out += "    " + file.path + ":" + std::to_string(entry.line) + ": " + entry.code + " " + entry.kind + " `" +
             entry.name + "` has no documentation\n";
    }
  }
  row("TOTAL", documented, total);
  if (fail_under) {
    out += std::string(passed ? "PASSED" : "FAILED") + ": coverage " + format_percent(percent_of(documented, total)) +
           (passed ? " is at least " : " is below ") + "the required " + format_percent(*fail_under) + "\n";
  }
  return out;
}

}  // namespace

CoverageOutcome run_coverage(const CoverageCommandOptions& options) {
  CoverageOutcome outcome;
  if (options.format != "text" && options.format != "json") {
    throw UsageError("--format: expected text or json, got \"" + options.format + "\"");
  }
  if (options.fail_under && !(*options.fail_under >= 0.0 && *options.fail_under <= 100.0)) {
    throw UsageError("--fail-under: expected a percentage between 0 and 100");
  }
  const RuleRegistry& registry = all_rules();
  RunSettings run_settings(registry, options.overrides, options.config_file, options.isolated);
  const fs::path root = project_root();
  const RunFiles discovered = discover_run_files(options.paths, run_settings);
  const std::vector<DiscoveredFile>& files = discovered.files;
  const std::vector<std::shared_ptr<const Settings>>& file_settings = discovered.settings;
  // `[coverage] fail-under` is the current directory's, the configuration `tenet config`
  // prints; resolved before any output, so a bad config file is an error, not a half report.
  std::error_code cwd_error;
  const std::shared_ptr<const Settings> here_settings =
      run_settings.settings_for(fs::current_path(cwd_error) / "tenet-placeholder");

  CountingSelections selections;
  std::vector<FileResult> results;
  std::vector<fs::path> cpp_files;
  std::vector<std::size_t> cpp_indices;  // index into files
  std::vector<std::size_t> cpp_rows;     // index into results
  // Python files: one job per file; each worker owns a parser, each row is written by one
  // worker only, and the rows keep discovery's order.
  struct PythonJob {
    std::size_t file = 0;
    std::size_t row = 0;
    RuleSelection selection;
  };
  std::vector<PythonJob> python_jobs;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const DiscoveredFile& file = files[i];
    if (file.kind == FileKind::unknown) continue;
    FileResult result;
    result.path = display_path(file.path, root);
    if (is_cpp(file.kind)) {
      cpp_files.push_back(file.path);
      cpp_indices.push_back(i);
      cpp_rows.push_back(results.size());
    } else {
      python_jobs.push_back(PythonJob{i, results.size(), selections.for_file(*file_settings[i], file.path)});
    }
    results.push_back(std::move(result));
  }
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    python::PythonCoverageMeter meter;
    for (std::size_t k = next++; k < python_jobs.size(); k = next++) {
      const PythonJob& job = python_jobs[k];
      try {
        measure_python(meter, files[job.file], *file_settings[job.file], job.selection, results[job.row]);
      } catch (const std::exception& error) {
        // One file's failure (out of memory...) must not lose every other file's count.
        results[job.row].entries.clear();
        results[job.row].problem = std::string("internal error: ") + error.what();
      }
    }
  };
  const unsigned jobs = static_cast<unsigned>(std::min<std::size_t>(
      options.jobs != 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency()),
      std::max<std::size_t>(python_jobs.size(), 1)));
  if (jobs <= 1) {
    work();
  } else {
    std::vector<std::jthread> workers;
    for (unsigned i = 0; i < jobs; ++i) workers.emplace_back(work);
  }

  // C++ files: measured by the driver when this tenet has one, otherwise left out with a
  // note (a Python-only build must not fail a mixed repository's coverage run).
  std::vector<bool> dropped(results.size(), false);
  if (!cpp_files.empty()) {
    const bool have_driver = access(cpp_driver_path().c_str(), X_OK) == 0;
    CppCoverage cpp;
    if (have_driver) {
      cpp = run_cpp_coverage(cpp_files, *file_settings[cpp_indices.front()], options.jobs);
    } else {
      outcome.notes.push_back(std::to_string(cpp_files.size()) +
                              " C++ file(s) not counted: this tenet was built without the C++ engine (tenet-cpp).");
    }
    for (std::string& note : cpp.notes) outcome.notes.push_back(std::move(note));
    for (std::size_t k = 0; k < cpp_files.size(); ++k) {
      const fs::path& path = cpp_files[k];
      FileResult& row = results[cpp_rows[k]];
      if (!have_driver) {
        dropped[cpp_rows[k]] = true;
        continue;
      }
      if (const auto problem = cpp.problems.find(path); problem != cpp.problems.end()) {
        // A translation unit that failed to compile counts nowhere, as a Python file
        // with a syntax error does.
        row.problem = as_clause(problem->second);
        continue;
      }
      const RuleSelection selection = selections.for_file(*file_settings[cpp_indices[k]], path);
      if (const auto found = cpp.entries.find(path); found != cpp.entries.end()) {
        for (Entry& entry : found->second) {
          const RuleMeta* rule = registry.find(entry.code);
          if (rule != nullptr && selection.enabled(*rule)) row.entries.push_back(std::move(entry));
        }
      }
    }
  }
  std::vector<FileResult> shown;
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (!dropped[i]) shown.push_back(std::move(results[i]));
  }
  for (const auto& problem : discovered.problems) {
    FileResult result;
    result.path = display_path(problem.path, root);
    result.problem = as_clause(problem.message);
    shown.push_back(std::move(result));
  }
  std::sort(shown.begin(), shown.end(), [](const FileResult& a, const FileResult& b) { return a.path < b.path; });

  std::size_t documented = 0;
  std::size_t total = 0;
  for (const FileResult& file : shown) {
    documented += file.documented();
    total += file.entries.size();
  }
  std::optional<double> fail_under = options.fail_under;
  if (!fail_under && here_settings->coverage.fail_under >= 0.0) fail_under = here_settings->coverage.fail_under;
  const bool passed = !fail_under || percent_of(documented, total) >= *fail_under;

  const std::string rendered = options.format == "json"
                                   ? render_json(shown, documented, total, fail_under, passed)
                                   : render_text(shown, documented, total, fail_under, passed, options.verbose);
  if (options.output_file.empty() || options.output_file == "-") {
    outcome.stdout_text = rendered;
  } else {
    report::write_file_atomically(options.output_file, rendered);
  }
  outcome.exit_code = passed ? 0 : 1;
  return outcome;
}

}  // namespace tenet::cli
