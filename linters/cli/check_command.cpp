#include "linters/cli/check_command.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <cctype>
#include <condition_variable>
#include <deque>
#include <functional>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "linters/cli/all_rules.h"
#include "linters/cli/cpp_engine.h"
#include "linters/cli/file_checker.h"
#include "linters/cli/run_files.h"
#include "linters/core/baseline.h"
#include "linters/core/diff_filter.h"
#include "linters/core/discovery.h"
#include "linters/core/tool_rules.h"
#include "linters/report/reporter.h"
#include "pydoc-checker/fix_guard.h"

namespace fs = std::filesystem;

namespace tenet::cli {
namespace {

/// The directory output paths are relative to: the git work tree around the current
/// directory, else the current directory.

std::string display_path_for(const fs::path& path, const fs::path& root, bool& inside_root) {
  std::string relative = relative_to(path, root);
  inside_root = !relative.empty();
  return inside_root ? relative : path.generic_string();
}

std::string root_uri(const fs::path& root) {
  std::string uri = "file://";
  for (const char c : root.generic_string()) {
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

bool is_cpp(FileKind kind) { return kind == FileKind::cpp_source || kind == FileKind::cpp_header; }

/// FileChecker::check(), with a failure inside it reported as the file's TNT003: one file's
/// failure must not lose every other file's results.
FileReport check_guarded(FileChecker& checker, const DiscoveredFile& file, const std::string& display, bool inside_root,
                         const Settings& settings, FileOutput* engine_output = nullptr,
                         const RuleSelection* rules = nullptr) {
  try {
    return checker.check(file, display, inside_root, settings, engine_output, rules);
  } catch (const std::exception& error) {
    return unreadable_file_report(display, inside_root,
                                  std::string("File could not be checked: internal error: ") + error.what() + ".");
  }
}

/// Whether \p finding makes the run fail at \p fail_level: suppressed and baselined findings
/// never do.
bool fails_run(const Finding& finding, Severity fail_level) {
  return !finding.suppressed && finding.baseline != BaselineState::unchanged &&
         finding.baseline != BaselineState::absent && finding.level >= fail_level;
}

/// Whether a report of \p format written to standard output is coloured: text on a
/// terminal, unless NO_COLOR is set.
bool colours_stdout(std::string_view format) {
  return format == "text" && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

/// Runs the C++ engine once over every C++ file, with every C++ rule any of them enables
/// in \p selections (each file's own selection filters afterwards). Does nothing without
/// C++ files.
CppEngineResult check_cpp_files(const std::vector<DiscoveredFile>& files,
                                const std::vector<std::shared_ptr<const Settings>>& file_settings,
                                const std::vector<std::optional<RuleSelection>>& selections,
                                const RuleRegistry& registry, unsigned jobs) {
  std::vector<fs::path> paths;
  std::vector<bool> wanted(registry.size(), false);
  const Settings* first = nullptr;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!is_cpp(files[i].kind)) continue;
    paths.push_back(files[i].path);
    if (first == nullptr) first = file_settings[i].get();
    for (const RuleMeta* rule : registry.rules()) {
      if (rule->language == Language::cpp && selections[i]->enabled(*rule)) wanted[registry.index_of(rule)] = true;
    }
  }
  std::vector<std::string> codes;
  for (const RuleMeta* rule : registry.rules()) {
    if (wanted[registry.index_of(rule)]) codes.emplace_back(rule->code);
  }
  if (paths.empty()) return {};
  if (codes.empty()) {
    // No C++ rule is on: nothing to run, but unreadable files still get TNT003.
    CppEngineResult nothing;
    for (const auto& path : paths) nothing.outputs[path];
    return nothing;
  }
  CppEngineResult result = run_cpp_engine(paths, codes, *first, jobs, registry);
  // The driver names files as it resolved them; key them as discovery did.
  std::map<fs::path, FileOutput> normalised;
  for (auto& [path, output] : result.outputs) normalised[path.lexically_normal()] = std::move(output);
  result.outputs = std::move(normalised);
  return result;
}

/// Code review mode: the changed C++ headers that \p files lack, when \p files hold a
/// translation unit. A header changed on the branch is checked through the units that
/// include it even when only they were named. The headers are found by walking their
/// directories, so .gitignore and the exclude globs apply as to any other file.
std::vector<DiscoveredFile> changed_headers(const std::vector<DiscoveredFile>& files, const ChangedLines& changed,
                                            const SettingsLookup& settings_for) {
  if (std::none_of(files.begin(), files.end(),
                   [](const DiscoveredFile& file) { return file.kind == FileKind::cpp_source; })) {
    return {};
  }
  std::set<fs::path> known;
  for (const DiscoveredFile& file : files) known.insert(file.path);
  std::set<fs::path> headers;
  std::set<fs::path> directories;
  for (const fs::path& path : changed.files()) {
    std::error_code ec;
    if (known.contains(path) || !fs::is_regular_file(path, ec)) continue;
    headers.insert(path);
    directories.insert(path.parent_path());
  }
  if (headers.empty()) return {};
  std::vector<DiscoveryProblem> ignored;  // problems in these directories are not this run's
  std::vector<DiscoveredFile> found = discover_files({directories.begin(), directories.end()}, settings_for, ignored);
  std::erase_if(found, [&](const DiscoveredFile& file) {
    return file.kind != FileKind::cpp_header || !headers.contains(file.path);
  });
  return found;
}

unsigned worker_count(unsigned requested, std::size_t files) {
  unsigned jobs = requested != 0 ? requested : std::max(1U, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(files, 1)));
}

std::optional<Severity> parse_severity(std::string_view text) {
  for (const Severity s : {Severity::note, Severity::warning, Severity::error}) {
    if (severity_name(s) == text) return s;
  }
  return std::nullopt;
}

/// Checks Python files on worker threads while discovery is still finding more: on a tree
/// of many directories (Django's has 2,500) walking it takes a tenth of a run, which would
/// otherwise be spent before any worker starts. C++ files wait for the engine, which needs
/// them all: they are left to the caller, like anything not checked when discovery ends.
class EarlyPythonChecks {
 public:
  EarlyPythonChecks(const RuleRegistry& registry, const FileCheckOptions& options, const fs::path& root,
                    unsigned jobs) {
    for (unsigned i = 0; i < jobs; ++i) {
      workers_.emplace_back([this, &registry, options, root] { work(registry, options, root); });
    }
  }
  EarlyPythonChecks(const EarlyPythonChecks&) = delete;
  EarlyPythonChecks& operator=(const EarlyPythonChecks&) = delete;
  /// Also what stops the workers when discovery throws: they finish the file in hand.
  ~EarlyPythonChecks() { finish(); }

