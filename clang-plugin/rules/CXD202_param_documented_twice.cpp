// CXD202: a parameter documented twice (as -Wdocumentation).
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD202{
    .code = "CXD202",
    .name = "param-documented-twice",
    .summary = "A parameter is documented by more than one `\\param`.",
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
  std::vector<bool> seen(documented->parameters.size(), false);
  for (const clang::comments::BlockContentComment* block : documented->comment->getBlocks()) {
    const auto* param = clang::dyn_cast<clang::comments::ParamCommandComment>(block);
    if (param == nullptr || !param->isParamIndexValid() || param->isVarArgParam() ||
        param->getParamIndex() >= seen.size()) {
      continue;
    }
    if (!seen[param->getParamIndex()]) {
      seen[param->getParamIndex()] = true;
      continue;
    }
    context.report_chars(kMetaCXD202, comment_chars(param->getParamNameRange()),
                         "Parameter `" + param->getParamNameAsWritten().str() + "` of `" +
                             display_name(*documented->function) + "` is documented twice.",
                         documented->function);
  }
}

}  // namespace

extern const CppRule kRuleCXD202{.meta = &kMetaCXD202, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
