// tenet-cpp: the LibTooling driver `tenet check` runs for C++ files.
//
//   tenet-cpp [-p BUILD_DIR] [--jobs N] [--select CODE,CODE,...] [--project-root DIR]
//             [--option KEY=VALUE]... [--coverage] FILE...
//
// --project-root (default: the nearest ancestor of the first file holding .git) is where
// test directories (tests/, test/, ...) are recognised, for CXL001, and what the globs of
// the options are relative to.
// --option KEY=VALUE sets one `[cpp]` option of the configuration; list options take one
// item per --option (repeat it), never a comma-separated list:
//   public-headers=GLOB            headers that form the public API (CXD1xx; default: all)
//   exclude=GLOB                   files whose findings are never reported
//   logger-functions=NAME          logger function (`ns::log::error`, `ns::log::*`) or macro
//   allowed-output-functions=NAME  output call or function allowed to print (CXL001)
//   doxygen-commands=NAME          extra documentation command (CXD240)
//   document-enumerators=BOOL      CXD103 also asks for each enumerator's doc
// An unknown KEY is a usage error (exit 2).
//
// Checks each source FILE's translation unit in-process (all cores), reports findings in
// headers among FILE through the translation units that include them (once each), checks
// headers no checked translation unit includes through a unit of the compile database that
// includes them (else parses them alone as C++), and prints JSON Lines on stdout:
//   {"kind":"diagnostic","file":ABS,"code":..,"message":..,"begin":B,"end":E,"symbol":..
//    [,"triggers":[{"file":ABS,"first_line":N,"last_line":M},..]]}
//   (triggers: other places, in any file, whose change makes the finding new for --diff-base)
//   {"kind":"suppression","file":ABS,"scope":"line|next_line|block_begin|block_end",
//    "begin":B,"end":E,"codes":[..]}
//   {"kind":"problem","file":ABS,"message":..}      (tenet reports these as TNT003)
//   {"kind":"note","message":..}
// With --coverage (for `tenet coverage`), no rule runs: every public API entity the
// CXD100-CXD106 rules (those --select chooses) ask a comment of is printed instead of the
// diagnostics and suppressions, documented or not (problems and notes as above):
//   {"kind":"entity","file":ABS,"code":"CXD100","entity":"function","name":..,"line":L,
//    "documented":true|false}
// Exit status: 0 unless the driver itself failed (2 for a usage error).
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <clang/AST/ASTConsumer.h>
#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/FileManager.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/VirtualFileSystem.h>

#include "clang-plugin/cpp_rule.h"
#include "clang-plugin/driver/compile_db.h"
#include "clang-plugin/driver/coverage.h"
#include "clang-plugin/driver/jsonl.h"
#include "clang-plugin/guard.h"
#include "clang-plugin/nolint.h"

#ifndef TENET_CLANG_RESOURCE_DIR
#define TENET_CLANG_RESOURCE_DIR ""
#endif

