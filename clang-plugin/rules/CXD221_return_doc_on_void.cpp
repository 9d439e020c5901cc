// CXD221: `\return` on a void function, a constructor or a destructor (as -Wdocumentation).
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD221{
    .code = "CXD221",
    .name = "return-doc-on-void",
    .summary = "A `\\return` documents a result of a function that returns nothing.",
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

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const auto documented = documented_function(context, decl);
  if (!documented) return;
  const clang::FunctionDecl& function = *documented->function;
  const char* what = clang::isa<clang::CXXConstructorDecl>(function)  ? "a constructor"
                     : clang::isa<clang::CXXDestructorDecl>(function) ? "a destructor"
                     : function.getReturnType()->isVoidType()         ? "a void function"
                                                                      : nullptr;
  if (what == nullptr) return;
  const clang::comments::CommandTraits& traits = context.ast().getCommentCommandTraits();
  for (const clang::comments::BlockContentComment* block : documented->comment->getBlocks()) {
    const auto* command = clang::dyn_cast<clang::comments::BlockCommandComment>(block);
    if (command == nullptr || !traits.getCommandInfo(command->getCommandID())->IsReturnsCommand) continue;
    context.report_chars(kMetaCXD221, comment_chars(command->getCommandNameRange(traits)),
                         code(command_spelling(context, *command)) + " documents a result of `" +
                             display_name(function) + "`, which is " + what + ".",
                         &function);
  }
}

}  // namespace

extern const CppRule kRuleCXD221{.meta = &kMetaCXD221, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
