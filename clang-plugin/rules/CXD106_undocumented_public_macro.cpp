// CXD106: a macro defined in a project header without a documentation comment (a `///` or
// `/** */` comment right above the #define, or a trailing `///<`). Include guards are exempt.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD106{
    .code = "CXD106",
    .name = "undocumented-public-macro",
    .summary = "A macro defined in a project header has no documentation comment.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "high",
    .tags = "documentation,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include <clang/Lex/MacroInfo.h>
#include <clang/Lex/Preprocessor.h>

#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"

namespace tenet::cpp {
namespace {

bool is_doc_comment_start(llvm::StringRef comment) {
  return comment.starts_with("///") || comment.starts_with("//!") || comment.starts_with("/**") ||
         comment.starts_with("/*!");
}

/// Whether the #define whose name is at \p offset in \p text carries a documentation comment.
bool documented(llvm::StringRef text, size_t offset) {
  size_t line_start = text.rfind('\n', offset);
  line_start = line_start == llvm::StringRef::npos ? 0 : line_start + 1;
  // A trailing `///<` on the #define's line.
  const size_t line_end = text.find('\n', offset);
  const llvm::StringRef line = text.slice(line_start, line_end);
  if (line.contains("///<") || line.contains("//!<") || line.contains("/**<") || line.contains("/*!<")) return true;
  // The nearest non-blank text above the #define.
  llvm::StringRef before = text.take_front(line_start).rtrim();
  if (before.ends_with("*/")) {
    const size_t open = before.rfind("/*");
    return open != llvm::StringRef::npos && is_doc_comment_start(before.substr(open));
  }
  size_t previous = before.rfind('\n');
  previous = previous == llvm::StringRef::npos ? 0 : previous + 1;
  return is_doc_comment_start(before.substr(previous).ltrim());
}

bool looks_like_include_guard(llvm::StringRef name, const clang::MacroInfo& macro) {
  if (macro.isUsedForHeaderGuard()) return true;
  if (!macro.isObjectLike() || macro.getNumTokens() != 0) return false;
  return name.ends_with("_H") || name.ends_with("_H_") || name.ends_with("_HPP") || name.ends_with("_HPP_") ||
         name.ends_with("_HH") || name.ends_with("_INCLUDED") || name.ends_with("_INCLUDED_");
}

/// Whether \p name marks the macro as an implementation detail, the way a `detail` or
/// `internal` namespace marks declarations (which CXD100-CXD105 exempt): a trailing
/// underscore (`CONCAT_`), or an `INTERNAL`, `DETAIL`, `IMPL` or `PRIVATE` word
/// (`LIB_INTERNAL_CHECK`, `GTEST_IMPL_CMP_HELPER_`).
bool is_private_by_name(llvm::StringRef name) {
  if (name.ends_with("_")) return true;
  llvm::SmallVector<llvm::StringRef, 8> words;
  name.split(words, '_', -1, false);
  for (const llvm::StringRef word : words) {
    if (word.equals_insensitive("internal") || word.equals_insensitive("detail") ||
        word.equals_insensitive("impl") || word.equals_insensitive("private")) {
      return true;
    }
  }
  return false;
}

void on_end(RuleContext& context) {
  const clang::Preprocessor* preprocessor = context.preprocessor();
  if (preprocessor == nullptr) return;
  const clang::SourceManager& sources = context.sources();
  for (const auto& [identifier, state] : preprocessor->macros(false)) {
    const clang::MacroDirective* directive = preprocessor->getLocalMacroDirective(identifier);
    if (directive == nullptr || directive->getKind() != clang::MacroDirective::MD_Define) continue;
    const clang::MacroInfo* macro = directive->getMacroInfo();
    const llvm::StringRef name = identifier->getName();
    if (macro == nullptr || macro->isBuiltinMacro() || name.starts_with("_") || is_private_by_name(name)) continue;
    const clang::SourceLocation location = macro->getDefinitionLoc();
    if (location.isInvalid() || !location.isFileID() || !context.wanted(location)) continue;
    if (!context.in_project_file(location) || !context.in_public_header(location)) continue;
    if (looks_like_include_guard(name, *macro)) continue;
    const auto [file, offset] = sources.getDecomposedLoc(location);
    bool invalid = false;
    const llvm::StringRef text = sources.getBufferData(file, &invalid);
    if (invalid || documented(text, offset)) continue;
    context.report_chars(kMetaCXD106,
                         clang::CharSourceRange::getCharRange(
                             location, location.getLocWithOffset(static_cast<int>(name.size()))),
                         "Public macro `" + name.str() + "` has no documentation comment.");
  }
}

}  // namespace

extern const CppRule kRuleCXD106{.meta = &kMetaCXD106, .on_end = on_end};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
