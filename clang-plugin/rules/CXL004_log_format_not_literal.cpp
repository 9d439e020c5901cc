// CXL004: the format string of a logging call is not a literal: printf-style loggers
// (syslog, functions with a format attribute) read `%` in it as conversions; fmt-style loggers
// given fmt::runtime() or a runtime string with arguments throw or garble on `{`.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXL004{
    .code = "CXL004",
    .name = "log-format-not-literal",
    .summary = "A logging call's format string is not a literal.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "high",
    .tags = "logging,security,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include <clang/AST/Attr.h>

#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"
#include "clang-plugin/logging.h"

namespace tenet::cpp {
namespace {

/// \p expr without the conversions around it (to std::string_view, format_string, ...).
const clang::Expr* source_of(const clang::Expr* expr) {
  for (int depth = 0; depth < 16 && expr != nullptr; ++depth) {
    expr = expr->IgnoreParenImpCasts();
    if (const auto* constant = clang::dyn_cast<clang::ConstantExpr>(expr)) {
      expr = constant->getSubExpr();
    } else if (const auto* temporary = clang::dyn_cast<clang::MaterializeTemporaryExpr>(expr)) {
      expr = temporary->getSubExpr();
    } else if (const auto* bind = clang::dyn_cast<clang::CXXBindTemporaryExpr>(expr)) {
      expr = bind->getSubExpr();
    } else if (const auto* construct = clang::dyn_cast<clang::CXXConstructExpr>(expr);
               construct != nullptr && !clang::isa<clang::CXXTemporaryObjectExpr>(construct) &&
               construct->getNumArgs() >= 1) {
      expr = construct->getArg(0);
    } else {
      return expr;
    }
  }
  return expr;
}

/// Whether \p type is a format-string class checked at compile time (fmt::format_string,
/// std::format_string, spdlog::format_string_t), which a wrapper forwards.
bool is_checked_format_string(clang::QualType type) {
  const auto* record = type.getNonReferenceType()->getAsCXXRecordDecl();
  if (record == nullptr || record->getIdentifier() == nullptr) return false;
  const llvm::StringRef name = record->getName();
  return name.contains("format_string") || name == "fstring" || name == "basic_fstring";
}

bool is_runtime_format(clang::QualType type) {
  const auto* record = type.getNonReferenceType()->getAsCXXRecordDecl();
  return record != nullptr && record->getIdentifier() != nullptr && record->getName().contains("runtime");
}

/// A printf-style format string forwarded from a parameter of a function that is itself
/// printf-style (has a format attribute): its callers are checked instead.
bool forwarded_format(const RuleContext& context, const clang::Expr* source) {
  const auto* ref = clang::dyn_cast<clang::DeclRefExpr>(source->IgnoreParenImpCasts());
  if (ref == nullptr || !clang::isa<clang::ParmVarDecl>(ref->getDecl())) return false;
  const clang::FunctionDecl* function = context.enclosing_function();
  return function != nullptr && (function->hasAttr<clang::FormatAttr>() || function->isVariadic());
}

/// An fmt-style format string forwarded from a parameter of a function that also takes the
/// arguments as `fmt::format_args` (the `vprint` idiom): the wrapper's callers pass the
/// literal, and fmt checks it there.
bool forwarded_with_format_args(const RuleContext& context, const clang::Expr* source) {
  const auto* ref = clang::dyn_cast<clang::DeclRefExpr>(source->IgnoreParenImpCasts());
  if (ref == nullptr || !clang::isa<clang::ParmVarDecl>(ref->getDecl())) return false;
  const clang::FunctionDecl* function = context.enclosing_function();
  if (function == nullptr) return false;
  for (const clang::ParmVarDecl* parameter : function->parameters()) {
    const auto* record = parameter->getType().getNonReferenceType()->getAsCXXRecordDecl();
    if (record != nullptr && record->getIdentifier() != nullptr && record->getName().contains("format_args")) return true;
  }
  return false;
}

void on_call(RuleContext& context, const clang::CallExpr& call) {
  const auto logging = context.fact<Loggers>().call(context, call);
  if (!logging || logging->format_index < 0) return;
  const clang::Expr& format = *call.getArg(static_cast<unsigned>(logging->format_index));
  if (literal_of(context, format) != nullptr) return;
  const clang::Expr* source = source_of(&format);
  if (source == nullptr || source->isTypeDependent()) return;
  std::string message;
  if (logging->style == FormatStyle::printf) {
    if (forwarded_format(context, source)) return;
    message = "Format string of `" + logging->name + "` is not a literal; a `%` in it is read as a conversion.";
  } else if (logging->style == FormatStyle::fmt) {
    const bool runtime = is_runtime_format(source->getType());
    if (!runtime && is_checked_format_string(source->getType())) return;
    if (!runtime && forwarded_with_format_args(context, source)) return;
    const bool has_arguments = call.getNumArgs() > static_cast<unsigned>(logging->format_index) + 1;
    if (!runtime && !has_arguments) return;  // a message logged as is, not formatted
    message = "Format string of `" + logging->name + "` is not a literal; a `{` in it breaks the message.";
  } else {
    return;
  }
  context.report(kMetaCXL004, format.getSourceRange(), std::move(message));
}

}  // namespace

extern const CppRule kRuleCXL004{.meta = &kMetaCXL004, .on_call = on_call};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
