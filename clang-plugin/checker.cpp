// The checker: one walk over a translation unit's AST that calls the selected rules' hooks,
// and the RuleContext through which rules report.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Lex/Lexer.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include "clang-plugin/cpp_rule.h"
#include "linters/core/selection.h"

namespace tenet::cpp {
namespace {

constexpr std::array<llvm::StringRef, 9> kHeaderExtensions = {".h", ".hh", ".hpp", ".hxx", ".h++",
                                                              ".inl", ".ipp", ".tcc", ".cuh"};
constexpr std::array<llvm::StringRef, 4> kThirdPartyDirs = {"third_party", "external", "_deps",
                                                            "3rdparty"};
constexpr std::array<llvm::StringRef, 5> kTestDirs = {"test", "tests", "testing", "unittests",
                                                      "unittest"};

bool has_component(llvm::StringRef path, llvm::ArrayRef<llvm::StringRef> names) {
  for (auto it = llvm::sys::path::begin(path), end = llvm::sys::path::end(path); it != end; ++it) {
    if (llvm::is_contained(names, *it)) return true;
  }
  return false;
}

/// The per-node dispatch lists: only rules with a hook for a node kind are called for it.
struct Hooks {
  std::vector<const CppRule*> decl, handler, thrown, call, decl_ref, end;
};

class Walker : public clang::RecursiveASTVisitor<Walker> {
  using Base = clang::RecursiveASTVisitor<Walker>;

 public:
  Walker(RuleContext& context, const Hooks& hooks) : context_(context), hooks_(hooks) {}

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }
  bool shouldWalkTypesOfTypeLocs() const { return false; }

  bool TraverseDecl(clang::Decl* decl) {
    if (decl == nullptr) return true;
    if (!clang::isa<clang::TranslationUnitDecl>(decl)) {
      const clang::SourceManager& sources = context_.sources();
      const clang::SourceLocation location = sources.getExpansionLoc(decl->getLocation());
      if (location.isValid()) {
        if (sources.isInSystemHeader(location)) return true;
        // A namespace or `extern "C" {}` may wrap an #include of a wanted file.
        const bool container = clang::isa<clang::NamespaceDecl, clang::LinkageSpecDecl, clang::ExportDecl>(decl);
        if (!container && !context_.wanted(location)) return true;
      }
    }
    const auto* function = clang::dyn_cast<clang::FunctionDecl>(decl);
    if (function != nullptr) context_.push_function(function);
    const bool result = Base::TraverseDecl(decl);
    if (function != nullptr) context_.pop_function();
    return result;
  }

  // No queue parameter: the handler's children are walked now, while it is on the stack.
  bool TraverseCXXCatchStmt(clang::CXXCatchStmt* handler) {
    for (const CppRule* rule : hooks_.handler) rule->on_catch(context_, *handler);
    context_.push_handler(handler);
    const bool result = Base::TraverseCXXCatchStmt(handler);
    context_.pop_handler();
    return result;
  }

  bool VisitDecl(clang::Decl* decl) {
    for (const CppRule* rule : hooks_.decl) rule->on_decl(context_, *decl);
    return true;
  }
  bool VisitCXXThrowExpr(clang::CXXThrowExpr* expr) {
    for (const CppRule* rule : hooks_.thrown) rule->on_throw(context_, *expr);
    return true;
  }
  bool VisitCallExpr(clang::CallExpr* call) {
    for (const CppRule* rule : hooks_.call) rule->on_call(context_, *call);
    return true;
  }
  bool VisitDeclRefExpr(clang::DeclRefExpr* ref) {
    for (const CppRule* rule : hooks_.decl_ref) rule->on_decl_ref(context_, *ref);
    return true;
  }

 private:
  RuleContext& context_;
  const Hooks& hooks_;
};

/// The lines of \p range (taken at its expansion) in its file, named by its real path;
/// nullopt when the range is invalid or not in a file.
std::optional<TriggerPlace> trigger_place(const clang::SourceManager& sources, clang::SourceRange range) {
  const clang::SourceLocation begin = sources.getExpansionLoc(range.getBegin());
  clang::SourceLocation end = range.getEnd().isValid() ? sources.getExpansionLoc(range.getEnd()) : begin;
  if (begin.isInvalid()) return std::nullopt;
  const clang::FileID file = sources.getFileID(begin);
  if (sources.getFileID(end) != file) end = begin;
  const clang::OptionalFileEntryRef entry = sources.getFileEntryRefForID(file);
  if (!entry) return std::nullopt;
  // Real paths, as git's top directory is: the finding's own file may be named otherwise.
  TriggerPlace place;
  place.file = sources.getFileManager().getCanonicalName(*entry).str();
  place.first_line = sources.getExpansionLineNumber(begin);
  place.last_line = std::max(place.first_line, sources.getExpansionLineNumber(end));
  if (place.first_line == 0) return std::nullopt;
  return place;
}

}  // namespace