  /// Queues a file discovery found (on the discovering thread); a path seen before, or a
  /// file that is not Python, is not queued.
  void add(const DiscoveredFile& file, const std::shared_ptr<const Settings>& settings) {
    if (file.kind != FileKind::python && file.kind != FileKind::python_stub) return;
    if (!queued_paths_.insert(file.path).second) return;
    {
      const std::lock_guard lock(mutex_);
      queue_.push_back({file, settings});
    }
    ready_.notify_one();
  }

  /// Ends discovery: the workers finish the file in hand and take no more.
  /// \return The reports of the files checked, by path; the rest are the caller's.
  std::map<fs::path, FileReport> finish() {
    {
      const std::lock_guard lock(mutex_);
      discovery_done_ = true;
    }
    ready_.notify_all();
    workers_.clear();  // joins
    return std::move(reports_);
  }

 private:
  struct Queued {
    DiscoveredFile file;
    std::shared_ptr<const Settings> settings;
  };

  void work(const RuleRegistry& registry, const FileCheckOptions& options, const fs::path& root) {
    FileChecker checker(registry, options);
    std::vector<std::pair<fs::path, FileReport>> done;
    for (;;) {
      Queued next;
      {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return !queue_.empty() || discovery_done_; });
        // Once discovery is over the caller checks what is left, in path order.
        if (discovery_done_) break;
        next = std::move(queue_.front());
        queue_.pop_front();
      }
      bool inside_root = true;
      const std::string display = display_path_for(next.file.path, root, inside_root);
      done.emplace_back(next.file.path, check_guarded(checker, next.file, display, inside_root, *next.settings));
    }
    const std::lock_guard lock(mutex_);
    for (auto& [path, report] : done) reports_.emplace(std::move(path), std::move(report));
  }

  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Queued> queue_;
  bool discovery_done_ = false;
  std::map<fs::path, FileReport> reports_;
  std::set<fs::path> queued_paths_;  ///< Only the discovering thread touches it.
  std::vector<std::jthread> workers_;  ///< Last: joined before the members they use go.
};

