#include "clang-plugin/driver/coverage.h"

#include <algorithm>

#include <clang/AST/Decl.h>
#include <clang/AST/DeclCXX.h>
#include <clang/Lex/Preprocessor.h>

#include "clang-plugin/api.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD100;
extern const RuleMeta kMetaCXD101;
extern const RuleMeta kMetaCXD102;
extern const RuleMeta kMetaCXD103;
extern const RuleMeta kMetaCXD104;
extern const RuleMeta kMetaCXD105;
extern const RuleMeta kMetaCXD106;

namespace {

constexpr std::string_view kDocumented = "documented";
constexpr std::string_view kUndocumented = "undocumented";

/// The message of a coverage finding: `documented|undocumented TAB kind TAB name`. Tabs
/// separate the fields because kinds ("type alias") and names (`operator()`) hold spaces.
std::string message_for(bool documented, std::string_view kind, std::string_view name) {
  std::string message(documented ? kDocumented : kUndocumented);
  message += '\t';
  message += kind;
  message += '\t';
  message += name;
  return message;
}

/// Counts \p decl under \p rule when it is public API: the test report_if_undocumented
/// makes, without requiring the comment to be missing.
void count_entity(RuleContext& context, const RuleMeta& rule, const clang::NamedDecl& decl, std::string_view kind) {
  if (!is_public_api(context, decl)) return;
  context.report(rule, decl.getLocation(), message_for(has_doc_comment(context.ast(), decl), kind, display_name(decl)),
                 &decl);
}

// Each hook selects the declarations its CXD rule looks at, with the same exemptions
// (clang-plugin/rules/CXD10x_*.cpp), and counts them.

void functions(RuleContext& context, const clang::Decl& decl) {
  const auto* function = clang::dyn_cast<clang::FunctionDecl>(&decl);
  if (function == nullptr || clang::isa<clang::CXXMethodDecl>(function)) return;
  if (function != function->getCanonicalDecl() || function->isMain()) return;
  if (is_trivial_member(context.ast(), *function)) return;
  count_entity(context, kMetaCXD100, *function, "function");
}

void classes(RuleContext& context, const clang::Decl& decl) {
  const auto* record = clang::dyn_cast<clang::RecordDecl>(&decl);
  if (record == nullptr || !record->isThisDeclarationADefinition() || record->isInjectedClassName()) return;
  if (record->getIdentifier() != nullptr) {
    count_entity(context, kMetaCXD101, *record, record->getKindName());
    return;
  }
  // `typedef struct { ... } Name;` is the struct `Name` (CXD101's, not CXD104's); a comment
  // on either declaration documents it. Other anonymous records are not counted.
  const clang::TypedefNameDecl* name = record->getTypedefNameForAnonDecl();
  if (name == nullptr || !is_public_api(context, *name)) return;
  const bool documented = has_doc_comment(context.ast(), *record) || has_doc_comment(context.ast(), *name);
  context.report(kMetaCXD101, record->getLocation(), message_for(documented, record->getKindName(), display_name(*name)),
                 name);
}

void methods(RuleContext& context, const clang::Decl& decl) {
  const auto* method = clang::dyn_cast<clang::CXXMethodDecl>(&decl);
  if (method == nullptr || method != method->getCanonicalDecl()) return;
  if (method->getParent()->isLambda() || is_trivial_member(context.ast(), *method)) return;
  const char* kind = clang::isa<clang::CXXConstructorDecl>(method)  ? "constructor"
                     : clang::isa<clang::CXXDestructorDecl>(method) ? "destructor"
                                                                    : "method";
  count_entity(context, kMetaCXD102, *method, kind);
}

void enums(RuleContext& context, const clang::Decl& decl) {
  const auto* enumeration = clang::dyn_cast<clang::EnumDecl>(&decl);
  if (enumeration == nullptr || !enumeration->isThisDeclarationADefinition()) return;
  if (enumeration->getIdentifier() == nullptr) return;
  count_entity(context, kMetaCXD103, *enumeration, "enum");
  // With document-enumerators, CXD103 asks each enumerator of a public enum too.
  if (!context.options().document_enumerators || !is_public_api(context, *enumeration)) return;
  for (const clang::EnumConstantDecl* enumerator : enumeration->enumerators()) {
    if (enumerator->isImplicit()) continue;
    context.report(kMetaCXD103, enumerator->getLocation(),
                   message_for(has_doc_comment(context.ast(), *enumerator), "enumerator", display_name(*enumerator)),
                   enumerator);
  }
}

void aliases(RuleContext& context, const clang::Decl& decl) {
  const auto* alias = clang::dyn_cast<clang::TypedefNameDecl>(&decl);
  if (alias == nullptr || alias != alias->getCanonicalDecl()) return;
  // `typedef struct { ... } Name;` is CXD101's struct `Name`; a typedef naming an anonymous
  // enum stays here (CXD103 leaves anonymous enums alone).
  if (clang::isa_and_nonnull<clang::RecordDecl>(alias->getAnonDeclWithTypedefName(/*AnyRedecl=*/true))) return;
  count_entity(context, kMetaCXD104, *alias, "type alias");
}

void variables(RuleContext& context, const clang::Decl& decl) {
  if (const auto* field = clang::dyn_cast<clang::FieldDecl>(&decl)) {
    if (field->isUnnamedBitField() || field->getIdentifier() == nullptr) return;
    count_entity(context, kMetaCXD105, *field, "data member");
    return;
  }
  const auto* variable = clang::dyn_cast<clang::VarDecl>(&decl);
  if (variable == nullptr || clang::isa<clang::ParmVarDecl, clang::DecompositionDecl>(variable)) return;
  if (variable->isLocalVarDeclOrParm() || variable != variable->getCanonicalDecl()) return;
  count_entity(context, kMetaCXD105, *variable, variable->isStaticDataMember() ? "data member" : "variable");
}

void macros(RuleContext& context) {
  for (const PublicMacro& macro : public_macros(context)) {
    context.report_chars(kMetaCXD106,
                         clang::CharSourceRange::getCharRange(
                             macro.location, macro.location.getLocWithOffset(static_cast<int>(macro.name.size()))),
                         message_for(macro.documented, "macro", macro.name));
  }
}

const CppRule kCoverageCXD100{.meta = &kMetaCXD100, .on_decl = functions};
const CppRule kCoverageCXD101{.meta = &kMetaCXD101, .on_decl = classes};
const CppRule kCoverageCXD102{.meta = &kMetaCXD102, .on_decl = methods};
const CppRule kCoverageCXD103{.meta = &kMetaCXD103, .on_decl = enums};
const CppRule kCoverageCXD104{.meta = &kMetaCXD104, .on_decl = aliases};
const CppRule kCoverageCXD105{.meta = &kMetaCXD105, .on_decl = variables};
const CppRule kCoverageCXD106{.meta = &kMetaCXD106, .on_end = macros};

}  // namespace