std::string_view RuleContext::file_name(clang::SourceLocation location) const {
  const clang::SourceManager& sources = this->sources();
  const clang::FileID file = sources.getFileID(sources.getExpansionLoc(location));
  if (auto entry = sources.getFileEntryRefForID(file)) {
    const llvm::StringRef name = entry->getName();
    return {name.data(), name.size()};
  }
  return {};
}

bool RuleContext::in_project_file(clang::SourceLocation location) const {
  if (location.isInvalid()) return false;
  const clang::SourceLocation at = sources().getExpansionLoc(location);
  if (sources().isInSystemHeader(at)) return false;
  const std::string_view name = file_name(at);
  if (name.empty()) return false;  // the command line, <built-in>
  return !has_component(llvm::StringRef(name.data(), name.size()), kThirdPartyDirs);
}

bool RuleContext::in_header(clang::SourceLocation location) const {
  if (location.isInvalid()) return false;
  const clang::SourceManager& sources = this->sources();
  const clang::FileID file = sources.getFileID(sources.getExpansionLoc(location));
  if (file != sources.getMainFileID()) return true;
  const std::string_view name = file_name(location);
  const llvm::StringRef extension = llvm::sys::path::extension(llvm::StringRef(name.data(), name.size()));
  return std::any_of(kHeaderExtensions.begin(), kHeaderExtensions.end(),
                     [&](llvm::StringRef candidate) { return extension.equals_insensitive(candidate); });
}

bool RuleContext::in_public_header(clang::SourceLocation location) const {
  if (!in_header(location)) return false;
  if (options_.public_headers.empty()) return true;
  const clang::FileID file = sources().getFileID(sources().getExpansionLoc(location));
  if (auto cached = public_files_.find(file); cached != public_files_.end()) return cached->second;
  const std::string path = relative_path(location);
  const bool listed = std::any_of(options_.public_headers.begin(), options_.public_headers.end(),
                                  [&](const std::string& glob) { return glob_match(glob, path); });
  public_files_.try_emplace(file, listed);
  return listed;
}

bool RuleContext::in_test_file(clang::SourceLocation location) const {
  const std::string_view view = file_name(location);
  const llvm::StringRef name(view.data(), view.size());
  if (name.empty()) return false;
  const llvm::StringRef root = options_.project_root;
  if (!root.empty() && name.starts_with(root) && name.size() > root.size() &&
      llvm::sys::path::is_separator(name[root.size()])) {
    if (has_component(llvm::sys::path::parent_path(name.substr(root.size() + 1)), kTestDirs)) return true;
  }
  const llvm::StringRef stem = llvm::sys::path::stem(name);
  return stem.starts_with("test_") || stem.ends_with("_test") || stem.ends_with("_tests") ||
         stem.ends_with("_unittest") || stem.ends_with("Test") || stem.ends_with("Tests");
}

bool RuleContext::wanted(clang::SourceLocation location) const {
  if (location.isInvalid()) return false;
  const clang::SourceManager& sources = this->sources();
  return wanted_file(sources.getFileID(sources.getExpansionLoc(location)));
}

bool RuleContext::wanted_file(clang::FileID file) const {
  if (auto cached = wanted_files_.find(file); cached != wanted_files_.end()) return cached->second;
  bool wanted = sink_.wants(file);
  if (wanted && !options_.exclude.empty()) {
    const std::string path = relative_path(sources().getLocForStartOfFile(file));
    wanted = std::none_of(options_.exclude.begin(), options_.exclude.end(),
                          [&](const std::string& glob) { return glob_match(glob, path); });
  }
  wanted_files_.try_emplace(file, wanted);
  return wanted;
}

std::string RuleContext::relative_path(clang::SourceLocation location) const {
  const std::string_view view = file_name(location);
  if (view.empty()) return {};
  llvm::SmallString<256> path(llvm::StringRef(view.data(), view.size()));
  (void)llvm::sys::fs::make_absolute(path);
  llvm::sys::path::remove_dots(path, true);
  llvm::sys::path::native(path, llvm::sys::path::Style::posix);
  const llvm::StringRef root = options_.project_root;
  const llvm::StringRef full = path;
  if (!root.empty() && full.starts_with(root) && full.size() > root.size() && full[root.size()] == '/') {
    return full.substr(root.size() + 1).str();
  }
  return full.str();
}

bool CheckOptions::set(std::string_view key, std::string value) {
  if (key == "project-root") {
    project_root = std::move(value);
    return true;
  }
  if (key == "document-enumerators") {
    if (value != "true" && value != "false") return false;
    document_enumerators = value == "true";
    return true;
  }
  std::vector<std::string>* list = key == "public-headers"             ? &public_headers
                                   : key == "exclude"                  ? &exclude
                                   : key == "logger-functions"         ? &logger_functions
                                   : key == "allowed-output-functions" ? &allowed_output_functions
                                   : key == "doxygen-commands"         ? &doxygen_commands
                                                                       : nullptr;
  if (list == nullptr) return false;
  list->push_back(std::move(value));
  return true;
}