namespace tenet::cpp {
namespace {

constexpr const char* kUsage =
    "usage: tenet-cpp [-p BUILD_DIR] [--jobs N] [--select CODE,CODE,...] [--project-root DIR]\n"
    "                 [--option KEY=VALUE]... [--coverage] FILE...\n"
    "Options (KEY=VALUE, one list item per --option): public-headers=GLOB, exclude=GLOB,\n"
    "logger-functions=NAME, allowed-output-functions=NAME, doxygen-commands=NAME,\n"
    "document-enumerators=true|false.\n"
    "Checks C++ files with tenet's C++ rules and prints JSON Lines on stdout;\n"
    "--coverage prints the public API entities and whether each is documented instead.\n";

struct Options {
  std::optional<std::string> build_path;
  std::optional<std::string> project_root;
  unsigned jobs = 0;
  std::vector<std::string> select;
  std::vector<std::string> files;
  CheckOptions check;  ///< The `[cpp]` options given with --option.
  bool coverage = false;  ///< --coverage: list entities instead of checking.
};

bool is_header_path(llvm::StringRef path) {
  const llvm::StringRef extension = llvm::sys::path::extension(path);
  for (llvm::StringRef candidate : {".h", ".hh", ".hpp", ".hxx", ".h++", ".inl", ".ipp", ".tcc", ".cuh"}) {
    if (extension.equals_insensitive(candidate)) return true;
  }
  return false;
}

std::string real_path(const std::string& path) {
  llvm::SmallString<256> resolved;
  if (llvm::sys::fs::real_path(path, resolved)) return path;
  return std::string(resolved);
}

/// One finding or suppression as printed; ordered for deterministic output.
struct DiagnosticRecord {
  std::string file, code, message, symbol;
  std::uint32_t begin = 0, end = 0;
  std::uint32_t line = 0;  // 1-based; computed in coverage mode only
  std::vector<TriggerPlace> triggers;  // not part of the key: the same finding seen from two TUs
  auto key() const { return std::tie(file, begin, end, code, message); }
  bool operator<(const DiagnosticRecord& other) const { return key() < other.key(); }
};

/// Everything the workers produce, behind one lock.
class Results {
 public:
  /// \param coverage Print coverage entities instead of diagnostics (--coverage).
  explicit Results(bool coverage) : coverage_(coverage) {}
  [[nodiscard]] bool coverage() const { return coverage_; }
  void add(std::vector<DiagnosticRecord> records, std::vector<std::pair<std::string, std::string>> problems) {
    const std::lock_guard lock(mutex_);
    for (auto& record : records) diagnostics_.insert(std::move(record));
    for (auto& problem : problems) problems_.insert(std::move(problem));
  }
  /// Claims \p file for suppression scanning; true the first time only.
  bool claim_scan(const std::string& file) {
    const std::lock_guard lock(mutex_);
    return scanned_.insert(file).second;
  }
  void add_suppressions(const std::string& file, std::vector<SuppressionDirective> directives) {
    const std::lock_guard lock(mutex_);
    auto& list = suppressions_[file];
    for (auto& directive : directives) list.push_back(std::move(directive));
  }
  void mark_seen(const std::string& file) {
    const std::lock_guard lock(mutex_);
    seen_.insert(file);
  }
  bool seen(const std::string& file) {
    const std::lock_guard lock(mutex_);
    return seen_.count(file) != 0;
  }

  void print(const DriverMessages& messages) {
    std::string out;
    for (const std::string& note : messages.notes) out += "{\"kind\":\"note\",\"message\":" + json_string(note) + "}\n";
    std::set<std::pair<std::string, std::string>> problems(messages.problems.begin(), messages.problems.end());
    problems.insert(problems_.begin(), problems_.end());
    for (const auto& [file, message] : problems) {
      out += "{\"kind\":\"problem\",\"file\":" + json_string(file) + ",\"message\":" + json_string(message) + "}\n";
    }
    if (coverage_) {
      for (const DiagnosticRecord& record : diagnostics_) {
        const std::optional<CoverageFact> fact = parse_coverage_message(record.message);
        if (!fact) continue;
        out += "{\"kind\":\"entity\",\"file\":" + json_string(record.file) + ",\"code\":" + json_string(record.code) +
               ",\"entity\":" + json_string(fact->kind) + ",\"name\":" + json_string(fact->name) +
               ",\"line\":" + std::to_string(record.line) + ",\"documented\":" + (fact->documented ? "true" : "false") +
               "}\n";
      }
      std::fwrite(out.data(), 1, out.size(), stdout);
      std::fflush(stdout);
      return;
    }
    for (const auto& [file, directives] : suppressions_) {
      for (const SuppressionDirective& directive : directives) {
        const char* scope = directive.scope == SuppressionScope::next_line     ? "next_line"
                            : directive.scope == SuppressionScope::block_begin ? "block_begin"
                            : directive.scope == SuppressionScope::block_end   ? "block_end"
                                                                               : "line";
        out += "{\"kind\":\"suppression\",\"file\":" + json_string(file) + ",\"scope\":\"" + scope +
               "\",\"begin\":" + std::to_string(directive.comment.begin) +
               ",\"end\":" + std::to_string(directive.comment.end) + ",\"codes\":[";
        for (std::size_t i = 0; i < directive.codes.size(); ++i) {
          if (i != 0) out += ',';
          out += json_string(directive.codes[i]);
        }
        out += "]}\n";
      }
    }
    for (const DiagnosticRecord& record : diagnostics_) {
      out += "{\"kind\":\"diagnostic\",\"file\":" + json_string(record.file) + ",\"code\":" +
             json_string(record.code) + ",\"message\":" + json_string(record.message) +
             ",\"begin\":" + std::to_string(record.begin) + ",\"end\":" + std::to_string(record.end) +
             ",\"symbol\":" + json_string(record.symbol) + json_triggers(record.triggers) + "}\n";
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
  }

 private:
  bool coverage_ = false;
  std::mutex mutex_;
  std::set<DiagnosticRecord> diagnostics_;  // a header's finding, seen from many TUs, once
  std::set<std::pair<std::string, std::string>> problems_;
  std::set<std::string> scanned_;
  std::set<std::string> seen_;
  std::map<std::string, std::vector<SuppressionDirective>> suppressions_;
};

/// The requested files: real path -> the path as tenet gave it.
using RequestedFiles = std::unordered_map<std::string, std::string>;

/// Keeps findings in requested files only, named as tenet named them.
class DriverSink final : public FindingSink {
 public:
  DriverSink(const clang::SourceManager& sources, const RequestedFiles& requested, bool lines = false)
      : sources_(sources), requested_(requested), lines_(lines) {}