/// Receives each file's report, in the order of their paths, as soon as it and every file
/// before it are checked (see collect()).
using ReportStream = std::function<void(FileReport&&)>;

/// Hands finished reports to a ReportStream in path order, from whichever worker finished
/// them, and frees each once written: the run holds only the reports that finished ahead
/// of a slower one, not every finding. Without a stream it does nothing.
class StreamOrder {
 public:
  /// \param stream  Where reports go; empty for none.
  /// \param order   Indexes of \p reports in path order.
  /// \param reports The reports, filled in by the workers.
  StreamOrder(const ReportStream& stream, const std::vector<std::size_t>& order, std::vector<FileReport>& reports)
      : stream_(stream), order_(order), reports_(reports), done_(order.size(), 0) {}

  /// Sets the reports of paths that are not checked files, before any file is done.
  /// \param reports The reports, in any order.
  void add_extras(std::vector<FileReport> reports) {
    extras_ = std::move(reports);
    std::stable_sort(extras_.begin(), extras_.end(), [](const FileReport& a, const FileReport& b) { return a.path < b.path; });
  }

  /// Marks the file at \p position of the order as checked, and writes what can be.
  /// \param position The file's position in the order.
  void done(std::size_t position) {
    if (!stream_) return;
    const std::lock_guard lock(mutex_);
    done_[position] = 1;
    while (next_ < order_.size() && done_[next_] != 0) {
      FileReport& report = reports_[order_[next_]];
      write_extras_before(report.path);
      stream_(std::move(report));
      report = FileReport{};
      ++next_;
    }
  }

  /// Writes the extra reports left after the last file.
  void finish() {
    if (!stream_) return;
    const std::lock_guard lock(mutex_);
    for (; next_extra_ < extras_.size(); ++next_extra_) stream_(std::move(extras_[next_extra_]));
  }

 private:
  void write_extras_before(const std::string& path) {
    for (; next_extra_ < extras_.size() && extras_[next_extra_].path < path; ++next_extra_) {
      stream_(std::move(extras_[next_extra_]));
    }
  }

  const ReportStream& stream_;
  const std::vector<std::size_t>& order_;
  std::vector<FileReport>& reports_;
  std::vector<char> done_;  ///< By position in the order.
  std::vector<FileReport> extras_;
  std::size_t next_ = 0;        ///< The next position to write.
  std::size_t next_extra_ = 0;  ///< The next extra report to write.
  std::mutex mutex_;
};

