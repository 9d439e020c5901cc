// CXL003: a fmt/spdlog-style logging call whose literal format string needs another number of
// arguments than it is given (extra arguments too, which fmt ignores), or `{}` in the text of a
// call without arguments (which spdlog prints as is).
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXL003{
    .code = "CXL003",
    .name = "log-format-arguments",
    .summary = "The `{}` placeholders of a logging call's format string disagree with its arguments.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "very-high",
    .tags = "logging,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"
#include "clang-plugin/logging.h"

namespace tenet::cpp {
namespace {

std::string count(unsigned number, std::string_view noun) {
  return std::to_string(number) + " " + std::string(noun) + (number == 1 ? "" : "s");
}

void on_call(RuleContext& context, const clang::CallExpr& call) {
  const auto logging = context.fact<Loggers>().call(context, call);
  if (!logging || logging->style != FormatStyle::fmt || logging->format_index < 0) return;
  const clang::Expr& format = *call.getArg(static_cast<unsigned>(logging->format_index));
  const clang::StringLiteral* literal = literal_of(context, format);
  if (literal == nullptr || literal->getCharByteWidth() != 1) return;
  unsigned given = 0;
  for (unsigned index = static_cast<unsigned>(logging->format_index) + 1; index < call.getNumArgs(); ++index) {
    const clang::Expr* argument = call.getArg(index)->IgnoreParenImpCasts();
    if (clang::isa<clang::PackExpansionExpr>(argument)) return;  // counted per instantiation
    if (clang::isa<clang::CXXDefaultArgExpr>(argument)) break;
    ++given;
  }
  const std::optional<unsigned> needed = fmt_arguments_needed(
      std::string_view(literal->getString().data(), literal->getString().size()));
  if (!needed || *needed == given) return;
  std::string message;
  if (given == 0) {
    message = "Format string of `" + logging->name + "` has " + count(*needed, "placeholder") +
              " but no arguments; it is printed as is.";
  } else {
    message = "Format string of `" + logging->name + "` needs " + count(*needed, "argument") + " but " +
              std::to_string(given) + (given == 1 ? " is" : " are") + " passed.";
  }
  context.report(kMetaCXL003, literal->getSourceRange(), std::move(message));
}

}  // namespace

extern const CppRule kRuleCXL003{.meta = &kMetaCXL003, .on_call = on_call};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY
