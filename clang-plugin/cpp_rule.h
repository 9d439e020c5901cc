/// \file
/// What a C++ rule is: its metadata record plus hooks that the checker calls while it walks
/// one translation unit's AST once; and the context through which a rule reports.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/StmtCXX.h>
#include <clang/Basic/SourceManager.h>
#include <llvm/ADT/ArrayRef.h>
#include <llvm/ADT/DenseMap.h>

#include "clang-plugin/cpp_rule_meta.h"

namespace clang {
class Preprocessor;
}  // namespace clang

namespace tenet::cpp {

/// Lines whose text decides a finding, possibly in another file than the finding's (the
/// doc comment in a header of a `throw` in a source file). Code review mode
/// (`--diff-base`) reports the finding when one of these lines changed.
struct TriggerPlace {
  std::string file;              ///< Absolute path, symbolic links resolved.
  std::uint32_t first_line = 0;  ///< First line, 1-based.
  std::uint32_t last_line = 0;   ///< Last line, 1-based and inclusive.
};

/// One finding, in a file of the translation unit, as byte offsets.
struct Finding {
  const RuleMeta* rule = nullptr;  ///< The reporting rule.
  std::string message;             ///< One sentence ending with a period.
  clang::FileID file;              ///< The file the finding is in.
  std::uint32_t begin = 0;         ///< First byte, in the file as on disk.
  std::uint32_t end = 0;           ///< One past the last byte.
  clang::SourceLocation location;  ///< The location as Clang knows it (for its diagnostics).
  std::string symbol;              ///< Qualified name of the enclosing definition, or "".
  std::vector<TriggerPlace> triggers;  ///< Where else a change makes the finding new.
};

/// Where findings go: the driver (JSON Lines) or the plugin (Clang warnings).
class FindingSink {
 public:
  virtual ~FindingSink() = default;
  /// \param file A file of the translation unit.
  /// \return Whether findings in \p file are wanted; the checker skips declarations in
  ///   files nobody wants.
  virtual bool wants(clang::FileID file) = 0;
  /// Takes one finding in a wanted file.
  /// \param finding The finding.
  virtual void add(Finding finding) = 0;
};

/// Per-run settings of the checker: the `[cpp]` options of the configuration.
struct CheckOptions {
  /// The project's root directory (absolute); test directories are recognised below it,
  /// and the globs below are matched against paths relative to it.
  /// Empty: only file names mark test sources, and globs match absolute paths.
  std::string project_root;
  /// `public-headers`: globs of the headers that form the public API (CXD1xx). Empty: every
  /// project header.
  std::vector<std::string> public_headers;
  /// `exclude`: globs of files whose findings are never reported.
  std::vector<std::string> exclude;
  /// `logger-functions`: qualified function names (`mylib::log::error`, `mylib::log::*`) or
  /// macro names (`MY_LOG`) that log, in addition to the defaults (api.h).
  std::vector<std::string> logger_functions;
  /// `allowed-output-functions`: output functions that are not CXL001 (`printf`,
  /// `std::cout`), or functions inside which output is fine (`tool::print_usage`).
  std::vector<std::string> allowed_output_functions;
  /// `doxygen-commands`: extra documentation commands CXD240 accepts, by name (`myalias`),
  /// with or without their marker.
  std::vector<std::string> doxygen_commands;
  /// `document-enumerators`: CXD103 also asks for each enumerator of a public enum to be
  /// documented.
  bool document_enumerators = false;

  /// Sets the option named \p key (the configuration's kebab-case name) from \p value; a
  /// list option gets \p value appended.
  /// \param key An option name: `project-root`, `public-headers`, `exclude`,
  ///   `logger-functions`, `allowed-output-functions`, `doxygen-commands` or
  ///   `document-enumerators` (`true` or `false`).
  /// \param value The value.
  /// \return Whether \p key names an option.
  bool set(std::string_view key, std::string value);
};

/// \param start An absolute path of a file or directory.
/// \return The nearest ancestor of \p start that holds `.git`, or "".
std::string find_project_root(std::string_view start);

/// What a rule's hooks see: the AST, the walk's position, and report().
/// Rules never format output or touch files.
class RuleContext {
 public:
  /// \param ast The translation unit's AST.
  /// \param preprocessor Its preprocessor (macros), or null when unavailable.
  /// \param sink Where reported findings go.
  /// \param options The run's settings.
  RuleContext(clang::ASTContext& ast, const clang::Preprocessor* preprocessor, FindingSink& sink,
              const CheckOptions& options)
      : ast_(ast), preprocessor_(preprocessor), sink_(sink), options_(options) {}

