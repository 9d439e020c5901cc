#include "pydoc-checker/docstring/pydocstyle_support.h"

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

namespace tenet::python {

extern const PythonRule kRuleD211;
extern const PythonRule kRuleD212;

namespace {

constexpr std::array<std::string_view, 12> kGoogleExcludes{"D203", "D204", "D213", "D215", "D400", "D401",
                                                           "D404", "D406", "D407", "D408", "D409", "D413"};
constexpr std::array<std::string_view, 9> kNumpyExcludes{"D107", "D203", "D212", "D213", "D402",
                                                         "D413", "D415", "D416", "D417"};
constexpr std::array<std::string_view, 17> kPep257Excludes{"D203", "D212", "D213", "D214", "D215", "D404",
                                                           "D405", "D406", "D407", "D408", "D409", "D410",
                                                           "D411", "D413", "D415", "D416", "D417"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view code) {
  return std::find(list.begin(), list.end(), code) != list.end();
}

constexpr int kNoMatch = -1;

/// How specifically \p selector names \p rule (the core's selection precedence).
int specificity(std::string_view selector, const RuleMeta& rule) {
  if (selector == "ALL") return 0;
  if (selector == rule.name) return std::numeric_limits<int>::max();
  if (rule.code.starts_with(selector)) return static_cast<int>(selector.size());
  return kNoMatch;
}

int best_match(const std::vector<std::string>& selectors, const RuleMeta& rule) {
  int best = kNoMatch;
  for (const std::string& selector : selectors) best = std::max(best, specificity(selector, rule));
  return best;
}

/// Whether the settings' select / extend-select / ignore turn \p rule on (per-file ignores
/// left out: like ruff, the incompatible pairs are resolved for the configuration).
bool selected(const Settings& settings, const RuleMeta& rule) {
  const int on = std::max(best_match(settings.select, rule), best_match(settings.extend_select, rule));
  const int off = best_match(settings.ignore, rule);
  if (on == kNoMatch && settings.select.empty()) return rule.enabled_by_default && off == kNoMatch;
  return on > off;
}

/// Whether select / extend-select names \p rule by its full code or its name.
bool named_exactly(const Settings& settings, const RuleMeta& rule) {
  const auto names = [&](const std::vector<std::string>& list) {
    return std::any_of(list.begin(), list.end(),
                       [&](const std::string& s) { return s == rule.code || s == rule.name; });
  };
  return names(settings.select) || names(settings.extend_select);
}

bool convention_allows(const Settings& settings, const RuleMeta& rule) {
  return !convention_excludes(settings.pydocstyle.convention, rule.code) || named_exactly(settings, rule);
}

}  // namespace

bool convention_excludes(std::string_view convention, std::string_view code) {
  if (convention == "google") return contains(kGoogleExcludes, code);
  if (convention == "numpy") return contains(kNumpyExcludes, code);
  if (convention == "pep257") return contains(kPep257Excludes, code);
  return false;
}

bool pydocstyle_rule_active(const RuleContext& context, const RuleMeta& rule) {
  const Settings& settings = context.settings();
  if (!convention_allows(settings, rule)) return false;
  const RuleMeta* preferred = nullptr;
  if (rule.code == "D203") preferred = &kRuleD211.meta;
  if (rule.code == "D213") preferred = &kRuleD212.meta;
  if (preferred != nullptr && selected(settings, *preferred) && convention_allows(settings, *preferred))
    return false;
  return true;
}

void report_docstring_finding(RuleContext& context, const RuleMeta& rule, const ParsedDocstring& parsed,
                              TextRange range, std::string message, std::optional<Fix> fix) {
  Diagnostic diagnostic;
  diagnostic.rule = &rule;
  diagnostic.message = std::move(message);
  diagnostic.range = range;
  diagnostic.symbol = parsed.definition->qualified_name;
  const Docstring& docstring = parsed.text.docstring();
  if (docstring.multiline && docstring.range.end > docstring.range.begin) {
    diagnostic.suppression_offset = docstring.range.end - 1;
  }
  diagnostic.trigger = docstring.range;  // a change anywhere in the docstring can cause it
  diagnostic.fix = std::move(fix);
  context.report(std::move(diagnostic));
}

SectionShape section_shape(const ParsedDocstring& parsed, const Section& section) {
  SectionShape shape;
  const std::span<const DocLine> lines = parsed.text.lines();
  const DocLine& header = lines[section.header_line];
  shape.following_start = header.full_end;
  shape.blank_lines_end = header.full_end;
  std::uint32_t i = section.body_begin;
  while (i < section.body_end && lines[i].is_blank()) {
    ++shape.blank_lines_after_header;
    shape.blank_lines_end = lines[i].full_end;
    ++i;
  }
  if (i < section.body_end) {
    shape.first_content = i;
    shape.dashes = find_underline(lines[i], '-');
    shape.equals = find_underline(lines[i], '=');
    if (shape.dashes) {
      std::uint32_t j = i + 1;
      if (j < section.body_end) {
        shape.has_line_after_dashes = true;
        shape.line_after_dashes_start = lines[j].offset;
        shape.blank_lines_after_dashes_end = lines[j].offset;
        while (j < section.body_end && lines[j].is_blank()) {
          ++shape.blank_lines_after_dashes;
          shape.blank_lines_after_dashes_end = lines[j].full_end;
          ++j;
        }
        shape.content_after_dashes = j < section.body_end;
      }
    }
  }
  const bool last = section.body_end == lines.size();
  std::uint32_t trailing = 0;
  for (std::uint32_t k = section.body_end; k > section.body_begin && lines[k - 1].is_blank(); --k) ++trailing;
  // A following section's text ends with the line break before the next header; ruff
  // counts the empty text after it as one more blank line.
  if (!last && section.body_begin < section.body_end) ++trailing;
  shape.trailing_blank_lines = trailing;
  return shape;
}

std::string_view line_at(std::string_view text, std::uint32_t offset) {
  if (offset > text.size()) return {};
  std::size_t begin = offset;
  while (begin > 0 && text[begin - 1] != '\n' && text[begin - 1] != '\r') --begin;
  std::size_t end = offset;
  while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
  return text.substr(begin, end - begin);
}

Fix make_fix(std::string title, FixAvailability safety, TextRange range, std::string replacement) {
  Fix fix;
  fix.title = std::move(title);
  fix.safety = safety;
  fix.edits.push_back(Edit{range, std::move(replacement)});
  return fix;
}

std::string clean_space(std::string_view indentation) {
  std::string result;
  result.reserve(indentation.size());
  for (std::size_t i = 0; i < indentation.size();) {
    const unsigned char c = static_cast<unsigned char>(indentation[i]);
    if (c == '\t' || c == ' ') {
      result += static_cast<char>(c);
      ++i;
      continue;
    }
    // One space per character (code point).
    result += ' ';
    ++i;
    while (i < indentation.size() && (static_cast<unsigned char>(indentation[i]) & 0xC0) == 0x80) ++i;
  }
  return result;
}

bool is_property(const Definition& definition, const Settings& settings) {
  if (!definition.is_function_like()) return false;
  const std::vector<std::string>& extra = settings.pydocstyle.property_decorators;
  return std::any_of(definition.decorators.begin(), definition.decorators.end(), [&](const Decorator& d) {
    const std::string& name = d.qualified_name;
    if (name == "property" || name == "builtins.property" || name == "enum.property" ||
        name == "functools.cached_property" || name == "abc.abstractproperty" ||
        name == "types.DynamicClassAttribute") {
      return true;
    }
    return !name.empty() && std::find(extra.begin(), extra.end(), name) != extra.end();
  });
}

bool is_staticmethod(const Definition& definition) {
  return std::any_of(definition.decorators.begin(), definition.decorators.end(), [](const Decorator& d) {
    return d.qualified_name == "staticmethod" || d.qualified_name == "builtins.staticmethod";
  });
}

}  // namespace tenet::python