  bool wants(clang::FileID file) override { return display(file) != nullptr; }

  void add(Finding finding) override {
    const std::string* path = display(finding.file);
    if (path == nullptr) return;
    records_.push_back(DiagnosticRecord{*path, std::string(finding.rule->code), std::move(finding.message),
                                        std::move(finding.symbol), finding.begin, finding.end, 0,
                                        std::move(finding.triggers)});
    // Coverage reports lines; tenet computes a finding's line itself from its offset.
    if (lines_) records_.back().line = sources_.getLineNumber(finding.file, finding.begin);
  }

  /// The requested file \p file is, or null.
  const std::string* display(clang::FileID file) {
    if (auto cached = cache_.find(file); cached != cache_.end()) return cached->second;
    const std::string* result = nullptr;
    if (auto entry = sources_.getFileEntryRefForID(file)) {
      const llvm::StringRef canonical = sources_.getFileManager().getCanonicalName(*entry);
      // The canonical name is absolute with symbolic links resolved, like the keys.
      if (auto found = requested_.find(canonical.str()); found != requested_.end()) {
        result = &found->second;
      }
    }
    cache_.emplace(file, result);
    return result;
  }
  /// Every file of the TU that was looked at, with its requested name (null: not requested).
  const std::map<clang::FileID, const std::string*>& files() const { return cache_; }
  std::vector<DiagnosticRecord>& records() { return records_; }

 private:
  const clang::SourceManager& sources_;
  const RequestedFiles& requested_;
  bool lines_ = false;
  std::map<clang::FileID, const std::string*> cache_;
  std::vector<DiagnosticRecord> records_;
};

/// Collects the compile's errors (warnings are off: -w).
class ErrorCollector final : public clang::DiagnosticConsumer {
 public:
  void HandleDiagnostic(clang::DiagnosticsEngine::Level level, const clang::Diagnostic& info) override {
    clang::DiagnosticConsumer::HandleDiagnostic(level, info);
    if (level < clang::DiagnosticsEngine::Error || !first_.empty()) return;
    llvm::SmallString<256> text;
    info.FormatDiagnostic(text);
    std::string where;
    if (info.hasSourceManager() && info.getLocation().isValid()) {
      const clang::PresumedLoc presumed = info.getSourceManager().getPresumedLoc(info.getLocation());
      if (presumed.isValid()) {
        where = std::string(presumed.getFilename()) + ":" + std::to_string(presumed.getLine()) + ":" +
                std::to_string(presumed.getColumn()) + ": ";
      }
    }
    first_ = where + std::string(text);
  }
  [[nodiscard]] const std::string& first() const { return first_; }

 private:
  std::string first_;
};

/// What one translation unit contributes.
struct TuContext {
  const RequestedFiles& requested;
  std::span<const CppRule* const> rules;
  const CheckOptions& options;
  Results& results;
  std::vector<DiagnosticRecord> records;
  std::string error;  // an internal failure while checking
};

class CheckConsumer final : public clang::ASTConsumer {
 public:
  CheckConsumer(clang::CompilerInstance& compiler, TuContext& tu) : compiler_(compiler), tu_(tu) {}

  void HandleTranslationUnit(clang::ASTContext& ast) override {
    run_guarded(
        [&] {
          DriverSink sink(ast.getSourceManager(), tu_.requested, tu_.results.coverage());
          run_rules(ast, compiler_.hasPreprocessor() ? &compiler_.getPreprocessor() : nullptr, tu_.rules, sink,
                    tu_.options);
          collect_files(ast, sink);
          tu_.records = std::move(sink.records());
        },
        tu_.error);
  }

