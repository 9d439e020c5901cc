// CXD220: a documented non-void function without `\return` (Doxygen WARN_NO_PARAMDOC).
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD220{
    .code = "CXD220",
    .name = "missing-return-doc",
    .summary = "A documented function that returns a value has no `\\return`.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "very-high",
    .tags = "documentation,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"

namespace tenet::cpp {
namespace {

bool has_returns_command(const RuleContext& context, const clang::comments::FullComment& comment) {
  const clang::comments::CommandTraits& traits = context.ast().getCommentCommandTraits();
  for (const clang::comments::BlockContentComment* block : comment.getBlocks()) {
    const auto* command = clang::dyn_cast<clang::comments::BlockCommandComment>(block);
    if (command != nullptr && traits.getCommandInfo(command->getCommandID())->IsReturnsCommand) return true;
  }
  return false;
}

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const auto documented = documented_function(context, decl);
  if (!documented) return;
  const clang::FunctionDecl& function = *documented->function;
  if (!is_doxygen_extracted(context, function)) return;
  if (clang::isa<clang::CXXConstructorDecl, clang::CXXDestructorDecl, clang::CXXConversionDecl>(function)) return;
  if (is_trivial_member(context.ast(), function) || comment_is_inherited(context, function)) return;
  const clang::QualType result = function.getReturnType();
  if (result->isVoidType()) return;
  if (const clang::AutoType* deduced = result->getContainedAutoType(); deduced != nullptr && deduced->getDeducedType().isNull()) {
    return;  // `auto` in a template: unknown until instantiated
  }
  if (has_returns_command(context, *documented->comment)) return;
  context.report(kMetaCXD220, function.getLocation(),
                 "Documentation of `" + display_name(function) + "` has no `\\return` for its `" +
                     type_name(context.ast(), result) + "` result.",
                 &function, {documented->comment->getSourceRange()});
}

}  // namespace

extern const CppRule kRuleCXD220{.meta = &kMetaCXD220, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