/// Discovers and checks every file; the findings before baseline and diff filtering.
/// With \p changed (`--diff-base`), changed C++ headers join the translation units named.
/// With \p stream, each file's report goes to it in path order as soon as it can, and the
/// returned run holds no files, only the totals.
RunReport collect(const CheckOptions& options, bool wants_sarif, Severity& fail_level,
                  const ChangedLines* changed = nullptr, const ReportStream& stream = {}) {
  FileCheckOptions check_options;
  check_options.compute_line_hashes = wants_sarif;
  check_options.compute_fingerprints = wants_sarif;
  if (options.fix || options.diff) check_options.fix = options.unsafe_fixes ? FixMode::unsafe : FixMode::safe;
  check_options.fix_diff_only = options.diff;
  check_options.preserves_code = &python::fix_preserves_code;
  const RuleRegistry& registry = all_rules();
  RunSettings run_settings(registry, options.overrides, options.config_file, options.isolated);
  const fs::path root = project_root();
  ExtraFiles extra;
  if (changed != nullptr) {
    extra = [&](const std::vector<DiscoveredFile>& found, const SettingsLookup& lookup) {
      return changed_headers(found, *changed, lookup);
    };
  }
  // With more than one worker, Python files are checked while discovery goes on; not with
  // --fix, which writes files, and must not start before the whole command line is known good.
  const unsigned requested_jobs = worker_count(options.jobs, SIZE_MAX);
  std::optional<EarlyPythonChecks> early;
  if (requested_jobs > 1 && !options.fix && !options.diff) early.emplace(registry, check_options, root, requested_jobs);
  RunFiles discovered = discover_run_files(
      options.paths, run_settings, extra,
      early ? [&](const DiscoveredFile& file, const std::shared_ptr<const Settings>& settings) { early->add(file, settings); }
            : std::function<void(const DiscoveredFile&, const std::shared_ptr<const Settings>&)>{});
  std::map<fs::path, FileReport> early_reports;
  if (early) early_reports = early->finish();
  std::vector<DiscoveredFile>& files = discovered.files;
  const std::vector<std::shared_ptr<const Settings>>& file_settings = discovered.settings;
  const std::vector<DiscoveryProblem>& problems = discovered.problems;

  std::vector<FileReport> reports(files.size());
  std::vector<bool> checked_early(files.size(), false);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto found = early_reports.find(files[i].path);
    if (found == early_reports.end()) continue;
    reports[i] = std::move(found->second);
    checked_early[i] = true;
  }
  const unsigned jobs = worker_count(options.jobs, files.size());
  // A C++ file's selection is needed before the engine runs (which rules to run) and
  // after (which findings to keep): computed once, here. Python files compute theirs
  // on the workers.
  std::vector<std::optional<RuleSelection>> cpp_selections(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!is_cpp(files[i].kind)) continue;
    bool inside_root = true;
    cpp_selections[i].emplace(
        rules_for_file(registry, files[i], display_path_for(files[i].path, root, inside_root), *file_settings[i]));
  }
  CppEngineResult cpp = check_cpp_files(files, file_settings, cpp_selections, registry, jobs);
  for (const std::string& note : cpp.notes) std::cerr << "tenet: note: " << note << "\n";

  // Files are checked in the order of their paths, so that a stream can write each one as
  // soon as those before it are done and then let it go.
  std::vector<std::string> displays(files.size());
  std::vector<char> inside(files.size(), 1);
  std::vector<std::size_t> order(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    bool inside_root = true;
    displays[i] = display_path_for(files[i].path, root, inside_root);
    inside[i] = inside_root ? 1 : 0;
    order[i] = i;
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return displays[a] < displays[b]; });
  // Reports of paths that are not checked files: discovery problems, and C++ files the
  // engine could not check that discovery did not list. A checked C++ file's engine problem
  // goes first in its own report instead.
  std::vector<FileReport> unlisted;
  const auto add_unlisted = [&](const fs::path& path, const std::string& message) {
    bool inside_root = true;
    unlisted.push_back(unreadable_file_report(display_path_for(path, root, inside_root), inside_root, message));
  };
  for (const auto& problem : problems) add_unlisted(problem.path, problem.message);
  std::map<fs::path, std::string> cpp_problem_of;
  for (const auto& [path, message] : cpp.problems) {
    const auto it = std::find_if(files.begin(), files.end(), [&](const DiscoveredFile& file) { return file.path == path; });
    if (it != files.end()) {
      cpp_problem_of.emplace(path, message);
    } else {
      add_unlisted(path, message);
    }
  }
  StreamOrder emitter(stream, order, reports);
  if (stream) {
    emitter.add_extras(std::move(unlisted));  // written in their place among the files
  } else {
    std::move(unlisted.begin(), unlisted.end(), std::back_inserter(reports));
  }

  const auto check_one = [&](FileChecker& checker, std::size_t i) {
    const DiscoveredFile& file = files[i];
    const std::string& display = displays[i];
    const bool inside_root = inside[i] != 0;
    if (file.kind == FileKind::unknown) {
      reports[i] = FileReport{display, inside_root, {}};
      return;
    }
    // C++ files were analysed by the engine already; each worker moves out of its own
    // entries of the map, which no one modifies any more.
    FileOutput nothing_found;
    FileOutput* engine_output = nullptr;
    if (is_cpp(file.kind)) {
      const auto found = cpp.outputs.find(file.path);
      engine_output = found != cpp.outputs.end() ? &found->second : &nothing_found;
    }
    reports[i] = check_guarded(checker, file, display, inside_root, *file_settings[i], engine_output,
                               cpp_selections[i] ? &*cpp_selections[i] : nullptr);
    const auto problem = cpp_problem_of.find(file.path);
    if (problem != cpp_problem_of.end()) {
      const FileReport unreadable = unreadable_file_report(display, inside_root, problem->second);
      auto& existing = reports[i].findings;
      existing.insert(existing.begin(), unreadable.findings.begin(), unreadable.findings.end());
    }
  };

  // Files checked during discovery wait for their turn in the stream (discovery is a small
  // part of a run, so they are few).
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (checked_early[order[k]]) emitter.done(k);
  }

  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    FileChecker checker(registry, check_options);
    for (std::size_t k = next++; k < files.size(); k = next++) {
      const std::size_t i = order[k];
      if (checked_early[i]) continue;
      check_one(checker, i);
      emitter.done(k);
    }
  };
  if (jobs <= 1) {
    work();
  } else {
    std::vector<std::jthread> workers;
    for (unsigned i = 0; i < jobs; ++i) workers.emplace_back(work);
  }
  emitter.finish();

  RunReport run;
  run.tool_version = TENET_VERSION;
  run.root_uri = root_uri(root);
  run.files_checked = files.size();
  // Rules listed in SARIF: every rule enabled for any checked file.
  std::vector<bool> enabled_anywhere(registry.size(), false);
  {
    std::vector<const Settings*> distinct;
    for (const auto& settings : file_settings) {
      if (std::find(distinct.begin(), distinct.end(), settings.get()) == distinct.end()) distinct.push_back(settings.get());
    }
    if (distinct.empty()) distinct.push_back(run_settings.settings_for(root / "tenet-placeholder").get());
    for (const Settings* settings : distinct) {
      const RuleSelection selection = select_rules(registry, *settings, "");
      for (const RuleMeta* rule : registry.rules()) {
        if (selection.enabled(*rule)) enabled_anywhere[registry.index_of(rule)] = true;
      }
    }
  }
  for (auto& report : reports) {
    run.fixes_applied += report.fixes_applied;
    if (!report.fix_diff.empty()) run.fix_diffs.emplace_back(report.path, std::move(report.fix_diff));
    for (const Finding& finding : report.findings) enabled_anywhere[registry.index_of(finding.rule)] = true;
    if (!report.findings.empty()) run.files.push_back(std::move(report));
  }
  for (const RuleMeta* rule : registry.rules()) {
    if (enabled_anywhere[registry.index_of(rule)]) run.enabled_rules.push_back(rule);
  }
  std::sort(run.files.begin(), run.files.end(), [](const FileReport& a, const FileReport& b) { return a.path < b.path; });
  std::sort(run.fix_diffs.begin(), run.fix_diffs.end());

  fail_level = run_settings.settings_for(root / "tenet-placeholder")->fail_level;
  if (options.fail_level) fail_level = *parse_severity(*options.fail_level);
  return run;
}