  /// \return The AST of the translation unit.
  [[nodiscard]] clang::ASTContext& ast() const { return ast_; }
  /// \return The source manager of the translation unit.
  [[nodiscard]] const clang::SourceManager& sources() const { return ast_.getSourceManager(); }
  /// \return The preprocessor, or null.
  [[nodiscard]] const clang::Preprocessor* preprocessor() const { return preprocessor_; }
  /// \return The run's settings.
  [[nodiscard]] const CheckOptions& options() const { return options_; }

  /// \return The innermost function whose body the walk is in, or null.
  [[nodiscard]] const clang::FunctionDecl* enclosing_function() const {
    return functions_.empty() ? nullptr : functions_.back();
  }
  /// \return The handlers (`catch` clauses) the walk is inside, outermost first.
  [[nodiscard]] std::span<const clang::CXXCatchStmt* const> enclosing_handlers() const {
    return handlers_;
  }

  /// \param location Any location (macro locations are taken at their expansion).
  /// \return Whether it is in a project file: not a system header, not under a third-party
  ///   directory (third_party/, external/, vendor/).
  [[nodiscard]] bool in_project_file(clang::SourceLocation location) const;
  /// \param location Any location.
  /// \return Whether it is in a header: an included file, or a main file named like a header.
  [[nodiscard]] bool in_header(clang::SourceLocation location) const;
  /// \param location Any location.
  /// \return Whether it is in a header that CheckOptions::public_headers names (any header
  ///   when that list is empty).
  [[nodiscard]] bool in_public_header(clang::SourceLocation location) const;
  /// \param location Any location.
  /// \return Whether it is in a test source: `*_test.cpp`, `test_*.cpp`, `*_unittest.cpp`,
  ///   `*Test.cpp`, or a file under a test/, tests/, testing/ or unittests/ directory of the
  ///   project (below CheckOptions::project_root).
  [[nodiscard]] bool in_test_file(clang::SourceLocation location) const;

  /// Records a finding over the tokens of \p range.
  /// \param rule The reporting rule's metadata.
  /// \param range Token range (macro locations are mapped to where the macro is used).
  /// \param message One sentence ending with a period.
  /// \param symbol The declaration the finding belongs to (its qualified name goes into the
  ///   finding for baselines); null to use the enclosing function.
  /// \param triggers The constructs whose text decides the finding besides \p range (the
  ///   doc comment a documentation rule read, the declaration carrying it), in any file of
  ///   the translation unit; code review mode reports the finding when one of their lines
  ///   changed. Invalid ranges are skipped.
  void report(const RuleMeta& rule, clang::SourceRange range, std::string message,
              const clang::Decl* symbol = nullptr, llvm::ArrayRef<clang::SourceRange> triggers = {});
  /// Records a finding over exactly the characters of \p range (a file range).
  /// \param rule The reporting rule's metadata.
  /// \param range Character range in one file.
  /// \param message One sentence ending with a period.
  /// \param symbol As for report().
  /// \param triggers As for report().
  void report_chars(const RuleMeta& rule, clang::CharSourceRange range, std::string message,
                    const clang::Decl* symbol = nullptr, llvm::ArrayRef<clang::SourceRange> triggers = {});

  /// \param location Any location (macro locations are taken at their expansion).
  /// \return Whether findings in the file of \p location are wanted: by the sink, and not
  ///   excluded by CheckOptions::exclude.
  [[nodiscard]] bool wanted(clang::SourceLocation location) const;
  /// \param file A file of the translation unit.
  /// \return Whether findings in \p file are wanted (see wanted()).
  [[nodiscard]] bool wanted_file(clang::FileID file) const;
  /// \param location Any location (macro locations are taken at their expansion).
  /// \return The path of its file relative to the project root (forward slashes), or the
  ///   absolute path outside it; "" for no file.
  [[nodiscard]] std::string relative_path(clang::SourceLocation location) const;

