// CXD203: `\param[out] x` (or `[in,out]`) where `x` is a reference or pointer to const, or a
// scalar passed by value: the documented direction contradicts the parameter's type.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD203{
    .code = "CXD203",
    .name = "param-direction-contradicts-type",
    .summary = "A `\\param[out]` or `\\param[in,out]` documents a parameter the function cannot write through.",
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

/// Why a parameter of \p type cannot be an output, or "".
std::string read_only(const clang::ASTContext& ast, clang::QualType type) {
  if (type->isDependentType()) return "";
  if (const auto* reference = type->getAs<clang::LValueReferenceType>()) {
    return reference->getPointeeType().isConstQualified() ? code(type_name(ast, type)) : "";
  }
  if (const auto* pointer = type->getAs<clang::PointerType>()) {
    return pointer->getPointeeType().isConstQualified() ? code(type_name(ast, type)) : "";
  }
  if (type->isArithmeticType() || type->isEnumeralType()) return code(type_name(ast, type)) + " passed by value";
  return "";
}

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const auto documented = documented_function(context, decl);
  if (!documented) return;
  for (const clang::comments::BlockContentComment* block : documented->comment->getBlocks()) {
    const auto* param = clang::dyn_cast<clang::comments::ParamCommandComment>(block);
    if (param == nullptr || !param->isDirectionExplicit() || !param->isParamIndexValid() || param->isVarArgParam()) {
      continue;
    }
    const clang::comments::ParamCommandPassDirection direction = param->getDirection();
    if (direction == clang::comments::ParamCommandPassDirection::In) continue;
    if (param->getParamIndex() >= documented->parameters.size()) continue;
    const clang::ParmVarDecl* parameter = documented->parameters[param->getParamIndex()];
    if (parameter == nullptr) continue;
    const std::string why = read_only(context.ast(), parameter->getType());
    if (why.empty()) continue;
    const std::string spelled = command_spelling(context, *param) +
                                std::string(clang::comments::ParamCommandComment::getDirectionAsString(direction));
    context.report_chars(kMetaCXD203,
                         clang::CharSourceRange::getCharRange(param->getBeginLoc(),
                                                              param->getParamNameRange().getEnd().getLocWithOffset(1)),
                         code(spelled + " " + param->getParamNameAsWritten().str()) + " documents an output, but `" +
                             parameter->getName().str() + "` is " + why + ".",
                         documented->function);
  }
}

}  // namespace

extern const CppRule kRuleCXD203{.meta = &kMetaCXD203, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
