// CXL002: a handler whose logging calls never use the caught exception (`e`, `e.what()`, a
// value taken from it, or std::current_exception()): the log says that something failed, not what.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXL002{
    .code = "CXL002",
    .name = "log-without-exception",
    .summary = "A handler logs without the exception it caught.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "high",
    .tags = "logging,exceptions,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"
#include "clang-plugin/flow.h"

namespace tenet::cpp {
namespace {

void on_catch(RuleContext& context, const clang::CXXCatchStmt& handler) {
  // `catch (...)` has no object to log.
  if (handler.getExceptionDecl() == nullptr || !context.in_project_file(handler.getCatchLoc())) return;
  const HandlerSummary summary = summarize_handler(context, handler);
  if (summary.logs.empty()) return;
  for (const HandlerLog& log : summary.logs) {
    if (log.uses_exception) return;
  }
  const LoggingCall& first = summary.logs.front().call;
  const clang::SourceRange range = first.call != nullptr ? first.call->getCallee()->getSourceRange()
                                                         : clang::SourceRange(first.statement->getBeginLoc());
  context.report(kMetaCXL002, range,
                 code(first.name) + " in `" + handler_label(context.ast(), handler) +
                     "` handler does not log the caught exception.");
}

}  // namespace

extern const CppRule kRuleCXL002{.meta = &kMetaCXL002, .on_catch = on_catch};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
