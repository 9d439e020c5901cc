// D417: a function whose Args (Google) or Parameters (NumPy) section leaves parameters undescribed.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "pydoc-checker/docstring/pydocstyle_support.h"
#include "pydoc-checker/ts.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD417{
    .meta =
        {
            .code = "D417",
            .name = "undocumented-param",
            .summary = "A function's Args or Parameters section does not describe every parameter.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "very-high",
            .tags = "documentation,python",
        },
    .check = check,
};

namespace {

/// A parameter of the function's signature.
struct Parameter {
  std::string_view name;
  enum Kind : std::uint8_t { plain, star, double_star } kind = plain;
};

/// The identifier inside a parameter node (`x`, `x: int`, `x=1`, `*args`, `**kw: Any`).
std::optional<Parameter> parameter_of(TSNode node, std::string_view source) {
  const std::string_view type = ts_node_type(node);
  if (type == "identifier") return Parameter{ts::text_of(node, source), Parameter::plain};
  if (type == "list_splat_pattern" || type == "dictionary_splat_pattern") {
    const TSNode inner = ts_node_named_child(node, 0);
    if (ts_node_is_null(inner) || std::string_view(ts_node_type(inner)) != "identifier") return std::nullopt;
    return Parameter{ts::text_of(inner, source),
                     type == "list_splat_pattern" ? Parameter::star : Parameter::double_star};
  }
  if (type == "default_parameter" || type == "typed_default_parameter") {
    const TSNode name = ts_node_child_by_field_name(node, "name", 4);
    if (ts_node_is_null(name)) return std::nullopt;
    return parameter_of(name, source);
  }
  if (type == "typed_parameter") {
    const TSNode first = ts_node_named_child(node, 0);
    if (ts_node_is_null(first)) return std::nullopt;
    return parameter_of(first, source);
  }
  return std::nullopt;
}

std::vector<Parameter> parameters_of(const Definition& definition, std::string_view source) {
  std::vector<Parameter> result;
  const TSNode list = ts_node_child_by_field_name(definition.node, "parameters", 10);
  if (ts_node_is_null(list)) return result;
  const std::uint32_t count = ts_node_named_child_count(list);
  for (std::uint32_t i = 0; i < count; ++i) {
    if (const std::optional<Parameter> p = parameter_of(ts_node_named_child(list, i), source))
      result.push_back(*p);
  }
  return result;
}

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u) != 0 || c == '_';
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// The parameter an Args entry documents: `name (type): text`, `*args: text`, with the
/// description on the same line or on the next; nullopt when the entry has no description.
std::optional<std::string_view> google_entry_name(std::string_view entry) {
  std::size_t i = 0;
  while (i < entry.size() && is_space(entry[i])) ++i;
  const std::size_t start = i;
  for (int star = 0; star < 2 && i < entry.size() && entry[i] == '*'; ++star) ++i;
  const std::size_t word = i;
  while (i < entry.size() && is_word_byte(entry[i])) ++i;
  if (i == word) return std::nullopt;
  const std::string_view name = entry.substr(start, i - start);
  while (i < entry.size() && is_space(entry[i])) ++i;
  // The description: after the colon, any character other than a line break.
  const auto described_after = [&](std::size_t colon) {
    return entry.substr(colon + 1).find_first_not_of('\n') != std::string_view::npos;
  };
  if (i < entry.size() && entry[i] == ':') return described_after(i) ? std::optional(name) : std::nullopt;
  if (i >= entry.size() || entry[i] != '(') return std::nullopt;
  // `(type)`: try each `)` on the line, nearest first.
  for (std::size_t close = i + 1; close < entry.size() && entry[close] != '\n'; ++close) {
    if (entry[close] != ')') continue;
    std::size_t j = close + 1;
    while (j < entry.size() && is_space(entry[j])) ++j;
    if (j < entry.size() && entry[j] == ':' && described_after(j)) return name;
  }
  return std::nullopt;
}

/// Names documented by a Google-style Args / Keyword Args / ... section.
void google_documented(const ParsedDocstring& parsed, const Section& section,
                       std::set<std::string, std::less<>>& out) {
  const std::span<const DocLine> all = parsed.text.lines();
  if (section.body_begin >= section.body_end) return;
  const std::span<const DocLine> lines =
      all.subspan(section.body_begin, section.body_end - section.body_begin);
  // Keep lines at least as indented as the first one (and blank lines), dashes aside.
  const std::string_view lead = leading_space(lines.front().text);
  std::vector<std::string_view> kept;
  for (const DocLine& line : lines) {
    if (line.text.empty() || (line.text.starts_with(lead) && !find_underline(line, '-')))
      kept.push_back(line.text);
  }
  // Remove the common indentation of the non-blank lines.
  std::size_t common = SIZE_MAX;
  for (const std::string_view line : kept) {
    const std::size_t ws = line.find_first_not_of(" \t\f");
    if (ws != std::string_view::npos) common = std::min(common, ws);
  }
  if (common == SIZE_MAX) return;
  // Dedent, then trim the whole text: leading and trailing blank lines go, and so does
  // the white space at the very start and the very end.
  std::vector<std::string_view> text;
  for (const std::string_view line : kept) {
    text.push_back(line.find_first_not_of(" \t\f") == std::string_view::npos ? std::string_view{}
                                                                             : line.substr(common));
  }
  while (!text.empty() && text.front().empty()) text.erase(text.begin());
  while (!text.empty() && text.back().empty()) text.pop_back();
  if (text.empty()) return;
  text.front() = trim_start(text.front());
  text.back() = trim_end(text.back());
  // Group lines into entries: a line starting at the margin opens one, others continue it.
  std::vector<std::string> entries;
  for (const std::string_view line : text) {
    if (line.empty() || is_space(line.front())) {
      if (!entries.empty()) {
        entries.back() += line;
        entries.back() += '\n';
      }
    } else {
      entries.emplace_back(line);
      entries.back() += '\n';
    }
  }
  for (const std::string& entry : entries) {
    if (const std::optional<std::string_view> name = google_entry_name(entry)) out.emplace(*name);
  }
}