 private:
  /// Marks the requested files of this TU as seen and scans their NOLINT comments once.
  void collect_files(clang::ASTContext& ast, DriverSink& sink) {
    const clang::SourceManager& sources = ast.getSourceManager();
    for (auto file = sources.fileinfo_begin(); file != sources.fileinfo_end(); ++file) {
      const clang::FileID id = sources.translateFile(file->first);
      if (id.isInvalid() || sources.isInSystemHeader(sources.getLocForStartOfFile(id))) continue;
      const std::string* path = sink.display(id);
      if (path == nullptr) continue;
      tu_.results.mark_seen(*path);
      if (tu_.results.claim_scan(*path)) {
        tu_.results.add_suppressions(*path, scan_suppressions(sources, id, ast.getLangOpts()));
      }
    }
  }

  clang::CompilerInstance& compiler_;
  TuContext& tu_;
};

class CheckAction final : public clang::ASTFrontendAction {
 public:
  explicit CheckAction(TuContext& tu) : tu_(tu) {}
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance& compiler, llvm::StringRef) override {
    return std::make_unique<CheckConsumer>(compiler, tu_);
  }

 private:
  TuContext& tu_;
};

/// Runs one translation unit and records what it found.
void check_unit(const std::string& file, const TuCommand& command, const RequestedFiles& requested,
                std::span<const CppRule* const> rules, const CheckOptions& options, Results& results) {
  TuContext tu{requested, rules, options, results, {}, {}};
  ErrorCollector errors;
  std::string failure;
  const bool ran = run_guarded(
      [&] {
        llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> filesystem = llvm::vfs::createPhysicalFileSystem();
        if (!command.directory.empty()) (void)filesystem->setCurrentWorkingDirectory(command.directory);
        llvm::IntrusiveRefCntPtr<clang::FileManager> files(
            new clang::FileManager(clang::FileSystemOptions(), filesystem));
        clang::tooling::ToolInvocation invocation(command.argv, std::make_unique<CheckAction>(tu), files.get());
        invocation.setDiagnosticConsumer(&errors);
        invocation.run();
      },
      failure);
  std::vector<std::pair<std::string, std::string>> problems;
  const std::string& display = requested.at(real_path(file));
  if (!ran || !tu.error.empty()) {
    problems.emplace_back(display, "tenet-cpp failed while checking this file: " + (ran ? tu.error : failure) + ".");
  }
  if (errors.getNumErrors() > 0) {
    problems.emplace_back(display, "Translation unit failed to compile (" + std::to_string(errors.getNumErrors()) +
                                       (errors.getNumErrors() == 1 ? " error" : " errors") +
                                       (results.coverage() ? "). First error: " : "); findings cover what parsed. First error: ") +
                                       errors.first());
  }
  results.add(std::move(tu.records), std::move(problems));
}

/// Runs \p work (file, command) pairs on \p jobs threads.
void run_all(const std::vector<std::pair<std::string, TuCommand>>& work, unsigned jobs,
             const RequestedFiles& requested, std::span<const CppRule* const> rules, const CheckOptions& options,
             Results& results) {
  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    for (std::size_t index = next++; index < work.size(); index = next++) {
      check_unit(work[index].first, work[index].second, requested, rules, options, results);
    }
  };
  const unsigned threads = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(work.size())));
  std::vector<std::thread> pool;
  for (unsigned i = 1; i < threads; ++i) pool.emplace_back(worker);
  worker();
  for (std::thread& thread : pool) thread.join();
}

std::vector<std::string> split_commas(llvm::StringRef list) {
  std::vector<std::string> items;
  llvm::SmallVector<llvm::StringRef, 8> parts;
  list.split(parts, ',', -1, false);
  for (llvm::StringRef part : parts) {
    part = part.trim();
    if (!part.empty()) items.push_back(part.str());
  }
  return items;
}

