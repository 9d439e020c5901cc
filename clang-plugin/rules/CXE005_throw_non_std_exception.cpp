// CXE005: `throw` of a type that does not derive from std::exception (an int, an enum, a
// string, a class of its own). Pointers are CXE004's.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXE005{
    .code = "CXE005",
    .name = "throw-non-std-exception",
    .summary = "A thrown type does not derive from `std::exception`.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "high",
    .tags = "exceptions,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"

namespace tenet::cpp {
namespace {

/// Whether \p record is or derives from std::exception; true when it cannot be known
/// (incomplete class, dependent base), so that only certain cases are reported.
bool derives_from_std_exception(const clang::CXXRecordDecl& record, int depth = 0) {
  const clang::CXXRecordDecl* definition = record.getDefinition();
  if (definition == nullptr || depth > 64) return true;
  if (definition->getName() == "exception" && definition->isInStdNamespace()) return true;
  for (const clang::CXXBaseSpecifier& base : definition->bases()) {
    const clang::CXXRecordDecl* parent = base.getType()->getAsCXXRecordDecl();
    if (parent == nullptr) {
      if (base.getType()->isDependentType()) return true;
      continue;
    }
    if (derives_from_std_exception(*parent, depth + 1)) return true;
  }
  return false;
}

void on_throw(RuleContext& context, const clang::CXXThrowExpr& expr) {
  const clang::Expr* thrown = expr.getSubExpr();
  if (thrown == nullptr) return;
  const clang::QualType type = thrown->getType();
  if (type->isDependentType()) return;
  const clang::QualType canonical = type.getCanonicalType();
  if (canonical->isPointerType()) return;  // CXE004
  if (const clang::CXXRecordDecl* record = canonical->getAsCXXRecordDecl()) {
    if (derives_from_std_exception(*record)) return;
  }
  context.report(kMetaCXE005, thrown->getSourceRange(),
                 "Thrown type `" + type_name(context.ast(), type.getUnqualifiedType()) +
                     "` does not derive from `std::exception`.");
}

}  // namespace

extern const CppRule kRuleCXE005{.meta = &kMetaCXE005, .on_throw = on_throw};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
