// libtenet-clang-impl.so: tenet's C++ rules inside a real compile, loaded by
// libtenet-clang.so (loader.cpp) once it knows the host is the Clang this was built for.
//
//   clang++-19 -fplugin=libtenet-clang.so [-fplugin-arg-tenet-select=CXE,CXD100] -c x.cpp
//
// Runs after the main action (no second parse) and reports findings as Clang warnings
// (`warning: ... [CXE001]`), honouring NOLINT comments. Arguments (-fplugin-arg-tenet-...):
//   select=CODE[,CODE...]       rules by code prefix or name (default: the default set)
//   project-root=DIR            where tests/ count as tests and URIs are relative to
//   sarif=FILE|DIR/             also write the findings as SARIF 2.1.0 (a directory: one
//                               file per translation unit, for `tenet merge`)
//   timing                      print the CPU time the rules took to stderr (for bench/)
//   public-headers=GLOB[,GLOB]  exclude=GLOB[,...]  logger-functions=NAME[,...]
//   allowed-output-functions=NAME[,...]  doxygen-commands=NAME[,...]
//                               the `[cpp]` options (repeatable; commas separate items)
//   document-enumerators[=true|false]  CXD103 also asks for each enumerator's doc
#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <clang/AST/ASTConsumer.h>
#include <clang/Basic/Version.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendPluginRegistry.h>
#include <clang/Lex/Preprocessor.h>
#include <llvm/Support/Format.h>
#include <llvm/Support/raw_ostream.h>

#include "clang-plugin/cpp_rule.h"
#include "clang-plugin/guard.h"
#include "clang-plugin/nolint.h"
#include "clang-plugin/plugin/sarif_output.h"

namespace tenet::cpp {
namespace {

constexpr int kBuiltForMajor = CLANG_VERSION_MAJOR;

/// The major version in a Clang version string ("Debian clang version 19.1.7 ..."), or -1.
int major_version(llvm::StringRef version) {
  const size_t at = version.find("version ");
  if (at == llvm::StringRef::npos) return -1;
  int major = -1;
  llvm::StringRef digits = version.substr(at + 8);
  digits = digits.take_while([](char c) { return c >= '0' && c <= '9'; });
  if (digits.getAsInteger(10, major)) return -1;
  return major;
}

/// Keeps findings in project files, drops those a NOLINT covers, and reports the rest as
/// Clang warnings.
class PluginSink final : public FindingSink {
 public:
  PluginSink(clang::CompilerInstance& compiler, std::vector<SarifFinding>* sarif)
      : compiler_(compiler),
        sarif_(sarif),
        sources_(compiler.getSourceManager()),
        // Custom diagnostics bypass -w and -Werror: apply them here.
        warning_(compiler.getDiagnostics().getCustomDiagID(compiler.getDiagnostics().getWarningsAsErrors()
                                                               ? clang::DiagnosticsEngine::Error
                                                               : clang::DiagnosticsEngine::Warning,
                                                           "%0")) {}

  bool wants(clang::FileID file) override {
    if (auto cached = wanted_.find(file); cached != wanted_.end()) return cached->second;
    bool wanted = false;
    if (auto entry = sources_.getFileEntryRefForID(file)) {
      const clang::SourceLocation start = sources_.getLocForStartOfFile(file);
      const llvm::StringRef name = entry->getName();
      wanted = !sources_.isInSystemHeader(start) && !name.contains("/third_party/") &&
               !name.contains("/external/") && !name.contains("/_deps/");
    }
    wanted_.emplace(file, wanted);
    return wanted;
  }

  void add(Finding finding) override {
    if (sarif_ == nullptr && compiler_.getDiagnostics().getIgnoreAllWarnings()) return;
    auto directives = suppressions_.find(finding.file);
    if (directives == suppressions_.end()) {
      directives = suppressions_
                       .emplace(finding.file, scan_suppressions(sources_, finding.file, compiler_.getLangOpts()))
                       .first;
    }
    if (is_suppressed(directives->second, sources_, finding.file, finding.begin, *finding.rule)) return;
    if (sarif_ != nullptr) {
      sarif_->push_back(SarifFinding{finding.rule, finding.file, finding.begin, finding.end, finding.message,
                                     finding.symbol});
    }
    if (compiler_.getDiagnostics().getIgnoreAllWarnings()) return;
    const std::string text = finding.message + " [" + std::string(finding.rule->code) + "]";
    const clang::SourceLocation location =
        finding.location.isValid() ? finding.location
                                   : sources_.getComposedLoc(finding.file, finding.begin);
    compiler_.getDiagnostics().Report(location, warning_) << text;
  }

 private:
  clang::CompilerInstance& compiler_;
  std::vector<SarifFinding>* sarif_;
  const clang::SourceManager& sources_;
  unsigned warning_;
  std::map<clang::FileID, bool> wanted_;
  std::map<clang::FileID, std::vector<SuppressionDirective>> suppressions_;
};

class PluginConsumer final : public clang::ASTConsumer {
 public:
  PluginConsumer(clang::CompilerInstance& compiler, std::vector<const CppRule*> rules, CheckOptions options,
                 std::string sarif, bool timing)
      : compiler_(compiler),
        rules_(std::move(rules)),
        options_(std::move(options)),
        sarif_(std::move(sarif)),
        timing_(timing) {}

