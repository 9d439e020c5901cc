// CXD201: a named parameter of a documented function without a `\param` (Doxygen WARN_IF_INCOMPLETE_DOC).
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD201{
    .code = "CXD201",
    .name = "param-undocumented",
    .summary = "A named parameter of a documented function has no `\\param`.",
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
  if (!documented || !is_doxygen_extracted(context, *documented->function) ||
      is_trivial_member(context.ast(), *documented->function) || comment_is_inherited(context, *documented->function)) {
    return;
  }
  std::vector<bool> covered(documented->parameters.size(), false);
  for (const clang::comments::BlockContentComment* block : documented->comment->getBlocks()) {
    const auto* param = clang::dyn_cast<clang::comments::ParamCommandComment>(block);
    if (param != nullptr && param->isParamIndexValid() && !param->isVarArgParam() &&
        param->getParamIndex() < covered.size()) {
      covered[param->getParamIndex()] = true;
    }
  }
  for (size_t index = 0; index < covered.size(); ++index) {
    const clang::ParmVarDecl* parameter = documented->parameters[index];
    if (covered[index] || parameter == nullptr || parameter->getIdentifier() == nullptr) continue;
    context.report(kMetaCXD201, parameter->getLocation(),
                   "Parameter `" + parameter->getName().str() + "` of `" + display_name(*documented->function) +
                       "` has no `\\param` documentation.",
                   documented->function, {documented->comment->getSourceRange()});
  }
}

}  // namespace

extern const CppRule kRuleCXD201{.meta = &kMetaCXD201, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
