// CXD200: a `\param x` where `x` is not a parameter of the function (as -Wdocumentation).
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD200{
    .code = "CXD200",
    .name = "param-not-a-parameter",
    .summary = "A `\\param` command names no parameter of the documented function.",
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
  for (const clang::comments::BlockContentComment* block : documented->comment->getBlocks()) {
    const auto* param = clang::dyn_cast<clang::comments::ParamCommandComment>(block);
    if (param == nullptr || !param->hasParamName() || param->isParamIndexValid() || param->isVarArgParam()) continue;
    context.report_chars(kMetaCXD200, comment_chars(param->getParamNameRange()),
                         code(command_spelling(context, *param) + " " + param->getParamNameAsWritten().str()) +
                             " names no parameter of `" + display_name(*documented->function) + "`.",
                         documented->function);
  }
}

}  // namespace

extern const CppRule kRuleCXD200{.meta = &kMetaCXD200, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
