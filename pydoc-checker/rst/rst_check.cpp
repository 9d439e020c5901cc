#include "pydoc-checker/rst/rst_check.h"

#include <algorithm>
#include <array>
#include <span>
#include <optional>
#include <utility>

#include "pydoc-checker/docstring/docstring_facts.h"

namespace tenet::python {
namespace {

// ---- names docutils and Sphinx know -------------------------------------------------------

constexpr std::string_view kDirectives[] = {
    // docutils
    "attention", "caution", "danger", "error", "hint", "important", "note", "tip", "warning", "admonition",
    "image", "figure", "topic", "sidebar", "line-block", "parsed-literal", "code", "code-block", "sourcecode",
    "math", "rubric", "epigraph", "highlights", "pull-quote", "compound", "container", "table", "csv-table",
    "list-table", "contents", "sectnum", "section-numbering", "header", "footer", "target-notes", "meta",
    "replace", "unicode", "date", "include", "raw", "class", "role", "default-role", "title",
    // Sphinx
    "toctree", "versionadded", "versionchanged", "deprecated", "versionremoved", "seealso", "centered",
    "hlist", "highlight", "literalinclude", "glossary", "productionlist", "sectionauthor", "moduleauthor",
    "codeauthor", "index", "only", "tabularcolumns", "acks", "todo", "todolist", "default-domain", "describe",
    "object", "function", "method", "classmethod", "staticmethod", "attribute", "property", "data",
    "exception", "module", "currentmodule", "decorator", "decoratormethod", "program", "option", "envvar",
    "cmdoption", "autosummary", "automodule", "autoclass", "autofunction", "automethod", "autoattribute",
    "autodata", "autoexception", "autoproperty", "autodecorator", "doctest", "testcode", "testoutput",
    "testsetup", "testcleanup", "plot", "graphviz", "graph", "digraph", "inheritance-diagram",
};

constexpr std::string_view kRoles[] = {
    // docutils
    "emphasis", "literal", "code", "math", "pep-reference", "pep", "rfc-reference", "rfc", "strong",
    "subscript", "sub", "superscript", "sup", "title-reference", "title", "t", "raw", "abbreviation", "ab",
    "acronym", "ac",
    // Sphinx
    "any", "ref", "doc", "download", "numref", "envvar", "token", "keyword", "option", "term", "abbr",
    "command", "dfn", "file", "guilabel", "kbd", "mailheader", "makevar", "manpage", "menuselection",
    "mimetype", "newsgroup", "program", "regexp", "samp", "index", "eq", "class", "func", "meth", "attr",
    "data", "exc", "obj", "mod", "const", "type", "deco", "ctype", "cfunc", "cmember", "cmacro", "cdata",
};

/// Directives whose content is reST body text (checked), not literal or data.
constexpr std::string_view kBodyDirectives[] = {
    "attention", "caution", "danger", "error", "hint", "important", "note", "tip", "warning", "admonition",
    "seealso", "versionadded", "versionchanged", "deprecated", "versionremoved", "topic", "sidebar", "todo",
    "hlist", "only", "container", "compound", "epigraph", "highlights",
};

bool contains(std::span<const std::string_view> names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool listed(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string lowered(std::string_view name) {
  std::string out(name);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

/// Names are case-insensitive, as in docutils. Domain-qualified names (`py:func`,
/// `c:function`) belong to Sphinx domains: accepted.
bool known_directive(std::string_view name, const RstOptions& options) {
  const std::string key = lowered(name);
  return contains(kDirectives, key) || key.find(':') != std::string::npos || listed(options.extra_directives, key);
}

bool known_role(std::string_view name, const RstOptions& options) {
  const std::string key = lowered(name);
  return contains(kRoles, key) || key.find(':') != std::string::npos || listed(options.extra_roles, key);
}

// ---- characters ---------------------------------------------------------------------------------

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_alnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

/// Decodes the UTF-8 code point starting at \p at (0xFFFD when malformed).
char32_t decode_at(std::string_view s, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char c = byte(at);
  if (c < 0x80) return c;
  int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (length == 1 || at + static_cast<std::size_t>(length) > s.size()) return 0xFFFD;
  char32_t value = c & (0x3F >> (length - 1));
  for (int i = 1; i < length; ++i) value = (value << 6) | (byte(at + static_cast<std::size_t>(i)) & 0x3F);
  return value;
}

/// Start of the UTF-8 code point that ends just before \p at.
std::size_t previous_start(std::string_view s, std::size_t at) {
  std::size_t i = at - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

/// Unicode white space and the punctuation docutils lets surround inline markup
/// (approximated by blocks: general punctuation, Latin-1 and CJK punctuation).
bool is_unicode_space_or_punct(char32_t c) {
  return c == 0xA0 || (c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) ||
         (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x3011) || (c >= 0xFE10 && c <= 0xFE6F) ||
         (c >= 0xFF01 && c <= 0xFF0F);
}

/// What may come before a start-string: start of text, white space, `' " ( [ { < - / :`.
bool start_boundary(std::string_view s, std::size_t at) {
  if (at == 0) return true;
  const char c = s[at - 1];
  if (static_cast<unsigned char>(c) >= 0x80) return is_unicode_space_or_punct(decode_at(s, previous_start(s, at)));
  return is_ascii_space(c) || std::string_view("'\"([{<-/:").find(c) != std::string_view::npos;
}

/// What may come after an end-string: end of text, white space, `' " ) ] } > - / : . , ; ! ? \`.
bool end_boundary(std::string_view s, std::size_t at) {
  if (at >= s.size()) return true;
  const char c = s[at];
  if (static_cast<unsigned char>(c) >= 0x80) return is_unicode_space_or_punct(decode_at(s, at));
  return is_ascii_space(c) || std::string_view("'\")]}>-/:.,;!?\\").find(c) != std::string_view::npos;
}

char closing_of(char opener) {
  switch (opener) {
    case '\'': return '\'';
    case '"': return '"';
    case '(': return ')';
    case '[': return ']';
    case '{': return '}';
    case '<': return '>';
    default: return '\0';
  }
}

/// docutils' simple name: letters, digits and `-._+:` between them.
std::size_t simple_name_length(std::string_view s, std::size_t at) {
  std::size_t i = at;
  if (i >= s.size() || !is_alnum(s[i])) return 0;
  while (i < s.size()) {
    if (is_alnum(s[i]) || s[i] == '_') {
      ++i;
    } else if ((s[i] == '-' || s[i] == '.' || s[i] == '+' || s[i] == ':') && i + 1 < s.size() && is_alnum(s[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  return i - at;
}

// ---- lines --------------------------------------------------------------------------------------

/// A docstring line as docutils sees it: dedented, trailing white space dropped.
struct Line {
  std::string_view text;  ///< From the first non-blank character; empty for a blank line.
  std::uint32_t offset = 0;  ///< File offset of `text`.
  int indent = 0;            ///< Columns, after dedenting.
  [[nodiscard]] bool blank() const { return text.empty(); }
};

int columns_of(std::string_view whitespace) {
  int column = 0;
  for (const char c : whitespace) column = c == '\t' ? (column / 8 + 1) * 8 : column + 1;
  return column;
}

std::vector<Line> dedented_lines(const DocstringText& text) {
  std::vector<Line> lines;
  const std::span<const DocLine> source = text.lines();
  lines.reserve(source.size());
  int common = INT32_MAX;
  for (std::size_t i = 0; i < source.size(); ++i) {
    const DocLine& doc = source[i];
    std::string_view content = doc.after_indent();
    while (!content.empty() && is_ascii_space(content.back())) content.remove_suffix(1);
    Line line;
    line.text = content;
    line.offset = doc.offset + doc.indent;
    line.indent = columns_of(doc.indentation());
    if (i > 0 && !content.empty()) common = std::min(common, line.indent);
    lines.push_back(line);
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i == 0) lines[i].indent = 0;
    else if (!lines[i].blank()) lines[i].indent -= common;
  }
  return lines;
}

// ---- the checker ----------------------------------------------------------------------------------

enum class BlockKind : std::uint8_t { paragraph, bullet, enumerated, field, explicit_markup, doctest, table };

/// A stretch of lines parsed as one body: the docstring itself, a block quote, a list
/// item, a field body, a definition, a directive's content.
struct Region {
  std::vector<Line> lines;
  bool nested = false;  ///< Not the document itself: section titles are unexpected.
};

class Checker {
 public:
  Checker(bool raw, const RstOptions& options, std::vector<RstFinding>& out)
      : raw_(raw), options_(options), out_(out) {}

  void run(std::vector<Line> lines) {
    pending_.push_back(Region{std::move(lines), false});
    while (!pending_.empty()) {
      Region region = std::move(pending_.back());
      pending_.pop_back();
      body(region);
    }
    std::sort(out_.begin(), out_.end(),
              [](const RstFinding& a, const RstFinding& b) { return a.range.begin < b.range.begin; });
  }

 private:
  void report(RstProblem problem, TextRange range, std::string name = {}) {
    out_.push_back(RstFinding{problem, range, std::move(name)});
  }
  void report_line(RstProblem problem, const Line& line) {
    report(problem, {line.offset, line.offset + static_cast<std::uint32_t>(line.text.size())});
  }

  // ---- block structure ----

  /// Index one past the lines after \p from that are blank or deeper than \p base (trailing
  /// blank lines included).
  static std::size_t deeper_extent(const std::vector<Line>& lines, std::size_t from, int base) {
    std::size_t i = from;
    while (i < lines.size() && (lines[i].blank() || lines[i].indent > base)) ++i;
    return i;
  }

  /// Whether the construct that ends before \p next (the first line after it) ends without a
  /// blank line: \p next is a line and the one before it is not blank.
  static bool ends_unblank(const std::vector<Line>& lines, std::size_t next) {
    return next < lines.size() && next > 0 && !lines[next - 1].blank();
  }

  /// Pushes a child region built from \p lines[from, to), with \p first replacing the first
  /// line when given (a list item's text after its marker).
  /// As docutils' get_first_known_indented(): the first line's text starts the body at
  /// column 0, the other lines are dedented by their own common indentation.
  void push_child(const std::vector<Line>& lines, std::size_t from, std::size_t to, std::optional<Line> first = {}) {
    Region child;
    child.nested = true;
    if (first) {
      Line head = *first;
      head.indent = 0;
      child.lines.push_back(head);
    }
    const std::size_t rest = child.lines.size();
    for (std::size_t i = first ? from + 1 : from; i < to; ++i) child.lines.push_back(lines[i]);
    normalise(child.lines, rest);
    pending_.push_back(std::move(child));
  }

  /// Makes the smallest indentation of \p lines from index \p from on zero.
  static void normalise(std::vector<Line>& lines, std::size_t from) {
    int base = INT32_MAX;
    for (std::size_t i = from; i < lines.size(); ++i) {
      if (!lines[i].blank()) base = std::min(base, lines[i].indent);
    }
    if (base == INT32_MAX || base == 0) return;
    for (std::size_t i = from; i < lines.size(); ++i) {
      if (!lines[i].blank()) lines[i].indent -= base;
    }
  }

  /// Width of a bullet marker (`- `, `* `, `+ `, `• `) at the start of \p text, or 0.
  static std::size_t bullet_width(std::string_view text) {
    for (const std::string_view bullet : {"-", "*", "+", "\xE2\x80\xA2", "\xE2\x80\xA3", "\xE2\x81\x83"}) {
      if (text.starts_with(bullet) && (text.size() == bullet.size() || text[bullet.size()] == ' ')) {
        return bullet.size() + (text.size() > bullet.size() ? 1 : 0);
      }
    }
    return 0;
  }

  /// Width of an enumerator (`1. `, `a) `, `(iv) `, `#. `) at the start of \p text, or 0.
  static std::size_t enumerator_width(std::string_view text) {
    std::size_t i = 0;
    const bool parenthesised = text.starts_with('(');
    if (parenthesised) ++i;
    const std::size_t start = i;
    if (i < text.size() && text[i] == '#') {
      ++i;
    } else if (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    } else {
      // One letter, or a roman numeral.
      while (i < text.size() && std::string_view("ivxlcdmIVXLCDM").find(text[i]) != std::string_view::npos) ++i;
      if (i == start && i < text.size() && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))) {
        ++i;
      }
    }
    if (i == start || i >= text.size()) return 0;
    if (parenthesised ? text[i] != ')' : (text[i] != '.' && text[i] != ')')) return 0;
    ++i;
    if (i < text.size() && text[i] != ' ') return 0;
    return i < text.size() ? i + 1 : i;
  }

  /// Length of a field marker (`:name: `) at the start of \p text, or 0, by docutils' rule:
  /// a colon inside the name must not be followed by a space, a backquote or the line end.
  static std::size_t field_marker_width(std::string_view text) {
    if (text.size() < 3 || text[0] != ':' || text[1] == ':' || text[1] == ' ') return 0;
    for (std::size_t i = 1; i < text.size(); ++i) {
      if (text[i] == '\\') {
        ++i;
        continue;
      }
      if (text[i] != ':') continue;
      if (i + 1 == text.size() || text[i + 1] == ' ') {
        if (text[i - 1] == ' ') return 0;
        return i + 1 < text.size() ? i + 2 : i + 1;
      }
      if (text[i + 1] == '`') return 0;
    }
    return 0;
  }

  static bool is_underline(std::string_view text) {
    if (text.empty()) return false;
    const char c = text.front();
    if (is_alnum(c) || is_ascii_space(c) || static_cast<unsigned char>(c) >= 0x80 || c < '!') return false;
    return std::all_of(text.begin(), text.end(), [c](char x) { return x == c; });
  }

  static bool is_table_border(std::string_view text) {
    if (text.starts_with("+-") || text.starts_with("+=")) return true;
    return text.size() >= 2 && text.starts_with("==") &&
           std::all_of(text.begin(), text.end(), [](char c) { return c == '=' || c == ' '; });
  }

  BlockKind classify(const std::vector<Line>& lines, std::size_t i) const {
    const std::string_view text = lines[i].text;
    if (text == ".." || text.starts_with(".. ")) return BlockKind::explicit_markup;
    if (text == ">>>" || text.starts_with(">>> ")) return BlockKind::doctest;
    if (is_table_border(text)) return BlockKind::table;
    if (bullet_width(text) != 0) return BlockKind::bullet;
    if (field_marker_width(text) != 0) return BlockKind::field;
    if (enumerator_width(text) != 0) {
      // docutils wants an enumerated item followed by a blank line, an indented line or
      // another item; otherwise the line is ordinary text ("A. Smith wrote ...").
      const std::size_t next = i + 1;
      if (next >= lines.size() || lines[next].blank() || lines[next].indent > lines[i].indent ||
          (lines[next].indent == lines[i].indent && enumerator_width(lines[next].text) != 0)) {
        return BlockKind::enumerated;
      }
    }
    return BlockKind::paragraph;
  }

  void body(const Region& region) {
    const std::vector<Line>& lines = region.lines;
    std::size_t i = 0;
    while (i < lines.size()) {
      if (lines[i].blank()) {
        ++i;
        continue;
      }
      if (lines[i].indent > 0) {
        // A block quote.
        const std::size_t end = deeper_extent(lines, i, 0);
        push_child(lines, i, end);
        const std::size_t next = end;
        if (ends_unblank(lines, next)) report_line(RstProblem::block_quote_end, lines[next]);
        i = end;
        continue;
      }
      switch (classify(lines, i)) {
        case BlockKind::bullet: i = list(lines, i, BlockKind::bullet); break;
        case BlockKind::enumerated: i = list(lines, i, BlockKind::enumerated); break;
        case BlockKind::field: i = list(lines, i, BlockKind::field); break;
        case BlockKind::explicit_markup: i = explicit_markup(lines, i); break;
        case BlockKind::doctest:
        case BlockKind::table:
          while (i < lines.size() && !lines[i].blank()) ++i;
          break;
        case BlockKind::paragraph: i = paragraph(region, i); break;
      }
    }
  }

  /// A bullet, enumerated or field list starting at \p i; returns the index after it.
  std::size_t list(const std::vector<Line>& lines, std::size_t i, BlockKind kind) {
    for (;;) {
      const Line& line = lines[i];
      std::size_t width = 0;
      if (kind == BlockKind::bullet) width = bullet_width(line.text);
      if (kind == BlockKind::enumerated) width = enumerator_width(line.text);
      if (kind == BlockKind::field) {
        width = field_marker_width(line.text);
        // The field name is inline text of its own.
        std::string_view name = line.text.substr(1, width);
        while (!name.empty() && (name.back() == ' ' || name.back() == ':')) name.remove_suffix(1);
        inline_markup({Line{name, line.offset + 1, 0}});
      }
      const std::size_t end = deeper_extent(lines, i + 1, 0);
      Line first = line;
      first.text = line.text.substr(std::min(width, line.text.size()));
      first.offset = line.offset + static_cast<std::uint32_t>(std::min(width, line.text.size()));
      first.indent = static_cast<int>(width);
      if (first.blank()) {
        push_child(lines, i + 1, end);
      } else {
        push_child(lines, i, end, first);
      }
      const std::size_t next = end;
      if (next < lines.size() && lines[next].indent == 0 && classify(lines, next) == kind) {
        i = next;
        continue;
      }
      if (ends_unblank(lines, next)) {
        const RstProblem problem = kind == BlockKind::bullet       ? RstProblem::bullet_list_end
                                   : kind == BlockKind::enumerated ? RstProblem::enumerated_list_end
                                                                   : RstProblem::field_list_end;
        report_line(problem, lines[next]);
      }
      return end;
    }
  }

  /// `.. something` at \p i: a directive, substitution definition, comment, target or
  /// footnote; returns the index after it.
  std::size_t explicit_markup(const std::vector<Line>& lines, std::size_t i) {
    const Line& line = lines[i];
    const std::size_t end = deeper_extent(lines, i + 1, 0);
    std::string_view rest = line.text.size() > 3 ? line.text.substr(3) : std::string_view{};
    std::size_t skipped = 3;
    if (rest.starts_with('|')) {
      // `.. |name| directive:: ...`
      const std::size_t close = rest.find('|', 1);
      if (close != std::string_view::npos) {
        std::size_t after = close + 1;
        while (after < rest.size() && rest[after] == ' ') ++after;
        rest = rest.substr(after);
        skipped += after;
      } else {
        rest = {};
      }
    }
    const std::size_t name_length = simple_name_length(rest, 0);
    std::size_t after_name = name_length;
    while (after_name < rest.size() && rest[after_name] == ' ') ++after_name;
    const bool directive = name_length > 0 && rest.substr(after_name).starts_with("::") &&
                           (after_name + 2 == rest.size() || rest[after_name + 2] == ' ');
    if (directive) {
      const std::string_view name = rest.substr(0, name_length);
      const std::uint32_t at = line.offset + static_cast<std::uint32_t>(skipped);
      if (!known_directive(name, options_)) {
        report(RstProblem::unknown_directive, {at, at + static_cast<std::uint32_t>(name_length)}, std::string(name));
      } else if (contains(kBodyDirectives, lowered(name))) {
        const std::size_t content = after_name + 2 < rest.size() ? after_name + 3 : rest.size();
        Line first = line;
        first.text = rest.substr(content);
        first.offset = at + static_cast<std::uint32_t>(content);
        first.indent = 3;
        if (first.blank()) {
          // Options (`:class: x`) come first in the indented block; they are fields.
          push_child(lines, i + 1, end);
        } else {
          push_child(lines, i, end, first);
        }
      }
    }
    // Explicit markup blocks may follow each other without blank lines.
    if (ends_unblank(lines, end) && !(lines[end].indent == 0 && classify(lines, end) == BlockKind::explicit_markup)) {
      report_line(RstProblem::explicit_markup_end, lines[end]);
    }
    return end;
  }

  /// A paragraph (or section title, or definition list) starting at \p i.
  std::size_t paragraph(const Region& region, std::size_t i) {
    const std::vector<Line>& lines = region.lines;
    std::size_t j = i + 1;
    while (j < lines.size() && !lines[j].blank() && lines[j].indent == 0) ++j;

    // A title: one text line over an underline (or under an overline as well).
    if (j - i >= 2 && is_underline(lines[i + 1].text) && !is_underline(lines[i].text)) {
      const Line& title = lines[i];
      const Line& underline = lines[i + 1];
      const auto title_width = static_cast<int>(std::count_if(
          title.text.begin(), title.text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
      const bool too_short = title_width > static_cast<int>(underline.text.size());
      if (!too_short || underline.text.size() >= 4) {
        if (too_short) report_line(RstProblem::title_underline_too_short, underline);
        if (region.nested) report_line(RstProblem::unexpected_section_title, title);
        inline_markup({title});
        return i + 2;
      }
    }
    if (j - i == 1 && is_underline(lines[i].text) && lines[i].text.size() >= 4) return j;  // a transition

    std::vector<Line> text(lines.begin() + static_cast<std::ptrdiff_t>(i), lines.begin() + static_cast<std::ptrdiff_t>(j));
    inline_markup(text);

    if (j < lines.size() && !lines[j].blank() && lines[j].indent > 0) {
      if (j - i == 1) return definition_list(lines, i);
      report_line(RstProblem::unexpected_indentation, lines[j]);
      const std::size_t end = deeper_extent(lines, j, 0);
      push_child(lines, j, end);
      if (ends_unblank(lines, end)) report_line(RstProblem::block_quote_end, lines[end]);
      return end;
    }
    if (lines[j - 1].text.ends_with("::")) return literal_block(lines, j);
    return j;
  }

  /// The lines after a paragraph that ends with `::` (the paragraph ends before \p j).
  std::size_t literal_block(const std::vector<Line>& lines, std::size_t j) {
    std::size_t next = j;
    while (next < lines.size() && lines[next].blank()) ++next;
    if (next < lines.size() && next == j) return j;  // no blank line: not a literal block
    if (next < lines.size() && lines[next].indent > 0) return deeper_extent(lines, next, 0);
    if (next < lines.size() && lines[next].indent == 0 && !lines[next].text.empty()) {
      const char quote = lines[next].text.front();
      if (!is_alnum(quote) && quote > ' ' && static_cast<unsigned char>(quote) < 0x7F) {
        // A quoted literal block: every line starts with the same punctuation.
        while (next < lines.size() && !lines[next].blank() && lines[next].indent == 0 &&
               lines[next].text.front() == quote) {
          ++next;
        }
        return next;
      }
    }
    const Line& colons = lines[j - 1];
    const auto at = colons.offset + static_cast<std::uint32_t>(colons.text.size() - 2);
    report(RstProblem::literal_block_expected, {at, at + 2});
    return next;
  }

  /// A definition list whose first term is \p i; returns the index after it.
  std::size_t definition_list(const std::vector<Line>& lines, std::size_t i) {
    for (;;) {
      const std::size_t end = deeper_extent(lines, i + 1, 0);
      push_child(lines, i + 1, end);
      const std::size_t next = end;
      const bool another = next + 1 < lines.size() && !lines[next].blank() && lines[next].indent == 0 &&
                           !lines[next + 1].blank() && lines[next + 1].indent > 0 &&
                           classify(lines, next) == BlockKind::paragraph;
      if (another) {
        inline_markup({lines[next]});
        i = next;
        continue;
      }
      if (ends_unblank(lines, next)) report_line(RstProblem::definition_list_end, lines[next]);
      return end;
    }
  }

  // ---- inline markup ----

  /// One character of a text block as docutils sees it, and where it is in the file.
  struct Text {
    std::string chars;
    std::vector<std::uint32_t> at;   ///< File offset of each character.
    std::vector<bool> escaped;       ///< Preceded by a reST backslash.
  };

  /// Python escapes that a non-raw string turns into one character.
  static bool is_python_escape(char c) {
    return std::string_view("\\'\"abfnrtv01234567xNuU\n").find(c) != std::string_view::npos;
  }

  Text text_of(const std::vector<Line>& lines) const {
    Text text;
    for (std::size_t l = 0; l < lines.size(); ++l) {
      const Line& line = lines[l];
      if (l != 0) {
        text.chars += '\n';
        text.at.push_back(lines[l - 1].offset + static_cast<std::uint32_t>(lines[l - 1].text.size()));
        text.escaped.push_back(false);
      }
      const std::string_view s = line.text;
      bool escape_next = false;
      for (std::size_t k = 0; k < s.size(); ++k) {
        if (s[k] == '\\') {
          // In a raw string the backslash is reST's; otherwise `\\` is one backslash and
          // `\*` (not a Python escape) keeps its backslash.
          if (raw_) {
            if (!escape_next) {
              escape_next = true;
              continue;
            }
          } else if (k + 1 < s.size() && s[k + 1] == '\\') {
            if (!escape_next) {
              escape_next = true;
              ++k;
              continue;
            }
            ++k;
          } else if (k + 1 < s.size() && is_python_escape(s[k + 1])) {
            // `\n`, `\t`, ...: one (non-markup) character.
            text.chars += ' ';
            text.at.push_back(line.offset + static_cast<std::uint32_t>(k));
            text.escaped.push_back(escape_next);
            escape_next = false;
            ++k;
            continue;
          } else if (!escape_next) {
            escape_next = true;
            continue;
          }
        }
        text.chars += s[k];
        text.at.push_back(line.offset + static_cast<std::uint32_t>(k));
        text.escaped.push_back(escape_next);
        escape_next = false;
      }
    }
    return text;
  }

  /// Whether a start-string of \p length at \p k may start inline markup.
  static bool may_start(const Text& text, std::size_t k, std::size_t length) {
    const std::string_view s = text.chars;
    if (text.escaped[k] || !start_boundary(s, k)) return false;
    const std::size_t after = k + length;
    if (after >= s.size() || is_ascii_space(s[after])) return false;
    if (k > 0 && closing_of(s[k - 1]) != '\0' && s[after] == closing_of(s[k - 1])) return false;
    return true;
  }

  /// Where each kind of end-string may close markup in one text block: positions found
  /// once, so that every start-string finds its end with a binary search (a paragraph full
  /// of unmatched `*` stays linear).
  enum EndKind : std::uint8_t { kStrong, kEmphasis, kLiteral, kInterpreted, kSubstitution, kTarget, kEndKinds };
  struct EndIndex {
    std::array<std::vector<std::size_t>, kEndKinds> ends;  ///< Candidate positions, ascending.
    std::array<std::vector<std::size_t>, kEndKinds> after; ///< Where scanning resumes after each.
  };

  static EndIndex index_ends(const Text& text) {
    EndIndex index;
    const std::string_view s = text.chars;
    const auto add = [&](EndKind kind, std::size_t at, std::size_t resume) {
      index.ends[kind].push_back(at);
      index.after[kind].push_back(resume);
    };
    for (std::size_t m = 1; m < s.size(); ++m) {
      const char c = s[m];
      if ((c != '*' && c != '`' && c != '|') || is_ascii_space(s[m - 1])) continue;
      if (c == '`' && s.substr(m, 2) == "``" && end_boundary(s, m + 2)) add(kLiteral, m, m + 2);
      if (text.escaped[m]) continue;
      if (c == '*') {
        if (s.substr(m, 2) == "**" && end_boundary(s, m + 2)) add(kStrong, m, m + 2);
        if (end_boundary(s, m + 1)) add(kEmphasis, m, m + 1);
      } else if (c == '|') {
        std::size_t after = m + 1;
        if (after < s.size() && s[after] == '_') after += s.substr(after, 2) == "__" ? 2 : 1;
        if (end_boundary(s, after)) add(kSubstitution, m, after);
      } else if (s[m - 1] != '`' && (m + 1 >= s.size() || s[m + 1] != '`')) {
        if (end_boundary(s, m + 1)) add(kTarget, m, m + 1);
        // Interpreted text may end with a role (`:name:`) and/or a reference (`_`, `__`).
        std::size_t after = m + 1;
        if (after < s.size() && s[after] == ':') {
          const std::size_t length = simple_name_length(s, after + 1);
          if (length > 0 && after + 1 + length < s.size() && s[after + 1 + length] == ':') after += length + 2;
        }
        if (after < s.size() && s[after] == '_') after += s.substr(after, 2) == "__" ? 2 : 1;
        if (end_boundary(s, after)) add(kInterpreted, m, after);
      }
    }
    return index;
  }

  /// The first end of \p kind at or after \p from, as (position, resume), or nullopt.
  static std::optional<std::pair<std::size_t, std::size_t>> next_end(const EndIndex& index, EndKind kind,
                                                                       std::size_t from) {
    const std::vector<std::size_t>& ends = index.ends[kind];
    const auto it = std::lower_bound(ends.begin(), ends.end(), from);
    if (it == ends.end()) return std::nullopt;
    const auto i = static_cast<std::size_t>(it - ends.begin());
    return std::make_pair(ends[i], index.after[kind][i]);
  }

  void inline_markup(const std::vector<Line>& lines) {
    const Text text = text_of(lines);
    const std::string_view s = text.chars;
    if (s.find_first_of("*`|") == std::string_view::npos) return;
    const EndIndex ends = index_ends(text);
    std::size_t k = 0;
    while (k < s.size()) {
      const char c = s[k];
      if (c != '*' && c != '`' && c != '|' && c != ':' && c != '_') {
        ++k;
        continue;
      }
      // A role before interpreted text: `:name:` directly followed by a backquote.
      std::string_view prefix_role;
      std::size_t start = k;
      if (c == ':') {
        const std::size_t length = simple_name_length(s, k + 1);
        const std::size_t close = k + 1 + length;
        if (length == 0 || close + 1 >= s.size() || s[close] != ':' || s[close + 1] != '`' ||
            text.escaped[k] || !start_boundary(s, k) || s.substr(close + 1, 2) == "``") {
          ++k;
          continue;
        }
        prefix_role = s.substr(k + 1, length);
        start = close + 1;
        if (start + 1 >= s.size() || is_ascii_space(s[start + 1])) {
          k = start + 1;
          continue;
        }
      } else if (c == '_') {
        // `_`target`` (an inline target) reads like interpreted text.
        if (k + 1 >= s.size() || s[k + 1] != '`' || !may_start(text, k, 2)) {
          ++k;
          continue;
        }
        const auto end = next_end(ends, kTarget, k + 3);
        k = end ? end->second : k + 2;
        continue;
      }
      const char first = s[start];
      if (first == '*') {
        const bool strong = s.substr(start, 2) == "**";
        if (strong && may_start(text, start, 2)) {
          k = close_markup(text, ends, kStrong, start, 2, RstProblem::strong_unterminated);
          continue;
        }
        if (may_start(text, start, 1)) {
          k = close_markup(text, ends, kEmphasis, start, 1, RstProblem::emphasis_unterminated);
          continue;
        }
        k = start + (strong ? 2 : 1);
        continue;
      }
      if (first == '`') {
        if (prefix_role.empty() && s.substr(start, 2) == "``") {
          k = may_start(text, start, 2) ? close_markup(text, ends, kLiteral, start, 2, RstProblem::literal_unterminated)
                                        : start + 2;
          continue;
        }
        if (!prefix_role.empty() || may_start(text, start, 1)) {
          k = interpreted(text, ends, prefix_role.empty() ? start : k, start, prefix_role);
          continue;
        }
        k = start + 1;
        continue;
      }
      if (first == '|' && may_start(text, start, 1)) {
        k = close_markup(text, ends, kSubstitution, start, 1, RstProblem::substitution_unterminated);
        continue;
      }
      k = start + 1;
    }
  }

  /// Closes markup opened at \p start (\p length characters) with the next end of \p kind;
  /// reports \p problem when there is none. Returns where scanning continues.
  std::size_t close_markup(const Text& text, const EndIndex& ends, EndKind kind, std::size_t start,
                           std::size_t length, RstProblem problem) {
    // The content holds at least one character.
    if (const auto end = next_end(ends, kind, start + length + 1)) return end->second;
    report(problem, {text.at[start], text.at[start + length - 1] + 1}, std::string(text.chars.substr(start, length)));
    return start + length;
  }

  /// Interpreted text opened by the backquote at \p backquote (with \p prefix_role when
  /// written `:role:`text``); \p start is where the markup began.
  std::size_t interpreted(const Text& text, const EndIndex& ends, std::size_t start, std::size_t backquote,
                          std::string_view prefix_role) {
    const std::string_view s = text.chars;
    const auto end = next_end(ends, kInterpreted, backquote + 2);
    if (!end) {
      report(RstProblem::interpreted_unterminated, {text.at[backquote], text.at[backquote] + 1}, "`");
      return backquote + 1;
    }
    const auto [close, after] = *end;
    std::string_view suffix_role;
    std::size_t suffix_at = 0;
    std::size_t rest = close + 1;
    if (rest < after && s[rest] == ':') {
      const std::size_t length = simple_name_length(s, rest + 1);
      suffix_role = s.substr(rest + 1, length);
      suffix_at = rest + 1;
      rest += length + 2;
    }
    const bool reference = rest < after && s[rest] == '_';
    if (!prefix_role.empty() && !suffix_role.empty()) {
      report(RstProblem::multiple_roles, {text.at[start], text.at[after - 1] + 1});
    } else if (!suffix_role.empty() && reference) {
      report(RstProblem::role_and_reference, {text.at[start], text.at[after - 1] + 1});
    }
    if (!prefix_role.empty() && !known_role(prefix_role, options_)) {
      report(RstProblem::unknown_role, {text.at[start + 1], text.at[start + prefix_role.size()] + 1},
             std::string(prefix_role));
    }
    if (!suffix_role.empty() && !known_role(suffix_role, options_)) {
      report(RstProblem::unknown_role, {text.at[suffix_at], text.at[suffix_at + suffix_role.size() - 1] + 1},
             std::string(suffix_role));
    }
    return after;
  }

  bool raw_;
  const RstOptions& options_;
  std::vector<RstFinding>& out_;
  std::vector<Region> pending_;
};

}  // namespace

std::vector<RstFinding> check_rst(const DocstringText& text, const RstOptions& options) {
  std::vector<RstFinding> findings;
  const std::string_view prefix = text.docstring().prefix;
  const bool raw = prefix.find_first_of("rR") != std::string_view::npos;
  Checker checker(raw, options, findings);
  checker.run(dedented_lines(text));
  return findings;
}

RstFacts::RstFacts(const RuleContext& context) {
  const DocstringFacts& docstrings = const_cast<RuleContext&>(context).facts<DocstringFacts>();
  static const RstOptions kOptions;  // the settings have no `rst-roles` / `rst-directives` yet
  for (const ParsedDocstring& parsed : docstrings.all()) {
    for (RstFinding& finding : check_rst(parsed.text, kOptions)) {
      entries_.push_back(Entry{parsed.definition, std::move(finding)});
    }
  }
}

void report_rst(RuleContext& context, const RuleMeta& rule, RstProblem problem,
                std::string (*message)(const RstFinding& finding)) {
  for (const RstFacts::Entry& entry : context.facts<RstFacts>().all()) {
    if (entry.finding.problem != problem) continue;
    context.report_in_docstring(rule, entry.finding.range, message(entry.finding), *entry.definition);
  }
}

}  // namespace tenet::python