std::vector<const CppRule*> coverage_rules(std::span<const std::string> select) {
  static const CppRule* const kAll[] = {&kCoverageCXD100, &kCoverageCXD101, &kCoverageCXD102, &kCoverageCXD103,
                                        &kCoverageCXD104, &kCoverageCXD105, &kCoverageCXD106};
  std::vector<const CppRule*> chosen;
  for (const CppRule* rule : kAll) {
    const RuleMeta& meta = *rule->meta;
    const bool wanted = select.empty() || std::any_of(select.begin(), select.end(), [&](const std::string& pattern) {
                          return pattern == "ALL" || pattern == meta.name ||
                                 (!pattern.empty() && meta.code.starts_with(pattern));
                        });
    if (wanted) chosen.push_back(rule);
  }
  return chosen;
}

std::optional<CoverageFact> parse_coverage_message(std::string_view message) {
  const std::size_t first = message.find('\t');
  if (first == std::string_view::npos) return std::nullopt;
  const std::size_t second = message.find('\t', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  const std::string_view state = message.substr(0, first);
  if (state != kDocumented && state != kUndocumented) return std::nullopt;
  return CoverageFact{state == kDocumented, std::string(message.substr(first + 1, second - first - 1)),
                      std::string(message.substr(second + 1))};
}

}  // namespace tenet::cpp
