// CXE004: `throw` of a pointer (`throw new X`, `throw "text"`): the catcher must know who
// owns it, and `catch (X&)` never matches.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXE004{
    .code = "CXE004",
    .name = "throw-pointer",
    .summary = "An exception is thrown as a pointer instead of by value.",
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

void on_throw(RuleContext& context, const clang::CXXThrowExpr& expr) {
  const clang::Expr* thrown = expr.getSubExpr();
  if (thrown == nullptr) return;  // `throw;` rethrows
  const clang::QualType type = thrown->getType();
  if (type->isDependentType() || !type.getCanonicalType()->isPointerType()) return;
  context.report(kMetaCXE004, expr.getSourceRange(),
                 "Exception is thrown as a pointer of type `" + type_name(context.ast(), type) + "`.");
}

}  // namespace

extern const CppRule kRuleCXE004{.meta = &kMetaCXE004, .on_throw = on_throw};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
