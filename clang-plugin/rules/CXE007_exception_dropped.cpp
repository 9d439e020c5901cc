// CXE007: `throw X(...)` in a handler that never uses the caught object (not in the new
// exception, not through std::throw_with_nested or std::current_exception()).
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXE007{
    .code = "CXE007",
    .name = "exception-dropped",
    .summary = "A handler throws a new exception and drops the one it caught.",
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
#include "clang-plugin/flow.h"

namespace tenet::cpp {
namespace {

void on_catch(RuleContext& context, const clang::CXXCatchStmt& handler) {
  // `catch (...)` has no object to keep: translating it is the only option.
  if (handler.getExceptionDecl() == nullptr || !context.in_project_file(handler.getCatchLoc())) return;
  const HandlerSummary summary = summarize_handler(context, handler);
  if (summary.throws.empty() || summary.uses_exception || summary.nests) return;
  const std::string caught = type_name(context.ast(), handler.getCaughtType().getNonReferenceType().getUnqualifiedType());
  for (const clang::CXXThrowExpr* thrown : summary.throws) {
    const clang::QualType type = thrown->getSubExpr()->getType();
    if (type->isDependentType()) continue;
    context.report(kMetaCXE007, thrown->getSourceRange(),
                   "`throw` of `" + type_name(context.ast(), type) + "` drops the caught `" + caught + "`.");
  }
}

}  // namespace

extern const CppRule kRuleCXE007{.meta = &kMetaCXE007, .on_catch = on_catch};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
