// CXE003: a handler that catches a class type by value (copies, and slices derived types).
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXE003{
    .code = "CXE003",
    .name = "catch-by-value",
    .summary = "An exception of class type is caught by value instead of by reference.",
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

void on_catch(RuleContext& context, const clang::CXXCatchStmt& handler) {
  const clang::VarDecl* caught = handler.getExceptionDecl();
  if (caught == nullptr) return;
  const clang::QualType type = caught->getType();
  if (type->isDependentType()) return;
  // Judged on the canonical type: a typedef of a class is still a class.
  if (!type.getCanonicalType()->isRecordType()) return;
  clang::SourceRange range = caught->getSourceRange();
  if (const clang::TypeSourceInfo* written = caught->getTypeSourceInfo()) {
    range = written->getTypeLoc().getSourceRange();
  }
  context.report(kMetaCXE003, range,
                 "Exception of class type `" + type_name(context.ast(), type) + "` is caught by value.");
}

}  // namespace

extern const CppRule kRuleCXE003{.meta = &kMetaCXE003, .on_catch = on_catch};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
