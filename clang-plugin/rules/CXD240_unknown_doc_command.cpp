// CXD240: every occurrence of an unknown `\command` or `@command` in documentation comments
// (Clang's -Wdocumentation-unknown-command reports each name once per translation unit).
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD240{
    .code = "CXD240",
    .name = "unknown-doc-command",
    .summary = "A documentation comment uses a command Doxygen does not know.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "high",
    .tags = "documentation,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"

#include <algorithm>
#include <array>

#include <clang/AST/RawCommentList.h>

namespace tenet::cpp {
namespace {

/// Doxygen commands Clang's command table lacks.
constexpr std::array<std::string_view, 40> kMoreDoxygenCommands = {
    "cond",        "copyright",      "diafile",       "docbookinclude", "doxyconfig",  "endlink",
    "endplantuml", "endcond",        "hideenumvalues", "hideinlinesource", "iline",    "ilinebr",
    "important",   "includedoc",     "includelineno", "inherit",        "inheritdoc",  "module",
    "package",     "plantuml",       "qualifier",     "raisewarning",   "showdate",    "showenumvalues",
    "showinlinesource", "snippetdoc", "snippetlineno", "subparagraph",  "subsubparagraph", "vhdlflow",
    "fileinfo",    "lineinfo",       "licence",       "license",        "exception",   "callergraph",
    "enduml",      "startuml",       "parblock",      "endparblock",
};

/// Regions whose text Doxygen does not interpret: command -> its end.
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kVerbatim = {{
    {"code", "endcode"}, {"verbatim", "endverbatim"}, {"dot", "enddot"}, {"msc", "endmsc"},
    {"startuml", "enduml"}, {"htmlonly", "endhtmlonly"}, {"latexonly", "endlatexonly"},
    {"xmlonly", "endxmlonly"}, {"rtfonly", "endrtfonly"}, {"manonly", "endmanonly"},
    {"docbookonly", "enddocbookonly"}, {"plantuml", "endplantuml"},
}};

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

class Scanner {
 public:
  explicit Scanner(RuleContext& context) : context_(context), traits_(context.ast().getCommentCommandTraits()) {}

  bool known(llvm::StringRef name) const {
    if (const auto* info = traits_.getCommandInfoOrNULL(name); info != nullptr && !info->IsUnknownCommand) return true;
    if (std::find(kMoreDoxygenCommands.begin(), kMoreDoxygenCommands.end(), std::string_view(name.data(), name.size())) !=
        kMoreDoxygenCommands.end()) {
      return true;
    }
    const auto& extra = context_.options().doxygen_commands;
    return std::any_of(extra.begin(), extra.end(), [&](const std::string& command) {
      llvm::StringRef listed(command);
      listed.consume_front("\\") || listed.consume_front("@");
      return listed == name;
    });
  }

  /// Reports every unknown command in \p text, which starts at \p start.
  void scan(llvm::StringRef text, clang::SourceLocation start) {
    llvm::StringRef end_of_verbatim;  // non-empty inside a verbatim region
    bool in_fence = false;
    size_t line_start = 0;
    for (size_t at = 0; at < text.size(); ++at) {
      const char c = text[at];
      if (c == '\n') {
        line_start = at + 1;
        continue;
      }
      // Markdown fences (``` or ~~~ at the start of a comment line) and code spans.
      if ((c == '`' || c == '~') && text.substr(at).starts_with(std::string(3, c)) &&
          text.slice(line_start, at).ltrim().ltrim("/*!<").trim().empty()) {
        in_fence = !in_fence;
        at += 2;
        continue;
      }
      if (in_fence) continue;
      if (c == '`' && end_of_verbatim.empty()) {
        const size_t close = text.find('`', at + 1);
        const size_t newline = text.find('\n', at + 1);
        if (close != llvm::StringRef::npos && close < newline) at = close;
        continue;
      }
      if (c != '\\' && c != '@') continue;
      if (at + 1 >= text.size()) break;
      if (!is_alpha(text[at + 1])) {
        ++at;  // an escape (\\, \@, \&, \$, ...) or not a command
        continue;
      }
      if (at > 0 && (is_alnum(text[at - 1]) || text[at - 1] == '.' || text[at - 1] == '_')) continue;  // user@host
      size_t name_end = at + 1;
      while (name_end < text.size() && is_alnum(text[name_end])) ++name_end;
      // Formulas: \f$ ... \f$, \f[ ... \f], \f{env}{ ... \f}, \f( ... \f).
      if (name_end == at + 2 && text[at + 1] == 'f' && name_end < text.size() &&
          llvm::StringRef("$[](){}").contains(text[name_end])) {
        ++name_end;
      }
      const llvm::StringRef name = text.slice(at + 1, name_end);
      if (!end_of_verbatim.empty()) {
        if (name == end_of_verbatim) end_of_verbatim = {};
        at = name_end - 1;
        continue;
      }
      for (const auto& [open, close] : kVerbatim) {
        if (name == llvm::StringRef(open.data(), open.size())) end_of_verbatim = llvm::StringRef(close.data(), close.size());
      }
      if (name == "f$") end_of_verbatim = "f$";
      if (name == "f[") end_of_verbatim = "f]";
      if (name == "f{") end_of_verbatim = "f}";
      if (name == "f(") end_of_verbatim = "f)";
      if (!known(name)) {
        const clang::SourceLocation begin = start.getLocWithOffset(static_cast<int>(at));
        context_.report_chars(kMetaCXD240,
                              clang::CharSourceRange::getCharRange(
                                  begin, start.getLocWithOffset(static_cast<int>(name_end))),
                              "Unknown documentation command `" + text.slice(at, name_end).str() + "`.");
      }
      at = name_end - 1;
    }
  }

 private:
  RuleContext& context_;
  const clang::comments::CommandTraits& traits_;
};

void on_end(RuleContext& context) {
  const clang::SourceManager& sources = context.sources();
  Scanner scanner(context);
  for (unsigned index = 0; index < sources.local_sloc_entry_size(); ++index) {
    const clang::SrcMgr::SLocEntry& entry = sources.getLocalSLocEntry(index);
    if (!entry.isFile()) continue;
    const clang::SourceLocation start = clang::SourceLocation::getFromRawEncoding(entry.getOffset());
    if (start.isInvalid()) continue;
    const clang::FileID file = sources.getFileID(start);
    if (file.isInvalid() || !context.wanted_file(file) || !context.in_project_file(start)) continue;
    const auto* comments = context.ast().Comments.getCommentsInFile(file);
    if (comments == nullptr) continue;
    for (const auto& [offset, comment] : *comments) {
      if (comment->isOrdinary()) continue;
      scanner.scan(comment->getRawText(sources), comment->getBeginLoc());
    }
  }
}

}  // namespace

extern const CppRule kRuleCXD240{.meta = &kMetaCXD240, .on_end = on_end};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