/// Names documented by a NumPy-style Parameters section: lines at the header's
/// indentation followed by a deeper-indented description (`x, y : int`).
void numpy_documented(const ParsedDocstring& parsed, const Section& section,
                      std::set<std::string, std::less<>>& out) {
  const std::span<const DocLine> all = parsed.text.lines();
  std::string joined;
  for (std::uint32_t i = section.body_begin; i < section.body_end; ++i) {
    if (i > section.body_begin) joined += '\n';
    joined += all[i].text;
  }
  if (section.body_end < all.size() && section.body_begin < section.body_end) joined += '\n';
  // Join backslash continuations.
  std::string text;
  for (std::size_t i = 0; i < joined.size(); ++i) {
    if (joined[i] == '\\' && i + 1 < joined.size() && joined[i + 1] == '\n') {
      ++i;
      continue;
    }
    text += joined[i];
  }
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      lines.push_back(std::string_view(text).substr(start, i - start));
      start = i + 1;
    }
  }
  const std::string_view indent = leading_space(section.header(parsed.text).text);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string_view current = lines[i];
    const std::string_view next = lines[i + 1];
    const std::string_view current_indent = leading_space(current);
    if (current_indent != indent || leading_space(next).size() <= current_indent.size() || trim(next).empty())
      continue;
    const std::size_t colon = current.find(':');
    const std::string_view names = colon == std::string_view::npos ? trim(current) : current.substr(0, colon);
    std::size_t from = 0;
    for (;;) {
      const std::size_t comma = names.find(',', from);
      out.emplace(
          trim(names.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from)));
      if (comma == std::string_view::npos) break;
      from = comma + 1;
    }
  }
}

void report_missing(RuleContext& context, const Definition& definition,
                    const std::set<std::string, std::less<>>& documented) {
  const std::vector<Parameter> parameters = parameters_of(definition, context.module().text());
  std::vector<std::string> missing;
  // A method's first parameter (self, cls) needs no description, unless it is static.
  bool skip_first = definition.kind == DefinitionKind::method && !is_staticmethod(definition);
  for (const Parameter& p : parameters) {
    if (p.kind != Parameter::plain) continue;
    if (skip_first) {
      skip_first = false;
      continue;
    }
    if (!p.name.starts_with('_') && !documented.contains(p.name)) missing.emplace_back(p.name);
  }
  if (!context.settings().pydocstyle.ignore_var_parameters) {
    for (const Parameter& p : parameters) {
      if (p.kind == Parameter::plain || p.name.starts_with('_')) continue;
      const std::string starred = std::string(p.kind == Parameter::star ? "*" : "**") + std::string(p.name);
      if (!documented.contains(p.name) && !documented.contains(starred)) missing.push_back(starred);
    }
  }
  if (missing.empty()) return;
  std::sort(missing.begin(), missing.end());
  missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
  std::string list;
  for (const std::string& name : missing) {
    if (!list.empty()) list += ", ";
    list += "`" + name + "`";
  }
  context.report(kRuleD417.meta, definition.name_range,
                 "Docstring of `" + std::string(definition.name) + "` does not describe parameter" +
                     (missing.size() == 1 ? " " : "s ") + list + ".",
                 &definition);
}

void check(RuleContext& context) {
  for_each_checked_docstring(context, kRuleD417.meta,
                             [&](const ParsedDocstring& parsed, const DocstringFacts&) {
                               const Definition& definition = *parsed.definition;
                               if (!definition.is_function_like()) return;
                               const DocstringSections& sections = parsed.sections;
                               if (sections.style == SectionStyle::numpy) {
                                 for (const Section& section : sections.sections) {
                                   if (section.kind != SectionKind::parameters) continue;
                                   std::set<std::string, std::less<>> documented;
                                   numpy_documented(parsed, section, documented);
                                   report_missing(context, definition, documented);
                                 }
                                 return;
                               }
                               std::set<std::string, std::less<>> documented;
                               bool has_args = false;
                               for (const Section& section : sections.sections) {
                                 switch (section.kind) {
                                   case SectionKind::args:
                                   case SectionKind::arguments:
                                   case SectionKind::keyword_args:
                                   case SectionKind::keyword_arguments:
                                   case SectionKind::other_args:
                                   case SectionKind::other_arguments:
                                     has_args = true;
                                     google_documented(parsed, section, documented);
                                     break;
                                   default:
                                     break;
                                 }
                               }
                               if (has_args) report_missing(context, definition, documented);
                             });
}

}  // namespace
}  // namespace tenet::python
