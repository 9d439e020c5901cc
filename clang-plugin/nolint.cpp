#include "clang-plugin/nolint.h"

#include <algorithm>

#include <clang/Lex/Lexer.h>
#include <clang/Lex/Token.h>

namespace tenet::cpp {

std::vector<SuppressionDirective> scan_suppressions(const clang::SourceManager& sources, clang::FileID file,
                                                    const clang::LangOptions& language) {
  std::vector<SuppressionDirective> directives;
  bool invalid = false;
  const llvm::StringRef text = sources.getBufferData(file, &invalid);
  if (invalid || !text.contains("NOLINT")) return directives;  // the common case: no lexing
  clang::Lexer lexer(sources.getLocForStartOfFile(file), language, text.begin(), text.begin(), text.end());
  lexer.SetCommentRetentionState(true);
  clang::Token token;
  do {
    lexer.LexFromRawLexer(token);
    if (!token.is(clang::tok::comment)) continue;
    const unsigned offset = sources.getFileOffset(token.getLocation());
    const llvm::StringRef comment = text.substr(offset, token.getLength());
    if (!comment.contains("NOLINT")) continue;
    const TextRange where{offset, offset + token.getLength()};
    if (auto directive = parse_cpp_suppression(std::string_view(comment.data(), comment.size()), where)) {
      directives.push_back(std::move(*directive));
    }
  } while (token.isNot(clang::tok::eof));
  return directives;
}

bool is_suppressed(const std::vector<SuppressionDirective>& directives, const clang::SourceManager& sources,
                   clang::FileID file, unsigned offset, const RuleMeta& rule) {
  if (directives.empty()) return false;
  const unsigned line = sources.getLineNumber(file, offset);
  const auto names = [&](const SuppressionDirective& directive) {
    if (directive.all_codes) return true;
    return std::any_of(directive.codes.begin(), directive.codes.end(), [&](const std::string& code) {
      if (!code.empty() && code.back() == '*') {
        return rule.code.starts_with(std::string_view(code).substr(0, code.size() - 1));
      }
      return code == rule.code || code == rule.name;
    });
  };
  // NOLINTBEGIN reaches its matching NOLINTEND (or the end of the file), as in the core.
  std::vector<std::pair<const SuppressionDirective*, unsigned>> open;
  for (const SuppressionDirective& directive : directives) {
    const unsigned at = sources.getLineNumber(file, directive.comment.begin);
    switch (directive.scope) {
      case SuppressionScope::line:
        if (at == line && names(directive)) return true;
        break;
      case SuppressionScope::next_line:
        if (at + 1 == line && names(directive)) return true;
        break;
      case SuppressionScope::block_begin:
        open.emplace_back(&directive, at);
        break;
      case SuppressionScope::block_end:
        if (!open.empty()) {
          const auto [begin, first] = open.back();
          open.pop_back();
          if (first <= line && line <= at && names(*begin)) return true;
        }
        break;
      case SuppressionScope::file:
        if (names(directive)) return true;
        break;
    }
  }
  return std::any_of(open.begin(), open.end(),
                     [&](const auto& entry) { return entry.second <= line && names(*entry.first); });
}

}  // namespace tenet::cpp