  /// A fact several rules share, computed once per translation unit on first use.
  /// \tparam T The fact's type, constructible from `const RuleContext&`.
  /// \return The translation unit's instance of \p T.
  template <class T>
  [[nodiscard]] const T& fact() const {
    static const char tag = 0;  // one address per T
    std::shared_ptr<void>& slot = facts_[&tag];
    if (!slot) slot = std::make_shared<T>(*this);
    return *static_cast<const T*>(slot.get());
  }

  // The walk's position, which only the checker maintains; rules read it through
  // enclosing_function() and enclosing_handlers().

  /// Enters a function declaration: until the matching pop_function(), it is what
  /// enclosing_function() returns.
  /// \param function The function whose declaration (and body) the walk enters.
  void push_function(const clang::FunctionDecl* function) { functions_.push_back(function); }
  /// Leaves the function entered last; each push_function() has exactly one.
  void pop_function() { functions_.pop_back(); }
  /// Enters a `catch` clause's body: until the matching pop_handler(), it is the innermost
  /// of enclosing_handlers(). The handler's own on_catch hooks run before this.
  /// \param handler The clause whose body the walk enters.
  void push_handler(const clang::CXXCatchStmt* handler) { handlers_.push_back(handler); }
  /// Leaves the `catch` clause entered last; each push_handler() has exactly one.
  void pop_handler() { handlers_.pop_back(); }

 private:
  [[nodiscard]] std::string_view file_name(clang::SourceLocation location) const;

  clang::ASTContext& ast_;
  const clang::Preprocessor* preprocessor_;
  FindingSink& sink_;
  const CheckOptions& options_;
  std::vector<const clang::FunctionDecl*> functions_;
  std::vector<const clang::CXXCatchStmt*> handlers_;
  mutable llvm::DenseMap<clang::FileID, bool> wanted_files_;
  mutable llvm::DenseMap<clang::FileID, bool> public_files_;
  mutable llvm::DenseMap<const void*, std::shared_ptr<void>> facts_;
};

/// One C++ rule: metadata next to its logic. Each rule file defines
/// `const CppRule kRule<CODE>`; rules/rules.def lists them. A rule sets the hooks it needs.
struct CppRule {
  const RuleMeta* meta = nullptr;  ///< Code, name, summary, severity, ...
  /// Every declaration outside system headers (templates' patterns, not instantiations).
  void (*on_decl)(RuleContext& context, const clang::Decl& decl) = nullptr;
  /// Every `catch` clause.
  void (*on_catch)(RuleContext& context, const clang::CXXCatchStmt& handler) = nullptr;
  /// Every `throw` expression.
  void (*on_throw)(RuleContext& context, const clang::CXXThrowExpr& expr) = nullptr;
  /// Every call (including overloaded operators and member calls).
  void (*on_call)(RuleContext& context, const clang::CallExpr& call) = nullptr;
  /// Every reference to a declaration by name.
  void (*on_decl_ref)(RuleContext& context, const clang::DeclRefExpr& ref) = nullptr;
  /// Once, after the walk (for macros and other per-translation-unit facts).
  void (*on_end)(RuleContext& context) = nullptr;
};

/// \return Every C++ rule, in the order of rules/rules.def.
std::span<const CppRule* const> cpp_rule_table();

/// Chooses rules by code prefix or kebab-case name, as `select` does (`CXE`, `CXD100`,
/// `empty-catch`).
/// \param patterns The selection; empty means the rules enabled by default.
/// \return The chosen rules, in table order.
std::vector<const CppRule*> select_rules(std::span<const std::string> patterns);

/// Runs \p rules over the translation unit in \p ast, walking it once.
/// \param ast The parsed translation unit.
/// \param preprocessor Its preprocessor, or null.
/// \param rules The rules to run.
/// \param sink Where findings go.
/// \param options The run's settings.
void run_rules(clang::ASTContext& ast, const clang::Preprocessor* preprocessor,
               std::span<const CppRule* const> rules, FindingSink& sink, const CheckOptions& options);

}  // namespace tenet::cpp
