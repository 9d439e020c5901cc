// CXL001: direct console output (std::cout / std::cerr / std::clog, printf, puts,
// fprintf(stdout|stderr), std::print ...) in library code: outside `main` and test sources.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXL001{
    .code = "CXL001",
    .name = "direct-console-output",
    .summary = "Library code writes to the console directly instead of through a logger.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "high",
    .tags = "logging,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include <clang/Lex/Lexer.h>

#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"
#include "clang-plugin/logging.h"

namespace tenet::cpp {
namespace {

/// `[cpp] allowed-output-functions`, parsed once per translation unit.
struct AllowedOutput {
  explicit AllowedOutput(const RuleContext& context) {
    for (const std::string& entry : context.options().allowed_output_functions) {
      if (auto pattern = split_qualified(entry); !pattern.empty()) patterns.push_back(std::move(pattern));
    }
  }
  [[nodiscard]] bool lists(const clang::NamedDecl* decl) const {
    return decl != nullptr && std::any_of(patterns.begin(), patterns.end(), [&](const auto& pattern) {
             return qualified_name_is(*decl, pattern);
           });
  }
  std::vector<std::vector<std::string>> patterns;
};

/// Where output is allowed: `main` (and what it encloses), functions listed in
/// `allowed-output-functions`, and test sources.
bool allowed_here(const RuleContext& context, clang::SourceLocation location) {
  const clang::FunctionDecl* function = context.enclosing_function();
  if (function != nullptr && function->isMain()) return true;
  if (context.fact<AllowedOutput>().lists(function)) return true;
  return context.in_test_file(location) || !context.in_project_file(location);
}

std::string where(const RuleContext& context) {
  const clang::FunctionDecl* function = context.enclosing_function();
  return function != nullptr ? "Function `" + display_name(*function) + "`" : std::string("A namespace-scope initializer");
}

bool is_std_or_global(const clang::FunctionDecl& function) {
  return function.isInStdNamespace() || function.getDeclContext()->getRedeclContext()->isTranslationUnit();
}

/// Whether \p expr names the stdout or stderr stream (the variable, or the macro).
std::string standard_stream(const RuleContext& context, const clang::Expr& expr) {
  const clang::Expr* stripped = expr.IgnoreParenImpCasts();
  if (const auto* ref = clang::dyn_cast<clang::DeclRefExpr>(stripped)) {
    const llvm::StringRef name = ref->getDecl()->getName();
    if (name == "stdout" || name == "stderr") return name.str();
  }
  const clang::SourceLocation begin = expr.getBeginLoc();
  if (begin.isMacroID()) {
    const llvm::StringRef macro =
        clang::Lexer::getImmediateMacroName(begin, context.sources(), context.ast().getLangOpts());
    if (macro == "stdout" || macro == "stderr") return macro.str();
  }
  return {};
}

void on_decl_ref(RuleContext& context, const clang::DeclRefExpr& ref) {
  const auto* variable = clang::dyn_cast<clang::VarDecl>(ref.getDecl());
  if (variable == nullptr || !variable->isInStdNamespace()) return;
  const llvm::StringRef name = variable->getName();
  if (name != "cout" && name != "cerr" && name != "clog" && name != "wcout" && name != "wcerr" && name != "wclog") {
    return;
  }
  if (allowed_here(context, ref.getLocation()) || context.fact<AllowedOutput>().lists(variable)) return;
  context.report(kMetaCXL001, ref.getSourceRange(), where(context) + " writes to `std::" + name.str() + "` directly.");
}

void on_call(RuleContext& context, const clang::CallExpr& call) {
  const clang::FunctionDecl* callee = call.getDirectCallee();
  if (callee == nullptr || callee->getIdentifier() == nullptr || !is_std_or_global(*callee)) return;
  const llvm::StringRef name = callee->getName();
  std::string target;
  if (name == "printf" || name == "vprintf" || name == "puts" || name == "putchar") {
    target = "stdout";
  } else if ((name == "fprintf" || name == "vfprintf") && call.getNumArgs() > 0) {
    target = standard_stream(context, *call.getArg(0));
  } else if ((name == "fputs" || name == "fputc" || name == "putc" || name == "fwrite") && call.getNumArgs() > 0) {
    target = standard_stream(context, *call.getArg(call.getNumArgs() - 1));
  } else if ((name == "print" || name == "println") && callee->isInStdNamespace() && call.getNumArgs() > 0) {
    const clang::QualType first = call.getArg(0)->IgnoreParenImpCasts()->getType();
    target = first->isPointerType() ? standard_stream(context, *call.getArg(0)) : std::string("stdout");
  } else {
    return;
  }
  if (target.empty() || allowed_here(context, call.getBeginLoc()) || context.fact<AllowedOutput>().lists(callee)) {
    return;
  }
  context.report(kMetaCXL001, call.getCallee()->getSourceRange(),
                 where(context) + " writes to " + target + " with `" + name.str() + "`.");
}

}  // namespace

extern const CppRule kRuleCXL001{.meta = &kMetaCXL001, .on_call = on_call, .on_decl_ref = on_decl_ref};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
