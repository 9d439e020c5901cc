/// \file
/// What the pydocstyle content rules (D2xx–D4xx) share: which rules a convention turns
/// off, which docstrings a content rule looks at, and how a finding with a fix is built.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "linters/core/diagnostic.h"
#include "pydoc-checker/docstring/docstring_facts.h"
#include "pydoc-checker/pydocstyle.h"
#include "pydoc-checker/python_rule.h"

namespace tenet::python {

/// Whether the pydocstyle \p convention ("pep257", "google", "numpy") turns off the rule
/// \p code (ruff's and pydocstyle's lists; e.g. google turns off D203, D204, D213, D215,
/// D400, D401, D404, D406–D409 and D413). An empty convention turns off nothing.
/// \param convention The `[pydocstyle] convention` setting.
/// \param code A rule code such as "D107".
/// \return True when the convention excludes the rule.
bool convention_excludes(std::string_view convention, std::string_view code);

/// Whether a pydocstyle rule that the selection enabled really runs on this file, as ruff
/// resolves it: a convention turns its excluded rules off unless `select`/`extend-select`
/// names the rule exactly (its code or its name); and of the incompatible pairs D211/D203
/// and D212/D213 the first wins when both would run.
/// \param context The file's rule context.
/// \param rule The rule asking.
/// \return True when the rule should check the file.
bool pydocstyle_rule_active(const RuleContext& context, const RuleMeta& rule);

/// Calls \p check for every docstring a D2xx–D4xx content rule looks at: when the rule is
/// active for the file (pydocstyle_rule_active), every parsed docstring (not an implicit
/// concatenation) that is not blank (blank ones are D419's) and whose definition no
/// `ignore-decorators` entry exempts. Stub files are checked like any other file.
/// \param context The file's rule context.
/// \param rule The rule asking.
/// \tparam Check A callable taking the docstring and the file's DocstringFacts.
/// \param check Called as `check(const ParsedDocstring&, const DocstringFacts&)`.
template <class Check>
void for_each_checked_docstring(RuleContext& context, const RuleMeta& rule, Check&& check) {
  if (!pydocstyle_rule_active(context, rule)) return;
  const DocstringFacts& facts = context.facts<DocstringFacts>();
  for (const ParsedDocstring& parsed : facts.all()) {
    if (!parsed.text.summary_line() || ignored_by_decorators(*parsed.definition, context.settings()))
      continue;
    check(parsed, facts);
  }
}

/// Reports a finding on or inside a docstring; its `noqa` belongs after the closing quotes
/// when the literal spans several lines (as RuleContext::report_in_docstring does).
/// \param context The file's rule context.
/// \param rule The reporting rule.
/// \param parsed The docstring.
/// \param range Primary location (the literal for most rules, a line or name inside it for
///   the indentation and section rules).
/// \param message One sentence ending with a period.
/// \param fix The fix, if any.
void report_docstring_finding(RuleContext& context, const RuleMeta& rule, const ParsedDocstring& parsed,
                              TextRange range, std::string message, std::optional<Fix> fix = std::nullopt);

/// How the lines after a section header are laid out: blank lines, an underline, the first
/// content; what the section rules D407–D414 and D215 look at.
struct SectionShape {
  std::uint32_t following_start = 0;           ///< File offset just after the header line's end.
  std::uint32_t blank_lines_after_header = 0;  ///< Blank lines right after the header.
  std::uint32_t blank_lines_end = 0;  ///< Offset after the last of those (== following_start if none).
  /// Index of the first non-blank line after the header, if any.
  std::optional<std::uint32_t> first_content;
  std::optional<TextRange> dashes;  ///< That line's dashes, when it is a `-` underline.
  std::optional<TextRange> equals;  ///< That line's `=` signs, when it is a `=` underline.
  /// After a dashed underline: blank lines right after it, the offset after them, and
  /// whether a non-blank line follows them inside the section.
  std::uint32_t blank_lines_after_dashes = 0;
  std::uint32_t blank_lines_after_dashes_end = 0;  ///< Offset after those blank lines.
  std::uint32_t line_after_dashes_start = 0;       ///< Offset of the line after the dashes.
  bool has_line_after_dashes = false;              ///< The section has a line after the dashes.
  bool content_after_dashes = false;               ///< A non-blank line follows.
  /// Blank lines at the end of the section as ruff counts them: for a section followed by
  /// another, the line break before the next header counts as one more.
  std::uint32_t trailing_blank_lines = 0;
};

/// \param parsed A parsed docstring.
/// \param section One of its sections.
/// \return The section's shape.
SectionShape section_shape(const ParsedDocstring& parsed, const Section& section);

/// \param text A file.
/// \param offset An offset into it.
/// \return The whole line holding \p offset (without its line break).
std::string_view line_at(std::string_view text, std::uint32_t offset);

/// Walks the lines of a slice of the file, one at a time (`\n`, `\r\n` and `\r` end a
/// line; a slice ending with a line break has an empty last line, as ruff counts them).
class LineCursor {
 public:
  /// One line: [begin, end) without its line break.
  struct Line {
    std::uint32_t begin = 0;  ///< First byte.
    std::uint32_t end = 0;    ///< One past the last byte before the line break.
  };
  /// \param text The file.
  /// \param begin Start of the slice.
  /// \param end End of the slice.
  LineCursor(std::string_view text, std::uint32_t begin, std::uint32_t end)
      : text_(text), pos_(begin), end_(end) {}
  /// Moves to the next line.
  /// \param line Receives the line.
  /// \return False when the slice is exhausted.
  bool next(Line& line) {
    if (done_) return false;
    line.begin = pos_;
    std::uint32_t i = pos_;
    while (i < end_ && text_[i] != '\n' && text_[i] != '\r') ++i;
    line.end = i;
    if (i >= end_) {
      done_ = true;
    } else {
      pos_ = i + ((text_[i] == '\r' && i + 1 < end_ && text_[i + 1] == '\n') ? 2 : 1);
    }
    return true;
  }
  /// \param line A line from next().
  /// \return Its text.
  [[nodiscard]] std::string_view text(Line line) const {
    return text_.substr(line.begin, line.end - line.begin);
  }

 private:
  std::string_view text_;
  std::uint32_t pos_;
  std::uint32_t end_;
  bool done_ = false;
};

/// \param title Imperative title of the fix.
/// \param safety safe or unsafe.
/// \param range Bytes to replace.
/// \param replacement New text.
/// \return A fix with one edit.
Fix make_fix(std::string title, FixAvailability safety, TextRange range, std::string replacement);

/// \param indentation Text before the docstring on its line.
/// \return The same width of white space: tabs and spaces kept, anything else a space
///   (what a fix writes to re-indent a docstring line).
std::string clean_space(std::string_view indentation);

/// \param count A count.
/// \return "" when \p count is 1, else "s".
inline std::string_view plural(std::size_t count) { return count == 1 ? "" : "s"; }

/// Whether \p definition is a property for D401: a method decorated with `property`,
/// `functools.cached_property`, `abc.abstractproperty`, `types.DynamicClassAttribute`, or
/// one of the `property-decorators` names (after import resolution).
/// \param definition A definition.
/// \param settings The file's settings.
/// \return True for a property.
bool is_property(const Definition& definition, const Settings& settings);

/// Whether \p definition is decorated with `staticmethod` (as resolved through imports).
/// \param definition A definition.
/// \return True for a static method.
bool is_staticmethod(const Definition& definition);

}  // namespace tenet::python
