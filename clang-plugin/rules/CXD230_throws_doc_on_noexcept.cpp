// CXD230: `\throws` (`\throw`, `\exception`) in the documentation of a function that cannot
// throw: `noexcept`, `throw()`, or a destructor without `noexcept(false)`.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD230{
    .code = "CXD230",
    .name = "throws-doc-on-noexcept",
    .summary = "A `noexcept` function is documented with `\\throws`.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "very-high",
    .tags = "documentation,exceptions,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"

#include "clang-plugin/flow.h"

namespace tenet::cpp {
namespace {

bool cannot_throw(const clang::FunctionDecl& function) {
  if (is_nothrow(function)) return true;
  if (!clang::isa<clang::CXXDestructorDecl>(function)) return false;
  const auto* prototype = function.getType()->getAs<clang::FunctionProtoType>();
  if (prototype == nullptr) return false;
  const clang::ExceptionSpecificationType kind = prototype->getExceptionSpecType();
  return kind == clang::EST_None || kind == clang::EST_Unevaluated;  // implicitly noexcept
}

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const auto documented = documented_function(context, decl);
  if (!documented || !cannot_throw(*documented->function)) return;
  const auto throws = block_commands(context, *documented->comment,
                                     [](const clang::comments::CommandInfo& info) { return info.IsThrowsCommand; });
  for (const clang::comments::BlockCommandComment* command : throws) {
    if (command->getNumArgs() > 0) {
      const std::string what = command->getArgText(0).lower();
      if (what == "nothing" || what == "none" || what == "never") continue;
    }
    const std::string spelled = command_spelling(context, *command);
    context.report_chars(kMetaCXD230,
                         clang::CharSourceRange::getCharRange(
                             command->getBeginLoc(), command->getBeginLoc().getLocWithOffset(static_cast<int>(spelled.size()))),
                         code(spelled) + " documents an exception, but `" + display_name(*documented->function) +
                             "` cannot throw.",
                         documented->function);
  }
}

}  // namespace

extern const CppRule kRuleCXD230{.meta = &kMetaCXD230, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
