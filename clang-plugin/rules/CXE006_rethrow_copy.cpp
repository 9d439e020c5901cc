// CXE006: `throw e;` of the caught object inside its handler: throws a copy (sliced to the
// static type) instead of rethrowing the original with `throw;`.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXE006{
    .code = "CXE006",
    .name = "rethrow-copy",
    .summary = "A handler throws a copy of the caught exception with `throw e;` instead of `throw;`.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "very-high",
    .tags = "exceptions,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"

namespace tenet::cpp {
namespace {

/// The variable \p thrown names, through the copy or move that initialises the exception.
const clang::VarDecl* thrown_variable(const clang::Expr& thrown) {
  const clang::Expr* expr = thrown.IgnoreImplicit();
  if (const auto* construct = clang::dyn_cast<clang::CXXConstructExpr>(expr)) {
    if (construct->getNumArgs() != 1) return nullptr;
    const clang::CXXConstructorDecl* constructor = construct->getConstructor();
    if (constructor == nullptr || !constructor->isCopyOrMoveConstructor()) return nullptr;
    expr = construct->getArg(0)->IgnoreImplicit();
  }
  const auto* ref = clang::dyn_cast<clang::DeclRefExpr>(expr->IgnoreParenImpCasts());
  return ref != nullptr ? clang::dyn_cast<clang::VarDecl>(ref->getDecl()) : nullptr;
}

void on_throw(RuleContext& context, const clang::CXXThrowExpr& expr) {
  if (expr.getSubExpr() == nullptr || context.enclosing_handlers().empty()) return;
  const clang::VarDecl* variable = thrown_variable(*expr.getSubExpr());
  if (variable == nullptr) return;
  for (const clang::CXXCatchStmt* handler : context.enclosing_handlers()) {
    if (handler->getExceptionDecl() != variable) continue;
    context.report(kMetaCXE006, expr.getSourceRange(),
                   "Caught exception `" + variable->getNameAsString() + "` is thrown again as a copy.");
    return;
  }
}

}  // namespace

extern const CppRule kRuleCXE006{.meta = &kMetaCXE006, .on_throw = on_throw};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