void RuleContext::report(const RuleMeta& rule, clang::SourceRange range, std::string message,
                         const clang::Decl* symbol, llvm::ArrayRef<clang::SourceRange> triggers) {
  const clang::SourceManager& sources = this->sources();
  const clang::LangOptions& language = ast_.getLangOpts();
  clang::CharSourceRange chars =
      clang::Lexer::makeFileCharRange(clang::CharSourceRange::getTokenRange(range), sources, language);
  if (chars.isInvalid()) {
    // Spelled inside a macro: point at the macro's name where it is used.
    const clang::SourceLocation begin = sources.getExpansionLoc(range.getBegin());
    const unsigned length = clang::Lexer::MeasureTokenLength(begin, sources, language);
    chars = clang::CharSourceRange::getCharRange(begin, begin.getLocWithOffset(static_cast<int>(length)));
  }
  report_chars(rule, chars, std::move(message), symbol, triggers);
}

void RuleContext::report_chars(const RuleMeta& rule, clang::CharSourceRange range, std::string message,
                               const clang::Decl* symbol, llvm::ArrayRef<clang::SourceRange> triggers) {
  const clang::SourceManager& sources = this->sources();
  const clang::SourceLocation begin = sources.getExpansionLoc(range.getBegin());
  if (begin.isInvalid()) return;
  const auto [file, begin_offset] = sources.getDecomposedLoc(begin);
  if (!wanted_file(file)) return;
  unsigned end_offset = begin_offset;
  const clang::SourceLocation end = sources.getExpansionLoc(range.getEnd());
  if (end.isValid()) {
    const auto [end_file, offset] = sources.getDecomposedLoc(end);
    if (end_file == file && offset >= begin_offset) end_offset = offset;
  }
  Finding finding;
  finding.rule = &rule;
  finding.message = std::move(message);
  finding.file = file;
  finding.begin = begin_offset;
  finding.end = end_offset;
  finding.location = range.getBegin();
  const clang::Decl* owner = symbol != nullptr ? symbol : enclosing_function();
  if (const auto* named = clang::dyn_cast_or_null<clang::NamedDecl>(owner)) {
    finding.symbol = named->getQualifiedNameAsString();
  }
  for (const clang::SourceRange trigger : triggers) {
    if (std::optional<TriggerPlace> place = trigger_place(sources, trigger)) finding.triggers.push_back(std::move(*place));
  }
  sink_.add(std::move(finding));
}

std::string find_project_root(std::string_view start) {
  llvm::SmallString<256> directory(llvm::StringRef(start.data(), start.size()));
  while (!directory.empty()) {
    llvm::SmallString<256> marker(directory);
    llvm::sys::path::append(marker, ".git");
    if (llvm::sys::fs::exists(marker)) return std::string(directory);
    const size_t parent = llvm::sys::path::parent_path(directory).size();
    if (parent == 0 || parent == directory.size()) break;
    directory.resize(parent);  // the parent is a prefix: truncate in place
  }
  return {};
}

std::vector<const CppRule*> select_rules(std::span<const std::string> patterns) {
  std::vector<const CppRule*> chosen;
  for (const CppRule* rule : cpp_rule_table()) {
    const RuleMeta& meta = *rule->meta;
    const bool wanted =
        patterns.empty()
            ? meta.enabled_by_default
            : std::any_of(patterns.begin(), patterns.end(), [&](const std::string& pattern) {
                return pattern == "ALL" || pattern == meta.name ||
                       (!pattern.empty() && meta.code.starts_with(pattern));
              });
    if (wanted) chosen.push_back(rule);
  }
  return chosen;
}

void run_rules(clang::ASTContext& ast, const clang::Preprocessor* preprocessor,
               std::span<const CppRule* const> rules, FindingSink& sink, const CheckOptions& options) {
  Hooks hooks;
  for (const CppRule* rule : rules) {
    if (rule->on_decl != nullptr) hooks.decl.push_back(rule);
    if (rule->on_catch != nullptr) hooks.handler.push_back(rule);
    if (rule->on_throw != nullptr) hooks.thrown.push_back(rule);
    if (rule->on_call != nullptr) hooks.call.push_back(rule);
    if (rule->on_decl_ref != nullptr) hooks.decl_ref.push_back(rule);
    if (rule->on_end != nullptr) hooks.end.push_back(rule);
  }
  RuleContext context(ast, preprocessor, sink, options);
  if (!hooks.decl.empty() || !hooks.handler.empty() || !hooks.thrown.empty() || !hooks.call.empty() ||
      !hooks.decl_ref.empty()) {
    Walker walker(context, hooks);
    walker.TraverseDecl(ast.getTranslationUnitDecl());
  }
  for (const CppRule* rule : hooks.end) rule->on_end(context);
}

}  // namespace tenet::cpp
