#include "linters/core/suppression.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "linters/core/registry.h"
#include "linters/core/tool_rules.h"

namespace tenet {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

bool iequals_at(std::string_view text, std::size_t at, std::string_view word) {
  if (at + word.size() > text.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[at + i])) != word[i]) return false;
  }
  return true;
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
  while (at < text.size() && is_space(text[at])) ++at;
  return at;
}

/// A code (`D103`, `DOC501`) or a kebab-case rule name (`undocumented-public-function`).
bool looks_like_rule_reference(std::string_view token) {
  if (token.empty()) return false;
  std::size_t letters = 0;
  while (letters < token.size() && std::isupper(static_cast<unsigned char>(token[letters]))) ++letters;
  const bool code = letters > 0 && letters < token.size() &&
                    std::all_of(token.begin() + static_cast<std::ptrdiff_t>(letters), token.end(),
                                [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (code) return true;
  const bool kebab = std::islower(static_cast<unsigned char>(token[0])) &&
                     token.find('-') != std::string_view::npos &&
                     std::all_of(token.begin(), token.end(), [](char c) {
                       return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-';
                     });
  return kebab;
}

/// Reads codes separated by commas and/or spaces from \p text at \p at, stopping at the
/// first token that names no rule (ruff's reading, so `# noqa: D103 reason` works).
std::vector<std::string> read_code_list(std::string_view text, std::size_t at) {
  std::vector<std::string> codes;
  while (at < text.size()) {
    at = skip_spaces(text, at);
    std::size_t end = at;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-')) ++end;
    const std::string_view token = text.substr(at, end - at);
    if (!looks_like_rule_reference(token)) break;
    codes.emplace_back(token);
    at = skip_spaces(text, end);
    if (at < text.size() && text[at] == ',') ++at;
  }
  return codes;
}

}  // namespace

std::optional<SuppressionDirective> parse_python_suppression(std::string_view comment, TextRange where) {
  // Every `#` in the comment may start a directive: `# note  # noqa: D103`.
  for (std::size_t hash = comment.find('#'); hash != std::string_view::npos; hash = comment.find('#', hash + 1)) {
    std::size_t at = skip_spaces(comment, hash + 1);
    SuppressionDirective directive;
    directive.comment = where;
    if (iequals_at(comment, at, "tenet:")) {
      at = skip_spaces(comment, at + 6);
      directive.scope = SuppressionScope::file;
    }
    if (!iequals_at(comment, at, "noqa")) continue;
    at += 4;
    if (at < comment.size() && (std::isalnum(static_cast<unsigned char>(comment[at])) || comment[at] == '_')) continue;
    if (at < comment.size() && comment[at] == ':') {
      directive.codes = read_code_list(comment, at + 1);
    }
    directive.all_codes = directive.codes.empty();
    return directive;
  }
  return std::nullopt;
}

std::optional<SuppressionDirective> parse_cpp_suppression(std::string_view comment, TextRange where) {
  static constexpr std::pair<std::string_view, SuppressionScope> kForms[] = {
      {"NOLINTNEXTLINE", SuppressionScope::next_line},
      {"NOLINTBEGIN", SuppressionScope::block_begin},
      {"NOLINTEND", SuppressionScope::block_end},
      {"NOLINT", SuppressionScope::line},
  };
  for (const auto& [word, scope] : kForms) {
    const std::size_t at = comment.find(word);
    if (at == std::string_view::npos) continue;
    SuppressionDirective directive;
    directive.comment = where;
    directive.scope = scope;
    std::size_t after = at + word.size();
    if (after < comment.size() && comment[after] == '(') {
      const std::size_t close = comment.find(')', after);
      std::string_view list = comment.substr(after + 1, (close == std::string_view::npos ? comment.size() : close) - after - 1);
      while (!list.empty()) {
        const std::size_t comma = list.find(',');
        std::string_view item = list.substr(0, comma);
        while (!item.empty() && is_space(item.front())) item.remove_prefix(1);
        while (!item.empty() && is_space(item.back())) item.remove_suffix(1);
        if (!item.empty()) directive.codes.emplace_back(item);
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
      }
    }
    directive.all_codes = directive.codes.empty() || std::find(directive.codes.begin(), directive.codes.end(), "*") != directive.codes.end();
    return directive;
  }
  return std::nullopt;
}

namespace {

/// A directive's reach in lines, and which of its codes were used.
struct ActiveDirective {
  const SuppressionDirective* directive;
  std::uint32_t first_line;
  std::uint32_t last_line;
  bool used_blanket = false;
  std::vector<bool> used_codes;
};

bool directive_names(const SuppressionDirective& directive, std::size_t code_index, const RuleMeta& rule) {
  const std::string& code = directive.codes[code_index];
  return code == rule.code || code == rule.name;
}

std::vector<ActiveDirective> resolve_reach(const std::vector<SuppressionDirective>& directives, const LineTable& lines) {
  std::vector<ActiveDirective> active;
  std::vector<std::size_t> open_blocks;
  for (const auto& directive : directives) {
    const std::uint32_t line = lines.line_of(directive.comment.begin);
    ActiveDirective entry{&directive, line, line, false, std::vector<bool>(directive.codes.size(), false)};
    switch (directive.scope) {
      case SuppressionScope::line: break;
      case SuppressionScope::next_line: entry.first_line = entry.last_line = line + 1; break;
      case SuppressionScope::file: entry.first_line = 1; entry.last_line = lines.line_count(); break;
      case SuppressionScope::block_begin:
        entry.last_line = lines.line_count();  // until its NOLINTEND, or the end of the file
        open_blocks.push_back(active.size());
        break;
      case SuppressionScope::block_end:
        if (!open_blocks.empty()) {
          active[open_blocks.back()].last_line = line;
          open_blocks.pop_back();
        }
        continue;  // an END suppresses nothing itself
    }
    active.push_back(std::move(entry));
  }
  return active;
}

Diagnostic unused_suppression(const SuppressionDirective& directive, std::string message) {
  Diagnostic diagnostic;
  diagnostic.rule = &kUnusedSuppression;
  diagnostic.message = std::move(message);
  diagnostic.range = directive.comment;
  return diagnostic;
}

}  // namespace

std::vector<CheckedDiagnostic> apply_suppressions(std::vector<Diagnostic> diagnostics,
                                                  const std::vector<SuppressionDirective>& directives,
                                                  const LineTable& lines, const RuleRegistry& registry,
                                                  const std::vector<std::string>& external, bool report_unused) {
  std::vector<ActiveDirective> active = resolve_reach(directives, lines);
  std::vector<CheckedDiagnostic> checked;
  checked.reserve(diagnostics.size());
  for (auto& diagnostic : diagnostics) {
    const std::uint32_t line = lines.line_of(diagnostic.suppression_offset.value_or(diagnostic.range.begin));
    bool suppressed = false;
    for (auto& entry : active) {
      if (line < entry.first_line || line > entry.last_line) continue;
      if (entry.directive->all_codes) {
        entry.used_blanket = suppressed = true;
        continue;
      }
      for (std::size_t i = 0; i < entry.directive->codes.size(); ++i) {
        if (directive_names(*entry.directive, i, *diagnostic.rule)) entry.used_codes[i] = suppressed = true;
      }
    }
    checked.push_back({std::move(diagnostic), suppressed});
  }
  if (!report_unused) return checked;
  for (const auto& entry : active) {
    const SuppressionDirective& directive = *entry.directive;
    if (directive.all_codes) {
      if (!entry.used_blanket) checked.push_back({unused_suppression(directive, "Suppression comment suppresses nothing."), false});
      continue;
    }
    for (std::size_t i = 0; i < directive.codes.size(); ++i) {
      const std::string& code = directive.codes[i];
      if (entry.used_codes[i]) continue;
      if (registry.find(code) != nullptr) {
        checked.push_back({unused_suppression(directive, "Suppression of `" + code + "` suppresses nothing."), false});
      } else if (std::none_of(external.begin(), external.end(),
                              [&](const std::string& prefix) { return code.starts_with(prefix); })) {
        checked.push_back({unused_suppression(directive, "Suppression names unknown rule `" + code + "`."), false});
      }
    }
  }
  return checked;
}

}  // namespace tenet