  void HandleTranslationUnit(clang::ASTContext& ast) override {
    std::string error;
    const bool ok = run_guarded(
        [&] {
          std::vector<SarifFinding> findings;
          PluginSink sink(compiler_, sarif_.empty() ? nullptr : &findings);
          const clang::SourceManager& sources = ast.getSourceManager();
          if (options_.project_root.empty()) options_.project_root = find_project_root(main_file(sources));
          const std::clock_t start = std::clock();
          run_rules(ast, compiler_.hasPreprocessor() ? &compiler_.getPreprocessor() : nullptr, rules_, sink,
                    options_);
          if (timing_) {
            llvm::errs() << "tenet: rules took " << llvm::format("%.3f", 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC)
                         << " ms CPU for " << main_file(sources) << "\n";
          }
          if (!sarif_.empty()) {
            std::vector<const RuleMeta*> metas;
            for (const CppRule* rule : rules_) metas.push_back(rule->meta);
            write_plugin_sarif(sarif_path_for(sarif_, main_file(sources)), sources, options_.project_root, metas,
                               std::move(findings));
          }
        },
        error);
    if (!ok) llvm::errs() << "tenet: error: " << error << "\n";
  }

 private:
  static std::string main_file(const clang::SourceManager& sources) {
    auto entry = sources.getFileEntryRefForID(sources.getMainFileID());
    if (!entry) return {};
    return sources.getFileManager().getCanonicalName(*entry).str();
  }

  clang::CompilerInstance& compiler_;
  std::vector<const CppRule*> rules_;
  CheckOptions options_;
  std::string sarif_;
  bool timing_ = false;
};

class TenetAction final : public clang::PluginASTAction {
 public:
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance& compiler,
                                                        llvm::StringRef) override {
    std::unique_ptr<clang::ASTConsumer> consumer;
    std::string error;
    if (!run_guarded([&] { consumer = std::make_unique<PluginConsumer>(compiler, select_rules(select_), options_, sarif_, timing_); }, error)) {
      llvm::errs() << "tenet: internal error: " << error << "\n";
    }
    if (consumer == nullptr) consumer = std::make_unique<clang::ASTConsumer>();
    return consumer;
  }

  bool ParseArgs(const clang::CompilerInstance& compiler, const std::vector<std::string>& args) override {
    const int running = major_version(clang::getClangFullVersion());
    if (running != kBuiltForMajor) {
      llvm::errs() << "tenet: error: libtenet-clang.so was built for Clang " << kBuiltForMajor
                   << " but is running in Clang " << running << "; tenet's checks are disabled\n";
      return false;  // the action is not added: the compile goes on without tenet
    }
    bool ok = true;
    std::string error;
    run_guarded(
        [&] {
          for (const std::string& arg : args) {
            const llvm::StringRef text = arg;
            if (text.starts_with("select=")) {
              llvm::SmallVector<llvm::StringRef, 8> parts;
              text.substr(7).split(parts, ',', -1, false);
              for (llvm::StringRef part : parts) select_.push_back(part.trim().str());
            } else if (text.starts_with("project-root=")) {
              options_.project_root = text.substr(13).str();
            } else if (text.starts_with("sarif=")) {
              sarif_ = text.substr(6).str();
            } else if (text == "timing") {
              timing_ = true;
            } else if (text == "document-enumerators" || text.starts_with("document-enumerators=")) {
              const llvm::StringRef value = text.contains('=') ? text.split('=').second : "true";
              if (!options_.set("document-enumerators", value.str())) {
                warn(compiler, "document-enumerators takes true or false, not '" + value.str() + "'");
              }
            } else if (const auto [key, value] = text.split('='); text.contains('=') && is_list_option(key)) {
              llvm::SmallVector<llvm::StringRef, 8> parts;
              value.split(parts, ',', -1, false);
              for (llvm::StringRef part : parts) options_.set(key, part.trim().str());
            } else if (text == "help") {
              llvm::errs() << "tenet plugin arguments: -fplugin-arg-tenet-select=CODE[,CODE...] "
                              "(code prefixes or rule names; default: the default rule set), "
                              "-fplugin-arg-tenet-project-root=DIR (where tests/ directories count as tests), "
                              "-fplugin-arg-tenet-sarif=FILE or DIR/ (write the findings as SARIF), "
                              "-fplugin-arg-tenet-KEY=VALUE[,VALUE...] for the [cpp] options public-headers, "
                              "exclude, logger-functions, allowed-output-functions, doxygen-commands, "
                              "-fplugin-arg-tenet-document-enumerators[=true|false]\n";
            } else {
              warn(compiler, "unknown argument '" + arg + "' for the tenet plugin is ignored");
            }
          }
        },
        error);
    if (!error.empty()) ok = false;
    return ok;
  }

  ActionType getActionType() override { return AddAfterMainAction; }

 private:
  static bool is_list_option(llvm::StringRef key) {
    return key == "public-headers" || key == "exclude" || key == "logger-functions" ||
           key == "allowed-output-functions" || key == "doxygen-commands";
  }

  static void warn(const clang::CompilerInstance& compiler, const std::string& text) {
    clang::DiagnosticsEngine& diagnostics = compiler.getDiagnostics();
    diagnostics.Report(diagnostics.getCustomDiagID(clang::DiagnosticsEngine::Warning, "tenet: %0")) << text;
  }

  std::vector<std::string> select_;
  CheckOptions options_;
  std::string sarif_;
  bool timing_ = false;
};

}  // namespace
}  // namespace tenet::cpp

// Plugin names may not contain '-': -fplugin-arg-tenet-<arg>.
static clang::FrontendPluginRegistry::Add<tenet::cpp::TenetAction> kTenetPlugin(
    "tenet", "tenet's C++ rules (documentation, exceptions, logging)");