/// The absolute path a report's file stands for.
fs::path absolute_path_of(const FileReport& file, const fs::path& root) {
  return file.inside_root ? (root / file.path).lexically_normal() : fs::path(file.path);
}

/// Keeps only findings on a changed line, or with a trigger or related place on one. A
/// trigger may lie in another file (a C++ finding in a source whose doc comment is in a
/// header): its own file's changes decide.
void keep_changed(RunReport& run, const ChangedLines& changed, const fs::path& root) {
  for (FileReport& file : run.files) {
    const fs::path path = absolute_path_of(file, root);
    std::erase_if(file.findings, [&](const Finding& finding) {
      if (changed.contains(path, finding.start.line)) return false;
      if (finding.trigger_first_line != 0 &&
          changed.overlaps(path, finding.trigger_first_line, finding.trigger_last_line)) {
        return false;
      }
      if (std::any_of(finding.trigger_places.begin(), finding.trigger_places.end(), [&](const TriggerLines& place) {
            return changed.overlaps(fs::path(place.file).lexically_normal(), place.first_line, place.last_line);
          })) {
        return false;
      }
      return std::none_of(finding.related.begin(), finding.related.end(),
                          [&](const ResolvedRelated& place) { return changed.contains(path, place.start.line); });
    });
  }
  std::erase_if(run.files, [](const FileReport& file) { return file.findings.empty(); });
}

void drop_baselined(RunReport& run) {
  for (FileReport& file : run.files) {
    std::erase_if(file.findings, [](const Finding& finding) { return finding.baseline == BaselineState::unchanged; });
  }
  std::erase_if(run.files, [](const FileReport& file) { return file.findings.empty(); });
}

