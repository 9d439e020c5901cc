#include "clang-plugin/logging.h"

#include <algorithm>
#include <array>

#include <clang/AST/Attr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/Lex/Lexer.h>

namespace tenet::cpp {
namespace {

/// Logger functions recognised without configuration.
constexpr std::array<std::string_view, 19> kDefaultFunctions = {
    // spdlog: the free functions and the logger's members.
    "spdlog::trace", "spdlog::debug", "spdlog::info", "spdlog::warn", "spdlog::error", "spdlog::critical",
    "spdlog::log", "spdlog::logger::trace", "spdlog::logger::debug", "spdlog::logger::info",
    "spdlog::logger::warn", "spdlog::logger::error", "spdlog::logger::critical", "spdlog::logger::log",
    // fmt's printing functions (fmt::format only builds a string).
    "fmt::print", "fmt::println", "fmt::vprint",
    // syslog(3), declared in the global namespace by <syslog.h>.
    "syslog", "vsyslog",
};

/// Logger macros recognised without configuration: glog, absl and spdlog's macros.
constexpr std::array<std::string_view, 44> kDefaultMacros = {
    "LOG", "LOG_IF", "LOG_EVERY_N", "LOG_IF_EVERY_N", "LOG_FIRST_N", "LOG_EVERY_T", "LOG_EVERY_POW_2",
    "LOG_ASSERT", "LOG_STRING", "LOG_TO_SINK", "DLOG", "DLOG_IF", "DLOG_EVERY_N", "DLOG_FIRST_N",
    "VLOG", "VLOG_IF", "VLOG_EVERY_N", "VLOG_FIRST_N", "PLOG", "PLOG_IF", "PLOG_EVERY_N", "PLOG_FIRST_N",
    "SYSLOG", "SYSLOG_IF", "ABSL_LOG", "ABSL_LOG_IF", "ABSL_PLOG", "ABSL_PLOG_IF", "ABSL_DLOG",
    "ABSL_DLOG_IF", "ABSL_VLOG", "ABSL_LOG_EVERY_N", "ABSL_LOG_FIRST_N", "SPDLOG_TRACE", "SPDLOG_DEBUG",
    "SPDLOG_INFO", "SPDLOG_WARN", "SPDLOG_ERROR", "SPDLOG_CRITICAL", "SPDLOG_LOGGER_TRACE",
    "SPDLOG_LOGGER_DEBUG", "SPDLOG_LOGGER_INFO", "SPDLOG_LOGGER_WARN", "SPDLOG_LOGGER_ERROR",
};

bool is_identifier(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool is_char_type(clang::QualType type) {
  return type->isAnyCharacterType();
}

/// A field index of at most six digits, or nullopt.
std::optional<int> index_of(std::string_view id) {
  if (id.empty() || id.size() > 6 || !std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  int value = 0;
  for (char c : id) value = value * 10 + (c - '0');
  return value;
}

/// Whether an argument of \p type can carry a format string: a character pointer or array,
/// or a string, string view or format-string class.
bool is_string_like(clang::QualType type) {
  type = type.getNonReferenceType();
  if (const auto* pointer = type->getAs<clang::PointerType>()) return is_char_type(pointer->getPointeeType());
  if (type->isArrayType()) return is_char_type(type->castAsArrayTypeUnsafe()->getElementType());
  if (const auto* record = type->getAsCXXRecordDecl()) {
    const llvm::StringRef name = record->getName();
    return name.contains("string") || name.contains("runtime");
  }
  return false;
}

/// The argument index of a `format(printf, N, M)` attribute's format string, or -1.
int printf_format_index(const clang::FunctionDecl& function) {
  const clang::FunctionDecl* pattern = function.getTemplateInstantiationPattern();
  for (const clang::FunctionDecl* candidate : {&function, pattern}) {
    if (candidate == nullptr) continue;
    for (const auto* attribute : candidate->specific_attrs<clang::FormatAttr>()) {
      const llvm::StringRef kind = attribute->getType()->getName();
      if (kind != "printf" && kind != "gnu_printf" && kind != "__printf__") continue;
      int index = attribute->getFormatIdx() - 1;
      if (const auto* method = clang::dyn_cast<clang::CXXMethodDecl>(candidate);
          method != nullptr && method->isInstance()) {
        --index;  // the attribute counts the implicit object argument
      }
      return index;
    }
  }
  return -1;
}

}  // namespace

std::vector<std::string> split_qualified(std::string_view name) {
  std::vector<std::string> components;
  while (name.starts_with("::")) name.remove_prefix(2);
  while (!name.empty()) {
    const std::size_t separator = name.find("::");
    components.emplace_back(name.substr(0, separator));
    if (separator == std::string_view::npos) break;
    name.remove_prefix(separator + 2);
  }
  return components;
}

bool qualified_name_is(const clang::NamedDecl& function, const std::vector<std::string>& pattern) {
  if (pattern.empty()) return false;
  std::size_t index = pattern.size();
  const std::string& last = pattern[--index];
  if (last != "*") {
    const clang::IdentifierInfo* identifier = function.getIdentifier();
    if (identifier == nullptr || identifier->getName() != last) return false;
  }
  for (const clang::DeclContext* scope = function.getDeclContext(); scope != nullptr; scope = scope->getParent()) {
    if (scope->isTranslationUnit()) return index == 0;
    if (const auto* space = clang::dyn_cast<clang::NamespaceDecl>(scope)) {
      if (space->isInline() || space->isAnonymousNamespace()) continue;
      if (index == 0 || space->getName() != pattern[--index]) return false;
    } else if (const auto* record = clang::dyn_cast<clang::RecordDecl>(scope)) {
      if (index == 0 || record->getName() != pattern[--index]) return false;
    } else if (clang::isa<clang::LinkageSpecDecl, clang::ExportDecl>(scope)) {
      continue;
    } else {
      return false;  // a local or other scope: never a configured name
    }
  }
  return false;
}

Loggers::Loggers(const RuleContext& context) {
  const auto add = [&](std::string_view entry) {
    if (entry.empty()) return;
    if (is_identifier(entry)) macros_.emplace_back(entry);  // a bare name may be a macro too
    Pattern pattern{split_qualified(entry)};
    if (pattern.components.empty()) return;
    if (pattern.components.back() == "*") {
      any_name_ = true;
    } else {
      last_names_.push_back(pattern.components.back());
    }
    patterns_.push_back(std::move(pattern));
  };
  for (std::string_view entry : kDefaultFunctions) add(entry);
  for (std::string_view entry : kDefaultMacros) macros_.emplace_back(entry);
  for (const std::string& entry : context.options().logger_functions) add(entry);
  std::sort(last_names_.begin(), last_names_.end());
  std::sort(macros_.begin(), macros_.end());
}

bool Loggers::matches(const clang::FunctionDecl& function) const {
  const clang::IdentifierInfo* identifier = function.getIdentifier();
  if (identifier == nullptr) return false;
  if (!any_name_ && !std::binary_search(last_names_.begin(), last_names_.end(), identifier->getName())) {
    return false;
  }
  return std::any_of(patterns_.begin(), patterns_.end(),
                     [&](const Pattern& pattern) { return qualified_name_is(function, pattern.components); });
}

std::optional<LoggingCall> Loggers::call(const RuleContext&, const clang::CallExpr& call) const {
  const clang::FunctionDecl* callee = call.getDirectCallee();
  if (callee == nullptr || !matches(*callee)) return std::nullopt;
  LoggingCall result;
  result.statement = &call;
  result.call = &call;
  result.name = callee->getQualifiedNameAsString();
  if (const int index = printf_format_index(*callee); index >= 0) {
    result.style = FormatStyle::printf;
    result.format_index = index < static_cast<int>(call.getNumArgs()) ? index : -1;
    return result;
  }
  for (unsigned index = 0; index < call.getNumArgs(); ++index) {
    const clang::Expr* argument = call.getArg(index)->IgnoreParenImpCasts();
    if (clang::isa<clang::CXXDefaultArgExpr>(argument)) break;
    if (is_string_like(argument->getType())) {
      result.style = FormatStyle::fmt;
      result.format_index = static_cast<int>(index);
      break;
    }
  }
  return result;
}

std::string Loggers::macro(const RuleContext& context, const clang::Stmt& statement) const {
  const clang::SourceLocation begin = statement.getBeginLoc();
  if (!begin.isMacroID()) return {};
  const clang::SourceManager& sources = context.sources();
  const clang::SourceLocation at = sources.getExpansionLoc(begin);
  const unsigned length = clang::Lexer::MeasureTokenLength(at, sources, context.ast().getLangOpts());
  if (length == 0) return {};
  bool invalid = false;
  const char* text = sources.getCharacterData(at, &invalid);
  if (invalid) return {};
  const llvm::StringRef name(text, length);
  if (!std::binary_search(macros_.begin(), macros_.end(), name)) return {};
  // The statement must start where the macro's expansion starts, not inside its arguments.
  if (sources.getExpansionRange(begin).getBegin() != at) return {};
  return name.str();
}

std::optional<LoggingCall> Loggers::statement(const RuleContext& context, const clang::Stmt& statement) const {
  if (const auto* call = clang::dyn_cast<clang::CallExpr>(&statement)) {
    if (auto found = this->call(context, *call)) return found;
  }
  std::string name = macro(context, statement);
  if (name.empty()) return std::nullopt;
  LoggingCall result;
  result.statement = &statement;
  result.name = std::move(name);
  result.style = FormatStyle::stream;
  return result;
}

const clang::StringLiteral* literal_of(const RuleContext& context, const clang::Expr& argument) {
  const clang::Expr* expr = &argument;
  for (int depth = 0; depth < 16 && expr != nullptr; ++depth) {
    expr = expr->IgnoreParenImpCasts();
    if (const auto* literal = clang::dyn_cast<clang::StringLiteral>(expr)) return literal;
    if (const auto* constant = clang::dyn_cast<clang::ConstantExpr>(expr)) {
      expr = constant->getSubExpr();
    } else if (const auto* temporary = clang::dyn_cast<clang::MaterializeTemporaryExpr>(expr)) {
      expr = temporary->getSubExpr();
    } else if (const auto* bind = clang::dyn_cast<clang::CXXBindTemporaryExpr>(expr)) {
      expr = bind->getSubExpr();
    } else if (const auto* cleanups = clang::dyn_cast<clang::ExprWithCleanups>(expr)) {
      expr = cleanups->getSubExpr();
    } else if (const auto* cast = clang::dyn_cast<clang::CastExpr>(expr)) {
      expr = cast->getSubExpr();
    } else if (const auto* construct = clang::dyn_cast<clang::CXXConstructExpr>(expr)) {
      if (construct->getNumArgs() == 0) return nullptr;
      expr = construct->getArg(0);
    } else if (const auto* ref = clang::dyn_cast<clang::DeclRefExpr>(expr)) {
      const auto* variable = clang::dyn_cast<clang::VarDecl>(ref->getDecl());
      if (variable == nullptr || variable->getInit() == nullptr) return nullptr;
      const clang::QualType type = variable->getType();
      const bool constant = variable->isConstexpr() || type.isConstQualified() ||
                            (type->isPointerType() && type->getPointeeType().isConstQualified() &&
                             type.isConstQualified());
      if (!constant) return nullptr;
      expr = variable->getInit();
    } else {
      break;
    }
  }
  // FMT_STRING("...") expands to a lambda-built object: take the literal it was given.
  if (argument.getBeginLoc().isMacroID()) {
    const llvm::StringRef macro = clang::Lexer::getImmediateMacroName(argument.getBeginLoc(), context.sources(),
                                                                      context.ast().getLangOpts());
    if (macro.contains("FMT_STRING")) {
      llvm::SmallVector<const clang::Stmt*, 16> queue{&argument};
      while (!queue.empty()) {
        const clang::Stmt* node = queue.pop_back_val();
        if (node == nullptr) continue;
        if (const auto* literal = clang::dyn_cast<clang::StringLiteral>(node)) return literal;
        for (const clang::Stmt* child : node->children()) queue.push_back(child);
      }
    }
  }
  return nullptr;
}

std::optional<unsigned> fmt_arguments_needed(std::string_view text) {
  unsigned automatic = 0;
  int highest_manual = -1;
  // One replacement field, from after its `{` to its `}`: [arg-id][!conv][:spec with {}s].
  std::size_t at = 0;
  const auto field = [&](bool nested) -> bool {
    const std::size_t start = at;
    while (at < text.size() && text[at] != '}' && text[at] != ':' && text[at] != '!') ++at;
    if (at >= text.size()) return false;
    const std::string_view id = text.substr(start, at - start);
    if (id.empty()) {
      ++automatic;
    } else if (const auto index = index_of(id)) {
      highest_manual = std::max(highest_manual, *index);
    } else {
      return false;  // a named argument: cannot count
    }
    if (text[at] == '!') {
      while (at < text.size() && text[at] != '}' && text[at] != ':') ++at;
    }
    if (at < text.size() && text[at] == ':') {
      if (nested) return false;
      ++at;
      while (at < text.size() && text[at] != '}') {
        if (text[at] == '{') {  // a dynamic width or precision
          ++at;
          const std::size_t inner = at;
          while (at < text.size() && text[at] != '}') ++at;
          if (at >= text.size()) return false;
          const std::string_view inner_id = text.substr(inner, at - inner);
          if (inner_id.empty()) {
            ++automatic;
          } else if (const auto index = index_of(inner_id)) {
            highest_manual = std::max(highest_manual, *index);
          } else {
            return false;
          }
        }
        ++at;
      }
    }
    if (at >= text.size() || text[at] != '}') return false;
    ++at;
    return true;
  };
  while (at < text.size()) {
    const char c = text[at];
    if (c == '{') {
      if (at + 1 < text.size() && text[at + 1] == '{') {
        at += 2;
        continue;
      }
      ++at;
      if (!field(false)) return std::nullopt;
    } else if (c == '}') {
      if (at + 1 < text.size() && text[at + 1] == '}') {
        at += 2;
        continue;
      }
      return std::nullopt;  // a lone `}`
    } else {
      ++at;
    }
  }
  if (automatic > 0 && highest_manual >= 0) return std::nullopt;
  return highest_manual >= 0 ? static_cast<unsigned>(highest_manual + 1) : automatic;
}

}  // namespace tenet::cpp
