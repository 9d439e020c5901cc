// CXE001: an empty handler with no comment giving a reason, also when the handler is
// spelled through a macro (which clang-tidy's bugprone-empty-catch does not see).
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXE001{
    .code = "CXE001",
    .name = "empty-catch",
    .summary = "An empty `catch` handler swallows the exception without a comment giving a reason.",
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

/// Whether the text between the braces of \p body holds a comment. The braces are taken
/// where they are spelled, which is inside the #define for a handler written by a macro.
bool has_comment(const clang::SourceManager& sources, const clang::CompoundStmt& body) {
  const clang::SourceLocation open = sources.getSpellingLoc(body.getLBracLoc());
  const clang::SourceLocation close = sources.getSpellingLoc(body.getRBracLoc());
  const auto [open_file, open_offset] = sources.getDecomposedLoc(open);
  const auto [close_file, close_offset] = sources.getDecomposedLoc(close);
  if (open_file != close_file || close_offset <= open_offset) return true;  // cannot tell: stay quiet
  bool invalid = false;
  const llvm::StringRef text = sources.getBufferData(open_file, &invalid);
  if (invalid) return true;
  const llvm::StringRef inside = text.slice(open_offset + 1, close_offset);
  return inside.contains("//") || inside.contains("/*");
}

void on_catch(RuleContext& context, const clang::CXXCatchStmt& handler) {
  const auto* body = clang::dyn_cast_or_null<clang::CompoundStmt>(handler.getHandlerBlock());
  if (body == nullptr || !body->body_empty() || has_comment(context.sources(), *body)) return;
  context.report(kMetaCXE001, handler.getCatchLoc(),
                 "Empty `" + handler_label(context.ast(), handler) + "` handler has no comment giving a reason.");
}

}  // namespace

extern const CppRule kRuleCXE001{.meta = &kMetaCXE001, .on_catch = on_catch};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
