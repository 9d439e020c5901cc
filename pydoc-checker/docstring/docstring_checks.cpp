#include "pydoc-checker/docstring/docstring_checks.h"

#include <tree_sitter/api.h>

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "pydoc-checker/docstring/sections.h"

namespace tenet::python {
namespace {

/// Words that open a field list or a section header: a summary that is one of these is
/// not a sentence, so it needs no closing punctuation.
bool is_field_or_header(std::string_view first_line) {
  for (const std::string_view prefix : {":param", ":type", ":raises", ":return", ":rtype"}) {
    if (first_line.starts_with(prefix)) return true;
  }
  static constexpr std::string_view kExtra[] = {"Param", "RType", "Type"};
  const auto names = [&](std::string_view name) {
    if (!first_line.ends_with(name)) return false;
    const std::string_view before = first_line.substr(0, first_line.size() - name.size());
    return before.empty() || before == ":";
  };
  for (std::uint8_t k = 0; k <= static_cast<std::uint8_t>(SectionKind::yields); ++k) {
    if (names(canonical_name(static_cast<SectionKind>(k)))) return true;
  }
  for (const std::string_view name : kExtra) {
    if (names(name)) return true;
  }
  return false;
}

/// The last line of the first paragraph (a blank line or an underline of `-~=#` ends it).
std::optional<std::uint32_t> logical_line(const DocstringText& text) {
  std::optional<std::uint32_t> found;
  const std::span<const DocLine> lines = text.lines();
  for (std::uint32_t i = 0; i < lines.size(); ++i) {
    const std::string_view t = lines[i].trimmed();
    const bool rule = !t.empty() && t.find_first_not_of("-~=#") == std::string_view::npos;
    if (t.empty() || rule) {
      if (found) break;
    } else {
      found = i;
    }
  }
  return found;
}

bool ends_with_one_of(std::string_view text, std::string_view endings) {
  return !text.empty() && endings.find(text.back()) != std::string_view::npos;
}

}  // namespace

void report_unpunctuated_summaries(RuleContext& context, const RuleMeta& rule,
                                   std::string_view accepted_endings, std::string_view message) {
  for_each_checked_docstring(context, rule, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
    const DocstringText& text = parsed.text;
    if (is_field_or_header(text.summary())) return;
    const std::optional<std::uint32_t> index = logical_line(text);
    if (!index) return;
    const DocLine& line = text.lines()[*index];
    const std::string_view trimmed = trim_end(line.text);
    if (trimmed.ends_with('\\') || ends_with_one_of(trimmed, accepted_endings)) return;
    std::optional<Fix> fix;
    if (!ends_with_one_of(trimmed, ":;?!")) {
      const std::uint32_t at = line.offset + static_cast<std::uint32_t>(trimmed.size());
      fix = make_fix("Add a period", FixAvailability::unsafe, {at, at}, ".");
    }
    report_docstring_finding(context, rule, parsed, text.docstring().range, std::string(message),
                             std::move(fix));
  });
}

IndentScan scan_indentation(const DocstringText& text) {
  IndentScan scan;
  const std::span<const DocLine> lines = text.lines();
  const std::string_view indentation = text.indentation();
  scan.docstring_indent = char_count(indentation);
  scan.tabs = indentation.find('\t') != std::string_view::npos;
  for (std::uint32_t i = 1; i < lines.size(); ++i) {
    if (lines[i - 1].text.ends_with('\\')) continue;
    const DocLine& line = lines[i];
    const bool is_last = i + 1 == lines.size();
    const bool blank = line.is_blank();
    if (!is_last && blank) continue;
    const std::size_t width = line.indent_chars();
    scan.tabs = scan.tabs || line.indentation().find('\t') != std::string_view::npos;
    if (width < scan.docstring_indent) scan.under.push_back(i);
    if (is_last && blank) continue;  // the closing quotes' line is judged on its own below
    if (width > scan.docstring_indent) {
      scan.over.push_back(i);
      scan.smallest_over = std::min(scan.smallest_over, width - scan.docstring_indent);
    } else {
      scan.all_over = false;
    }
  }
  const DocLine& last = lines.back();
  scan.last_over = lines.size() > 1 && last.is_blank() && last.indent == last.text.size() &&
                   last.indent_chars() > scan.docstring_indent;
  return scan;
}

BlankLinesAbove blank_lines_above(std::string_view source, const ParsedDocstring& parsed) {
  BlankLinesAbove result;
  const std::uint32_t class_start = ts_node_start_byte(parsed.definition->node);
  const std::uint32_t doc_start = parsed.text.docstring().range.begin;
  result.doc_line = doc_start - static_cast<std::uint32_t>(parsed.text.indentation().size());
  result.start = result.doc_line;
  result.own_line = result.doc_line > class_start;
  if (!result.own_line) return result;
  std::uint32_t line_end = result.doc_line;
  while (line_end > class_start) {
    std::uint32_t end = line_end - 1;
    if (source[end] == '\n' && end > 0 && source[end - 1] == '\r') --end;
    std::uint32_t begin = end;
    while (begin > class_start && source[begin - 1] != '\n' && source[begin - 1] != '\r') --begin;
    if (begin <= class_start || !trim(source.substr(begin, end - begin)).empty()) break;
    ++result.count;
    result.start = begin;
    line_end = begin;
  }
  return result;
}

}  // namespace tenet::python
