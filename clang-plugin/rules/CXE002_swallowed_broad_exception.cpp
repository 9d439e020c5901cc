// CXE002: a broad handler (`catch (...)`, `catch (const std::exception&)`) whose body neither
// rethrows, logs or reports, returns or stores an error, uses the exception, nor terminates.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXE002{
    .code = "CXE002",
    .name = "swallowed-broad-exception",
    .summary = "A `catch (...)` or `catch (const std::exception&)` handler swallows the exception.",
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
  const bool broad = handler.getExceptionDecl() == nullptr || is_std_exception(handler.getCaughtType());
  if (!broad || !context.in_project_file(handler.getCatchLoc())) return;
  const HandlerSummary summary = summarize_handler(context, handler);
  // An empty handler is CXE001's: it needs a comment giving the reason, and has one.
  if (summary.empty) return;
  if (summary.rethrows || !summary.throws.empty() || summary.returns_value || summary.terminates ||
      summary.nests || summary.uses_exception || summary.stores || summary.reports || !summary.logs.empty()) {
    return;
  }
  context.report(kMetaCXE002, handler.getCatchLoc(),
                 code(handler_label(context.ast(), handler)) +
                     " handler neither rethrows, logs, returns or stores an error, nor terminates.");
}

}  // namespace

extern const CppRule kRuleCXE002{.meta = &kMetaCXE002, .on_catch = on_catch};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