/// `tenet check --show-files`: the files a check of the same paths would read, as its
/// output names them, sorted; like ruff's flag of that name.
int show_files(const CheckOptions& options) {
  RunSettings run_settings(all_rules(), options.overrides, options.config_file, options.isolated);
  const RunFiles discovered = discover_run_files(options.paths, run_settings);
  const fs::path root = project_root();
  std::vector<std::string> shown;
  for (const DiscoveredFile& file : discovered.files) {
    bool inside_root = true;
    shown.push_back(display_path_for(file.path, root, inside_root));
  }
  std::sort(shown.begin(), shown.end());
  for (const std::string& path : shown) std::cout << path << "\n";
  return 0;
}

}  // namespace

int run_check(const CheckOptions& options) {
  if (options.show_files) return show_files(options);
  const bool wants_sarif = std::any_of(options.reports.begin(), options.reports.end(),
                                       [](const ReportTarget& target) { return target.format == "sarif"; });
  // Inputs that can be wrong are read before any work, so a bad one costs nothing.
  std::optional<Baseline> baseline;
  if (options.baseline) baseline = Baseline::load(*options.baseline);
  std::optional<ChangedLines> changed;
  if (options.diff_base) changed = changed_lines_since(*options.diff_base, fs::current_path());

  Severity fail_level = Severity::note;
  // The plain text report on standard output, the pre-commit and editor case, is written
  // file by file: memory stays flat however many findings a run has. Reports that filter
  // the whole run (a baseline, a diff base) or that are documents (SARIF, JSON...) wait
  // for the end.
  const bool streams_text = options.reports.size() == 1 && options.reports[0].format == "text" &&
                            (options.reports[0].path.empty() || options.reports[0].path == "-") && !baseline &&
                            !changed && !options.fix && !options.diff;
  if (streams_text) {
    report::ReportOptions render_options;
    render_options.show_suppressed = options.show_suppressed;
    render_options.color = colours_stdout("text");
    report::TextStream text(render_options, std::cout);
    // The worst level that counts: collect() sets fail_level only at the end.
    std::optional<Severity> worst;
    const RunReport run = collect(options, false, fail_level, nullptr, [&](FileReport&& file) {
      for (const Finding& finding : file.findings) {
        if (fails_run(finding, Severity::note) && (!worst || finding.level > *worst)) worst = finding.level;
      }
      text.file(file);
    });
    text.finish(run);
    std::cout.flush();
    return worst && *worst >= fail_level && !options.exit_zero ? 1 : 0;
  }
  RunReport run = collect(options, wants_sarif, fail_level, changed ? &*changed : nullptr);
  const fs::path root = project_root();
  if (changed) keep_changed(run, *changed, root);
  if (baseline) {
    baseline->apply(run, root, options.show_baseline ? &all_rules() : nullptr);
    if (!options.show_baseline) drop_baselined(run);
  }

  if (options.diff) {
    // Like ruff's --diff: the changes on stdout, a count on stderr, exit 1 when any.
    for (const auto& [path, diff] : run.fix_diffs) std::cout << diff;
    std::cerr << "tenet: " << run.fixes_applied << " fix(es) would be applied to " << run.fix_diffs.size()
              << " file(s).\n";
    return run.fix_diffs.empty() || options.exit_zero ? 0 : 1;
  }
  bool failed = false;
  for (const auto& report : run.files) {
    for (const Finding& finding : report.findings) failed = failed || fails_run(finding, fail_level);
  }

  report::ReportOptions render_options;
  render_options.show_suppressed = options.show_suppressed;
  for (const ReportTarget& target : options.reports) {
    const report::WriteFn write = report::find_writer(target.format);
    std::ostringstream rendered;
    if (target.path.empty() || target.path == "-") {
      render_options.color = colours_stdout(target.format);
      write(run, render_options, std::cout);
      std::cout.flush();
    } else {
      render_options.color = false;
      write(run, render_options, rendered);
      report::write_file_atomically(target.path, rendered.str());
    }
  }
  return failed && !options.exit_zero ? 1 : 0;
}

int write_baseline(const CheckOptions& options, const std::string& output) {
  Severity fail_level = Severity::note;
  const RunReport run = collect(options, false, fail_level);
  report::write_file_atomically(output, Baseline::to_json(run));
  std::size_t count = 0;
  for (const auto& file : run.files) {
    count += static_cast<std::size_t>(std::count_if(file.findings.begin(), file.findings.end(),
                                                    [](const Finding& finding) { return !finding.suppressed; }));
  }
  std::cerr << "tenet: wrote " << count << " finding(s) to the baseline " << output << "\n";
  return 0;
}

}  // namespace tenet::cli
