/// \file
/// Logging calls: which calls and macros log (the defaults for spdlog, fmt, glog/absl and
/// syslog plus `[cpp] logger-functions`), and their format strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <clang/AST/Expr.h>
#include <clang/AST/Stmt.h>

#include "clang-plugin/cpp_rule.h"

namespace tenet::cpp {

/// How a logging call formats its message.
enum class FormatStyle : std::uint8_t {
  none,     ///< No format string was found.
  fmt,      ///< `{}` placeholders (spdlog, fmt, std::format).
  printf,   ///< `%` conversions (a function with a `format(printf, ...)` attribute, syslog).
  stream,   ///< `<<` insertions (glog's and absl's `LOG(ERROR) << ...`).
};

/// One logging call as the rules see it.
struct LoggingCall {
  const clang::Stmt* statement = nullptr;  ///< The call, or the whole statement of a logging macro.
  const clang::CallExpr* call = nullptr;   ///< The call; null for a streaming macro.
  std::string name;                        ///< For messages: `spdlog::info`, `LOG`.
  FormatStyle style = FormatStyle::none;   ///< How the message is formatted.
  /// The format string's index in the call's arguments, or -1.
  int format_index = -1;
};

/// The logger functions and macros of a translation unit: the defaults plus
/// CheckOptions::logger_functions. A RuleContext fact: `context.fact<Loggers>()`.
class Loggers {
 public:
  /// Builds the matcher from \p context's options.
  /// \param context The rule context.
  explicit Loggers(const RuleContext& context);

  /// \param context The rule context.
  /// \param call Any call.
  /// \return \p call as a logging call, or nullopt when its callee is not a logger function.
  [[nodiscard]] std::optional<LoggingCall> call(const RuleContext& context, const clang::CallExpr& call) const;

  /// \param context The rule context.
  /// \param statement A statement or expression.
  /// \return The logger macro \p statement is spelled with (its first token is the macro's
  ///   name, as `LOG(ERROR) << ...`), or "".
  [[nodiscard]] std::string macro(const RuleContext& context, const clang::Stmt& statement) const;

  /// \param context The rule context.
  /// \param statement A statement or expression.
  /// \return \p statement as a logging call (a logger function's call or a logger macro's
  ///   statement), or nullopt.
  [[nodiscard]] std::optional<LoggingCall> statement(const RuleContext& context, const clang::Stmt& statement) const;

 private:
  struct Pattern {
    std::vector<std::string> components;  ///< `spdlog`, `logger`, `info`; the last may be `*`.
  };
  [[nodiscard]] bool matches(const clang::FunctionDecl& function) const;

  std::vector<Pattern> patterns_;
  std::vector<std::string> last_names_;  ///< Sorted last components, for a quick reject.
  bool any_name_ = false;                ///< A pattern ends in `*`.
  std::vector<std::string> macros_;      ///< Sorted macro names.
};

/// Whether \p function's qualified name (inline and anonymous namespaces skipped) is
/// \p pattern: `ns::Class::name`, `ns::*`, or a bare name for a global function.
/// \param function The function.
/// \param pattern The components of the pattern, outermost first.
/// \return True when the name matches; an empty pattern matches nothing.
bool qualified_name_is(const clang::NamedDecl& function, const std::vector<std::string>& pattern);

/// Splits `a::b::c` into its components.
/// \param name A qualified name.
/// \return The components, outermost first; a leading `::` is dropped.
std::vector<std::string> split_qualified(std::string_view name);

/// The string literal an argument is written as, through conversions to `std::string_view`,
/// `fmt::format_string` and the like, `FMT_STRING(...)`, and `const`/`constexpr` variables
/// initialised with a literal; null when it is not a literal.
/// \param context The rule context.
/// \param argument A call argument.
/// \return The literal, or null.
const clang::StringLiteral* literal_of(const RuleContext& context, const clang::Expr& argument);

/// Counts the arguments a `{}`-style format string needs: automatic `{}` fields (and the
/// `{}` of a dynamic width or precision) or one more than the highest manual index.
/// \param text The format string.
/// \return The count, or nullopt when it cannot be counted (named fields, mixed automatic
///   and manual indexing, unbalanced braces).
std::optional<unsigned> fmt_arguments_needed(std::string_view text);

}  // namespace tenet::cpp