/// Parses argv; returns false (after printing why) on a usage error.
bool parse_options(int argc, char** argv, Options& options, bool& help) {
  for (int i = 1; i < argc; ++i) {
    const llvm::StringRef arg = argv[i];
    const auto value = [&](llvm::StringRef name) -> std::optional<std::string> {
      if (arg == name) {
        if (i + 1 >= argc) return std::nullopt;
        return std::string(argv[++i]);
      }
      return std::string(arg.substr(name.size() + 1));
    };
    if (arg == "-h" || arg == "--help") {
      help = true;
      return true;
    }
    if (arg == "--coverage") {
      options.coverage = true;
      continue;
    }
    if (arg == "-p" || arg.starts_with("-p=") || (arg.starts_with("-p") && arg.size() > 2 && arg[2] != '-')) {
      std::optional<std::string> path = arg == "-p" ? value("-p") : std::optional<std::string>(arg.substr(arg[2] == '=' ? 3 : 2).str());
      if (!path) return false;
      options.build_path = *path;
    } else if (arg == "--jobs" || arg.starts_with("--jobs=") || arg == "-j") {
      std::optional<std::string> text = arg == "-j" ? value("-j") : value("--jobs");
      unsigned jobs = 0;
      if (!text || llvm::StringRef(*text).getAsInteger(10, jobs)) return false;
      options.jobs = jobs;
    } else if (arg == "--project-root" || arg.starts_with("--project-root=")) {
      std::optional<std::string> path = value("--project-root");
      if (!path) return false;
      options.project_root = *path;
    } else if (arg == "--select" || arg.starts_with("--select=")) {
      std::optional<std::string> text = value("--select");
      if (!text) return false;
      for (std::string& code : split_commas(*text)) options.select.push_back(std::move(code));
    } else if (arg == "--option" || arg.starts_with("--option=")) {
      std::optional<std::string> text = value("--option");
      if (!text) return false;
      const llvm::StringRef setting(*text);
      const auto [key, item] = setting.split('=');
      if (!setting.contains('=') || key == "project-root") {
        std::fprintf(stderr, "tenet-cpp: --option needs KEY=VALUE with a known key, got '%s'\n", text->c_str());
        return false;
      }
      if (!options.check.set(key.trim(), item.str())) {
        std::fprintf(stderr, "tenet-cpp: unknown option key '%s'\n", key.str().c_str());
        return false;
      }
    } else if (arg == "--") {
      for (++i; i < argc; ++i) options.files.emplace_back(argv[i]);
    } else if (arg.starts_with("-")) {
      std::fprintf(stderr, "tenet-cpp: unknown option %s\n", argv[i]);
      return false;
    } else {
      options.files.emplace_back(arg.str());
    }
  }
  return true;
}

int run(int argc, char** argv) {
  Options options;
  bool help = false;
  if (!parse_options(argc, argv, options, help)) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (help) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  const std::vector<const CppRule*> rules =
      options.coverage ? coverage_rules(options.select) : select_rules(options.select);
  if (options.jobs == 0) options.jobs = std::max(1u, std::thread::hardware_concurrency());

  DriverMessages messages;
  Results results(options.coverage);
  RequestedFiles requested;
  std::vector<std::string> sources;
  std::vector<std::string> headers;
  for (std::string& file : options.files) {
    llvm::SmallString<256> absolute(file);
    (void)llvm::sys::fs::make_absolute(absolute);
    llvm::sys::path::remove_dots(absolute, true);
    file = std::string(absolute);
    if (!llvm::sys::fs::is_regular_file(file)) {
      messages.problems.emplace_back(file, "File could not be read.");
      continue;
    }
    if (!requested.emplace(real_path(file), file).second) continue;  // named twice
    (is_header_path(file) ? headers : sources).push_back(file);
  }

  CheckOptions check = std::move(options.check);
  if (options.project_root) {
    llvm::SmallString<256> root(*options.project_root);
    (void)llvm::sys::fs::make_absolute(root);
    llvm::sys::path::remove_dots(root, true);
    check.project_root = real_path(std::string(root));
  } else if (!requested.empty()) {
    check.project_root = find_project_root(requested.begin()->first);
  }
  CommandSource commands(options.build_path, TENET_CLANG_RESOURCE_DIR, messages);
  std::vector<std::pair<std::string, TuCommand>> work;
  for (const std::string& file : sources) work.emplace_back(file, commands.command_for(file, false));
  run_all(work, options.jobs, requested, rules, check, results);

  // Headers no checked translation unit included: through a unit of the database that
  // includes each, else alone as C++ (CommandSource::command_for decides).
  work.clear();
  for (const std::string& file : headers) {
    if (!results.seen(file)) work.emplace_back(file, commands.command_for(file, true));
  }
  run_all(work, options.jobs, requested, rules, check, results);

  results.print(messages);
  return 0;
}

}  // namespace
}  // namespace tenet::cpp

int main(int argc, char** argv) {
  std::string failure;
  int status = 2;
  if (!tenet::cpp::run_guarded([&] { status = tenet::cpp::run(argc, argv); }, failure)) {
    std::fprintf(stderr, "tenet-cpp: internal error: %s\n", failure.c_str());
    return 2;
  }
  return status;
}
