#include "pydoc-checker/rst/rst_check.h"

#include <algorithm>
#include <array>
#include <span>
#include <optional>
#include <deque>
#include <unordered_set>
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

/// What a directive accepts, as docutils (or, for Sphinx's, Sphinx) defines it: the facts
/// RST307 judges a directive block by.
enum class Content : std::uint8_t { none, optional, required };
struct DirectiveSpec {
  std::string_view name;
  int required = 0;                 ///< Required arguments.
  int optional = 0;                 ///< Optional arguments.
  bool final_whitespace = false;    ///< The last argument may hold spaces.
  Content content = Content::optional;
  /// Space-separated option names; nullptr: any option (Sphinx's directives take many).
  const char* options = nullptr;
};

constexpr const char* kClassName = "class name";
constexpr const char* kNoOptions = "";

constexpr DirectiveSpec kDirectiveSpecs[] = {
    // docutils
    {"attention", 0, 0, true, Content::required, kClassName},
    {"caution", 0, 0, true, Content::required, kClassName},
    {"danger", 0, 0, true, Content::required, kClassName},
    {"error", 0, 0, true, Content::required, kClassName},
    {"hint", 0, 0, true, Content::required, kClassName},
    {"important", 0, 0, true, Content::required, kClassName},
    {"note", 0, 0, true, Content::required, kClassName},
    {"tip", 0, 0, true, Content::required, kClassName},
    {"warning", 0, 0, true, Content::required, kClassName},
    {"admonition", 1, 0, true, Content::required, kClassName},
    {"image", 1, 0, true, Content::none, "align alt class height name scale target width"},
    {"figure", 1, 0, true, Content::optional, "align alt class figclass figwidth height name scale target width"},
    {"topic", 1, 0, true, Content::required, kClassName},
    {"sidebar", 0, 1, true, Content::required, "class name subtitle"},
    {"code", 0, 1, false, Content::required, "class name number-lines"},
    {"rubric", 1, 0, true, Content::none, kClassName},
    {"container", 0, 1, true, Content::required, "name"},
    {"parsed-literal", 0, 0, false, Content::required, kClassName},
    {"epigraph", 0, 0, false, Content::required, kNoOptions},
    {"highlights", 0, 0, false, Content::required, kNoOptions},
    {"pull-quote", 0, 0, false, Content::required, kNoOptions},
    {"compound", 0, 0, false, Content::required, kClassName},
    {"contents", 0, 1, true, Content::none, "backlinks class depth local"},
    {"table", 0, 1, true, Content::required, "align class name width widths"},
    {"line-block", 0, 0, false, Content::required, kClassName},
    {"replace", 0, 0, false, Content::required, kNoOptions},
    {"unicode", 1, 0, true, Content::none, "ltrim rtrim trim"},
    {"date", 0, 0, false, Content::optional, kNoOptions},
    {"title", 1, 0, true, Content::none, kNoOptions},
    {"default-role", 0, 1, false, Content::none, kNoOptions},
    // Sphinx (which replaces docutils' code-block and math)
    {"code-block", 0, 1, false, Content::optional},
    {"sourcecode", 0, 1, false, Content::optional},
    {"math", 0, 1, true, Content::optional},
    {"versionadded", 1, 1, true, Content::optional},
    {"versionchanged", 1, 1, true, Content::optional},
    {"deprecated", 1, 1, true, Content::optional},
    {"versionremoved", 1, 1, true, Content::optional},
    {"seealso", 0, 0, true, Content::required},
    {"todo", 0, 0, true, Content::required},
    {"only", 1, 0, true, Content::optional},
};

const DirectiveSpec* spec_of(std::string_view name) {
  for (const DirectiveSpec& spec : kDirectiveSpecs) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

bool names_option(const char* options, std::string_view name) {
  std::string_view list(options);
  while (!list.empty()) {
    const std::size_t space = list.find(' ');
    if (list.substr(0, space) == name) return true;
    if (space == std::string_view::npos) break;
    list.remove_prefix(space + 1);
  }
  return false;
}

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

/// docutils' whitespace-normalised name: runs of white space become one space, none at the ends.
std::string whitespace_normalised(std::string_view name) {
  std::string out;
  bool space = false;
  for (const char c : name) {
    if (c == '\0') continue;  // an escaping backslash
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

/// docutils' reference name: whitespace-normalised and lower-cased.
std::string reference_name(std::string_view name) { return lowered(whitespace_normalised(name)); }

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
  return is_ascii_space(c) || c == '\0' || std::string_view("'\")]}>-/:.,;!?\\").find(c) != std::string_view::npos;
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
/// Where the characters of a line joined from several source lines (a backslash ending a
/// line in a non-raw string joins the next) lie in the file: (index in the joined text,
/// file offset), ascending, the first at index 0.
using JoinMap = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

/// The text of a joined line and its map.
struct JoinedText {
  std::string text;
  JoinMap map;
};

struct Line {
  std::string_view text;  ///< From the first non-blank character; empty for a blank line.
  std::uint32_t offset = 0;  ///< File offset of `text`.
  int indent = 0;            ///< Columns, after dedenting.
  const JoinMap* joins = nullptr;  ///< A joined line's map (`text` is in its JoinedText).
  std::uint32_t base = 0;          ///< Index of `text` in the joined text.
  [[nodiscard]] bool blank() const { return text.empty(); }
  /// \return The file offset of `text[k]`.
  [[nodiscard]] std::uint32_t at(std::size_t k) const {
    if (joins == nullptr) return offset + static_cast<std::uint32_t>(k);
    const auto index = static_cast<std::uint32_t>(base + k);
    auto it = std::upper_bound(joins->begin(), joins->end(), index,
                               [](std::uint32_t value, const auto& entry) { return value < entry.first; });
    --it;
    return it->second + (index - it->first);
  }
};

int columns_of(std::string_view whitespace) {
  int column = 0;
  for (const char c : whitespace) column = c == '\t' ? (column / 8 + 1) * 8 : column + 1;
  return column;
}

/// Whether \p text ends with an odd number of backslashes (one that is not escaped).
bool ends_with_backslash(std::string_view text) {
  const std::size_t last = text.find_last_not_of('\\');
  return (text.size() - (last == std::string_view::npos ? 0 : last + 1)) % 2 == 1;
}

/// The docstring's lines as Python hands them over: in a non-raw string a backslash ending
/// a line joins the next line to it (the joined text goes to \p arena), and a `\n` escape
/// ends a line (the text after it starts a line of its own, with its own indentation).
/// Then dedented as inspect.cleandoc() does.
std::vector<Line> dedented_lines(const DocstringText& text, bool raw, std::deque<JoinedText>& arena) {
  std::vector<Line> lines;
  const std::span<const DocLine> source = text.lines();
  lines.reserve(source.size());
  // One piece of a logical line: its text, where it starts in the file (plain lines) or
  // in the joined text (joined ones).
  const auto add = [&](std::string_view piece, std::uint32_t offset, const JoinedText* joined) {
    const std::size_t indent = piece.find_first_not_of(" \t\f");
    const std::size_t skip = indent == std::string_view::npos ? piece.size() : indent;
    std::string_view content = piece.substr(skip);
    while (!content.empty() && is_ascii_space(content.back())) content.remove_suffix(1);
    Line line;
    line.text = content;
    line.indent = columns_of(piece.substr(0, skip));
    if (joined != nullptr) {
      line.joins = &joined->map;
      line.base = offset + static_cast<std::uint32_t>(skip);
      line.offset = line.at(0);
    } else {
      line.offset = offset + static_cast<std::uint32_t>(skip);
    }
    lines.push_back(line);
  };
  for (std::size_t i = 0; i < source.size(); ++i) {
    std::string_view rest = source[i].text;
    std::uint32_t offset = source[i].offset;
    const JoinedText* joined = nullptr;
    std::size_t last = i;
    while (!raw && last + 1 < source.size() && ends_with_backslash(source[last].text)) ++last;
    if (last > i) {
      JoinedText& join = arena.emplace_back();
      for (std::size_t k = i; k <= last; ++k) {
        std::string_view part = source[k].text;
        if (k < last) part.remove_suffix(1);
        join.map.emplace_back(static_cast<std::uint32_t>(join.text.size()), source[k].offset);
        join.text += part;
      }
      joined = &join;
      rest = join.text;
      offset = 0;
      i = last;
    }
    if (!raw) {
      for (std::size_t k = 0; k + 1 < rest.size(); ++k) {
        if (rest[k] != '\\') continue;
        if (rest[k + 1] == 'n') {
          add(rest.substr(0, k), offset, joined);
          offset += static_cast<std::uint32_t>(k + 2);
          rest.remove_prefix(k + 2);
          k = static_cast<std::size_t>(-1);
          continue;
        }
        ++k;  // `\\` and other escapes: the next character is not a new escape
      }
    }
    add(rest, offset, joined);
  }
  int common = INT32_MAX;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (!lines[i].blank()) common = std::min(common, lines[i].indent);
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i == 0) lines[i].indent = 0;
    else if (!lines[i].blank()) lines[i].indent -= common;
  }
  return lines;
}

// ---- the checker ----------------------------------------------------------------------------------

enum class BlockKind : std::uint8_t { paragraph, bullet, enumerated, field, option, explicit_markup, doctest, grid_table, simple_table };

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
    resolve_references();
    std::sort(out_.begin(), out_.end(),
              [](const RstFinding& a, const RstFinding& b) { return a.range.begin < b.range.begin; });
  }

 private:
  void report(RstProblem problem, TextRange range, std::string name = {}, std::string detail = {}) {
    out_.push_back(RstFinding{problem, range, std::move(name), std::move(detail)});
  }
  void report_line(RstProblem problem, const Line& line) {
    report(problem, {line.offset, line.text.empty() ? line.offset : line.at(line.text.size() - 1) + 1});
  }

  // ---- references and what they refer to (docutils resolves them over the whole docstring) ----

  /// A reference to a target or a substitution, where it is written.
  struct Reference {
    std::string name;
    TextRange range;
  };

  /// RST305 and RST306, once every block has been read: docutils resolves references after
  /// parsing, so a definition may come after its use or sit in another block.
  void resolve_references() {
    if (substitution_references_.empty() && target_references_.empty()) return;
    // Hashed: a docstring with many references and many definitions stays linear.
    std::unordered_set<std::string> substitutions;
    for (const std::string& name : substitutions_) substitutions.insert(lowered(name));
    const std::unordered_set<std::string> targets(targets_.begin(), targets_.end());
    for (Reference& reference : substitution_references_) {
      // docutils matches the name exactly, then case-insensitively: either way, folded.
      if (!substitutions.contains(lowered(reference.name))) {
        report(RstProblem::undefined_substitution, reference.range, std::move(reference.name));
      }
    }
    for (Reference& reference : target_references_) {
      if (!targets.contains(reference.name)) report(RstProblem::unknown_target, reference.range, std::move(reference.name));
    }
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
  /// column 0, the other lines are dedented by their own common indentation; or, given
  /// \p known (get_known_indented(), a list item with text after its marker), by exactly that.
  void push_child(const std::vector<Line>& lines, std::size_t from, std::size_t to, std::optional<Line> first = {},
                  int known = -1) {
    Region child;
    child.nested = true;
    if (first) {
      Line head = *first;
      head.indent = 0;
      child.lines.push_back(head);
    }
    const std::size_t rest = child.lines.size();
    for (std::size_t i = first ? from + 1 : from; i < to; ++i) child.lines.push_back(lines[i]);
    if (known < 0) {
      normalise(child.lines, rest);
    } else {
      for (std::size_t i = rest; i < child.lines.size(); ++i) {
        if (!child.lines[i].blank()) child.lines[i].indent -= known;
      }
    }
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

  /// docutils' grid table top: `+-` then `-` and `+`, ending `-+`.
  static bool is_grid_border(std::string_view text) {
    return text.size() >= 4 && text.starts_with("+-") && text.ends_with("-+") &&
           std::all_of(text.begin(), text.end(), [](char c) { return c == '-' || c == '+'; });
  }

  /// docutils' simple table top: two or more columns of `=` separated by spaces.
  static bool is_simple_top(std::string_view text) {
    if (!text.starts_with('=') || text.find(' ') == std::string_view::npos) return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return c == '=' || c == ' '; });
  }

  /// docutils' simple table border (any row of `=` and spaces starting with `=`).
  static bool is_simple_border(const Line& line) {
    return !line.blank() && line.indent == 0 && line.text.starts_with('=') &&
           std::all_of(line.text.begin(), line.text.end(), [](char c) { return c == '=' || c == ' '; });
  }

  /// Length of an option list marker (`-a`, `--all=WHEN`, `/V`, with `, ` between options)
  /// and the spaces after it, as docutils' option_marker pattern; 0 when there is none.
  static std::size_t option_marker_width(std::string_view text) {
    const auto alnum = [&](std::size_t i) { return i < text.size() && is_alnum(text[i]); };
    const auto alnum_plus = [&](std::size_t i) {
      return i < text.size() && (is_alnum(text[i]) || text[i] == '_' || text[i] == '-');
    };
    // An option argument: a word starting with a letter, or `<anything but angles>`.
    const auto argument = [&](std::size_t i) -> std::size_t {
      if (i < text.size() && text[i] == '<') {
        const std::size_t close = text.find_first_of("<>", i + 1);
        return close != std::string_view::npos && text[close] == '>' && close > i + 1 ? close + 1 : 0;
      }
      if (i >= text.size() || !((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))) return 0;
      while (alnum_plus(i)) ++i;
      return i;
    };
    std::size_t i = 0;
    for (;;) {
      if (text.substr(i, 2) == "--" || (i < text.size() && text[i] == '/')) {
        i += text[i] == '/' ? 1 : 2;
        if (!alnum(i)) return 0;
        while (alnum_plus(i)) ++i;
        if (i < text.size() && (text[i] == '=' || text[i] == ' ')) {
          if (const std::size_t end = argument(i + 1)) i = end;
        }
      } else if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        ++i;
        if (!alnum(i)) return 0;
        ++i;
        const std::size_t from = i < text.size() && text[i] == ' ' ? i + 1 : i;
        if (const std::size_t end = argument(from)) i = end;
      } else {
        return 0;
      }
      if (text.substr(i, 2) == ", " && i + 2 < text.size() &&
          (text[i + 2] == '-' || text[i + 2] == '+' || text[i + 2] == '/')) {
        i += 2;
        continue;
      }
      break;
    }
    if (i == text.size()) return i;
    if (text.substr(i, 2) != "  ") return 0;
    while (i < text.size() && text[i] == ' ') ++i;
    return i;
  }

  BlockKind classify(const std::vector<Line>& lines, std::size_t i) const {
    const std::string_view text = lines[i].text;
    // `__ URI` is an anonymous target: explicit markup as well.
    if (text == ".." || text.starts_with(".. ") || text == "__" || text.starts_with("__ ")) {
      return BlockKind::explicit_markup;
    }
    if (text == ">>>" || text.starts_with(">>> ")) return BlockKind::doctest;
    if (is_grid_border(text)) return BlockKind::grid_table;
    if (is_simple_top(text)) return BlockKind::simple_table;
    if (bullet_width(text) != 0) return BlockKind::bullet;
    if (field_marker_width(text) != 0) return BlockKind::field;
    if (const std::size_t width = option_marker_width(text)) {
      // An option with nothing after it on its line needs an indented description.
      const std::size_t next = i + 1;
      if (width < text.size() || (next < lines.size() && !lines[next].blank() && lines[next].indent > 0)) {
        return BlockKind::option;
      }
    }
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
        case BlockKind::option: i = list(lines, i, BlockKind::option); break;
        case BlockKind::doctest:
          while (i < lines.size() && !lines[i].blank()) ++i;
          break;
        case BlockKind::grid_table: i = grid_table(lines, i); break;
        case BlockKind::simple_table: i = simple_table(lines, i); break;
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
      if (kind == BlockKind::option) width = option_marker_width(line.text);
      if (kind == BlockKind::field) {
        width = field_marker_width(line.text);
        // The field name is inline text of its own.
        std::string_view name = line.text.substr(1, width);
        while (!name.empty() && (name.back() == ' ' || name.back() == ':')) name.remove_suffix(1);
        inline_markup({Line{name, line.offset + 1, 0}});
      }
      // A bullet or enumerated item with text after its marker is indented by the marker's
      // width: its body ends at the first line indented less (docutils' get_known_indented).
      const bool known = (kind == BlockKind::bullet || kind == BlockKind::enumerated) && width < line.text.size();
      std::size_t end = i + 1;
      if (known) {
        while (end < lines.size() && (lines[end].blank() || lines[end].indent >= static_cast<int>(width))) ++end;
      } else {
        end = deeper_extent(lines, i + 1, 0);
      }
      const std::size_t skip = std::min(width, line.text.size());
      Line first = line;
      first.text = line.text.substr(skip);
      first.offset = line.at(skip);
      first.base = line.base + static_cast<std::uint32_t>(skip);
      first.indent = static_cast<int>(width);
      if (first.blank()) {
        push_child(lines, i + 1, end);
      } else {
        push_child(lines, i, end, first, known ? static_cast<int>(width) : -1);
      }
      const std::size_t next = end;
      if (next < lines.size() && lines[next].indent == 0 && classify(lines, next) == kind) {
        i = next;
        continue;
      }
      if (ends_unblank(lines, next)) {
        const RstProblem problem = kind == BlockKind::bullet       ? RstProblem::bullet_list_end
                                   : kind == BlockKind::enumerated ? RstProblem::enumerated_list_end
                                   : kind == BlockKind::option     ? RstProblem::option_list_end
                                                                   : RstProblem::field_list_end;
        report_line(problem, lines[next]);
      }
      return end;
    }
  }

  /// Number of code points of \p text (table widths are counted in characters).
  static std::size_t width_of(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  }

  /// A grid table whose top border is \p i, isolated as docutils does: the text block, cut
  /// at the first line not starting with `+` or `|` (RST211) and at its last border; a table
  /// with no bottom border or with a ragged right edge is malformed (RST302).
  std::size_t grid_table(const std::vector<Line>& lines, std::size_t i) {
    std::size_t end = i;
    bool blank_finish = true;
    while (end < lines.size() && !lines[end].blank()) {
      if (lines[end].indent > 0) {
        report_line(RstProblem::unexpected_indentation, lines[end]);
        blank_finish = false;
        break;
      }
      ++end;
    }
    std::size_t cut = i;
    while (cut < end && (lines[cut].text.front() == '+' || lines[cut].text.front() == '|')) ++cut;
    if (cut < end) {
      blank_finish = false;
      end = cut;
    }
    const TextRange top{lines[i].offset, lines[i].offset + 1};
    // After a table docutils wants a blank line; when the table is the docstring's last
    // block the warning goes to the table's last line.
    const auto after_table = [&](std::size_t next) {
      if (!blank_finish) report_line(RstProblem::table_end, lines[next < lines.size() ? next : next - 1]);
    };
    if (!is_grid_border(lines[end - 1].text)) {
      blank_finish = false;
      std::size_t bottom = 0;
      for (std::size_t k = end - 1; k-- > i + 2;) {
        if (is_grid_border(lines[k].text)) {
          bottom = k;
          break;
        }
      }
      if (bottom == 0) {
        report(RstProblem::malformed_table, top, {}, "it has no bottom border");
        after_table(end);
        return end;
      }
      end = bottom + 1;
    }
    const std::size_t width = width_of(lines[i].text);
    for (std::size_t k = i; k < end; ++k) {
      const std::string_view text = lines[k].text;
      if (width_of(text) != width || (text.back() != '+' && text.back() != '|')) {
        report(RstProblem::malformed_table, top, {}, "its right edge is not straight");
        break;
      }
    }
    after_table(end);
    return end;
  }

  /// A simple table whose top border is \p i: it ends at its third border, or at a border
  /// followed by a blank line or the end (docutils' isolate_simple_table).
  std::size_t simple_table(const std::vector<Line>& lines, std::size_t i) {
    const std::size_t width = lines[i].text.size();
    int found = 0;
    for (std::size_t k = i + 1; k < lines.size(); ++k) {
      if (!is_simple_border(lines[k])) continue;
      const bool last = k + 1 >= lines.size();
      if (lines[k].text.size() != width) {
        report(RstProblem::malformed_table, {lines[i].offset, lines[i].offset + 1}, {}, "its borders differ in length");
        if (!last && !lines[k + 1].blank()) report_line(RstProblem::table_end, lines[k + 1]);
        return k + 1;
      }
      ++found;
      if (found == 2 || last || lines[k + 1].blank()) {
        if (!last && !lines[k + 1].blank()) report_line(RstProblem::table_end, lines[k + 1]);
        return k + 1;
      }
    }
    report(RstProblem::malformed_table, {lines[i].offset, lines[i].offset + 1}, {}, "it has no bottom border");
    std::size_t end = i;
    while (end < lines.size() && !lines[end].blank()) ++end;
    return end;
  }

  /// `.. something` at \p i: a directive, substitution definition, comment, target or
  /// footnote; returns the index after it.
  std::size_t explicit_markup(const std::vector<Line>& lines, std::size_t i) {
    const Line& line = lines[i];
    const std::size_t end = deeper_extent(lines, i + 1, 0);
    std::string_view rest =
        line.text.size() > 3 && line.text.starts_with("..") ? line.text.substr(3) : std::string_view{};
    std::size_t skipped = 3;
    if (rest.starts_with('_') && !rest.starts_with("__")) {
      hyperlink_target(rest.substr(1));
    } else if (rest.starts_with('[')) {
      // A footnote (`[1]`, `[#name]`) or citation (`[CIT2002]`): a target for `[label]_`.
      const std::size_t close = rest.find(']');
      std::string_view label = close == std::string_view::npos ? std::string_view{} : rest.substr(1, close - 1);
      if (label.starts_with('#')) label.remove_prefix(1);
      if (!label.empty() && label != "*") targets_.push_back(reference_name(label));
    }
    if (rest.starts_with('|')) {
      // `.. |name| directive:: ...`
      const std::size_t close = rest.find('|', 1);
      if (close != std::string_view::npos) {
        substitutions_.push_back(whitespace_normalised(rest.substr(1, close - 1)));
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
      const std::uint32_t at = line.at(skipped);
      const TextRange name_range{at, at + static_cast<std::uint32_t>(name_length)};
      bool readable = false;
      if (!known_directive(name, options_)) {
        report(RstProblem::unknown_directive, name_range, std::string(name));
      } else {
        readable = directive_block(lowered(name), lines, i, end, rest.substr(after_name + 2), name_range);
      }
      // docutils shows a directive in error as a literal block: its content is not read.
      if (readable && contains(kBodyDirectives, lowered(name))) {
        const std::size_t content = after_name + 2 < rest.size() ? after_name + 3 : rest.size();
        Line first = line;
        first.text = rest.substr(content);
        first.offset = line.at(skipped + content);
        first.base = line.base + static_cast<std::uint32_t>(skipped + content);
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

  /// `.. _name: URI` or `.. _name:` (after the `_`): the name becomes a target.
  void hyperlink_target(std::string_view text) {
    std::string_view name;
    if (text.starts_with('`')) {
      const std::size_t close = text.find('`', 1);
      if (close == std::string_view::npos) return;
      name = text.substr(1, close - 1);
    } else {
      for (std::size_t k = 0; k < text.size(); ++k) {
        if (text[k] == '\\') {
          ++k;
        } else if (text[k] == ':' && (k + 1 == text.size() || text[k + 1] == ' ')) {
          name = text.substr(0, k);
          break;
        }
      }
    }
    if (!name.empty()) targets_.push_back(reference_name(name));
  }

  /// Judges a known directive's block as docutils' parse_directive_block does (RST307):
  /// \p name lower-cased, its lines [\p i, \p end), \p first the text after `::`.
  /// Returns false when it reported an error.
  bool directive_block(const std::string& name, const std::vector<Line>& lines, std::size_t i, std::size_t end,
                       std::string_view first, TextRange at) {
    std::vector<std::string_view> block;
    while (!first.empty() && first.front() == ' ') first.remove_prefix(1);
    block.push_back(first);
    for (std::size_t k = i + 1; k < end; ++k) block.push_back(lines[k].text);
    if (block.front().empty()) block.erase(block.begin());
    while (!block.empty() && block.back().empty()) block.pop_back();
    // `:name: x` makes the directive's node a target, whatever the directive.
    for (const std::string_view text : block) {
      if (text.empty()) break;
      if (text.starts_with(":name: ")) targets_.push_back(reference_name(text.substr(7)));
    }
    // A configured name may be the project's own directive of that name: not judged.
    const DirectiveSpec* spec = listed(options_.extra_directives, name) ? nullptr : spec_of(name);
    if (spec == nullptr) return true;
    const auto fail = [&](std::string detail) {
      report(RstProblem::directive_error, at, name, std::move(detail));
    };
    const bool takes_arguments = spec->required + spec->optional > 0;
    const bool takes_options = spec->options == nullptr || *spec->options != '\0';
    // The first stretch of lines holds arguments and options; content follows a blank line.
    std::size_t split = 0;
    std::vector<std::string_view> arguments;
    bool has_content = false;
    if (!block.empty() && (takes_arguments || takes_options)) {
      while (split < block.size() && !block[split].empty()) ++split;
      arguments.assign(block.begin(), block.begin() + static_cast<std::ptrdiff_t>(split));
      for (std::size_t k = split + 1; k < block.size(); ++k) has_content = has_content || !block[k].empty();
    } else {
      has_content = !block.empty();
    }
    if (takes_options) {
      std::size_t k = 0;
      while (k < arguments.size() && field_marker_width(arguments[k]) == 0) ++k;
      for (std::size_t o = k; o < arguments.size(); ++o) {
        const std::size_t width = field_marker_width(arguments[o]);
        if (width == 0) continue;
        const std::size_t colon = arguments[o].size() >= width && arguments[o][width - 1] == ' ' ? width - 2 : width - 1;
        const std::string option(arguments[o].substr(1, colon - 1));
        if (spec->options != nullptr && !names_option(spec->options, option)) {
          fail("unknown option `" + option + "`");
          return false;
        }
      }
      arguments.resize(k);
    }
    if (!arguments.empty() && !takes_arguments) {
      has_content = true;
      arguments.clear();
    }
    if (takes_arguments) {
      int words = 0;
      for (const std::string_view text : arguments) {
        bool in_word = false;
        for (const char c : text) {
          if (is_ascii_space(c)) {
            in_word = false;
          } else if (!in_word) {
            in_word = true;
            ++words;
          }
        }
      }
      if (words < spec->required) {
        fail("it needs " + std::to_string(spec->required) + " argument(s), " + std::to_string(words) + " given");
        return false;
      }
      const int most = spec->required + spec->optional;
      if (words > most && !spec->final_whitespace) {
        fail("it takes at most " + std::to_string(most) + " argument(s), " + std::to_string(words) + " given");
        return false;
      }
    }
    if (has_content && spec->content == Content::none) {
      fail("it takes no content");
      return false;
    }
    if (!has_content && spec->content == Content::required) {
      fail("it needs content");
      return false;
    }
    return true;
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
        // A title is an implicit target named by its text (markup characters aside).
        std::string name;
        for (const char c : title.text) {
          if (c != '`' && c != '*' && c != '\\') name += c;
        }
        targets_.push_back(reference_name(name));
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
      if (lines[j - 1].text.ends_with("::")) {
        // docutils still reads the indented lines as the literal block the `::` announced.
        if (ends_unblank(lines, end)) report_line(RstProblem::literal_block_end, lines[end]);
        return end;
      }
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
    if (next < lines.size() && lines[next].indent > 0) {
      const std::size_t end = deeper_extent(lines, next, 0);
      if (ends_unblank(lines, end)) report_line(RstProblem::literal_block_end, lines[end]);
      return end;
    }
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
        const Line& previous = lines[l - 1];
        text.at.push_back(previous.text.empty() ? previous.offset : previous.at(previous.text.size() - 1) + 1);
        text.escaped.push_back(false);
      }
      const std::string_view s = line.text;
      bool escape_next = false;
      // As docutils does, an escaping backslash stays in the text as a NUL: not white space,
      // not a start-string boundary, an end-string boundary, and no part of a name.
      const auto escape = [&](std::size_t at) {
        escape_next = true;
        text.chars += '\0';
        text.at.push_back(line.at(at));
        text.escaped.push_back(false);
      };
      for (std::size_t k = 0; k < s.size(); ++k) {
        if (s[k] == '\\') {
          // In a raw string the backslash is reST's; otherwise `\\` is one backslash and
          // `\*` (not a Python escape) keeps its backslash.
          if (raw_) {
            if (!escape_next) {
              escape(k);
              continue;
            }
          } else if (k + 1 < s.size() && s[k + 1] == '\\') {
            if (!escape_next) {
              escape(k);
              ++k;
              continue;
            }
            ++k;
          } else if (k + 1 < s.size() && is_python_escape(s[k + 1])) {
            // `\n`, `\t`, ...: one (non-markup) character.
            text.chars += ' ';
            text.at.push_back(line.at(k));
            text.escaped.push_back(escape_next);
            escape_next = false;
            ++k;
            continue;
          } else if (!escape_next) {
            escape(k);
            continue;
          }
        }
        text.chars += s[k];
        text.at.push_back(line.at(k));
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
      // Other end-strings may not follow white space or an escaping backslash.
      if (text.escaped[m] || s[m - 1] == '\0') continue;
      if (c == '*') {
        if (s.substr(m, 2) == "**" && end_boundary(s, m + 2)) add(kStrong, m, m + 2);
        if (end_boundary(s, m + 1)) add(kEmphasis, m, m + 1);
      } else if (c == '|') {
        std::size_t after = m + 1;
        if (after < s.size() && s[after] == '_') after += s.substr(after, 2) == "__" ? 2 : 1;
        if (end_boundary(s, after)) add(kSubstitution, m, after);
      } else {
        // docutils' end-string of interpreted text is any backquote not after white space.
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
    if (s.find_first_of("*`|_") == std::string_view::npos) return;
    const EndIndex ends = index_ends(text);
    std::size_t k = 0;
    while (k < s.size()) {
      const char c = s[k];
      if (c == '[' || word_char(s, k) != 0) {
        // `name_`, `[1]_`: a reference to a target.
        if (const std::size_t next = reference(text, k)) {
          k = next;
          continue;
        }
      }
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
        if (end) targets_.push_back(reference_name(s.substr(k + 2, end->first - k - 2)));
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
        // docutils' emphasis start-string is a `*` not followed by another `*`.
        if (!strong && may_start(text, start, 1)) {
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
      // docutils' substitution start-string is a `|` not followed by another `|`.
      if (first == '|' && may_start(text, start, 1) && s[start + 1] != '|') {
        k = substitution(text, ends, start);
        continue;
      }
      k = start + 1;
    }
  }

  /// Length of the word character (a letter or digit, not `_`) at \p at, or 0.
  static std::size_t word_char(std::string_view s, std::size_t at) {
    if (at >= s.size()) return 0;
    const auto c = static_cast<unsigned char>(s[at]);
    if (c < 0x80) return is_alnum(static_cast<char>(c)) ? 1 : 0;
    if ((c & 0xC0) == 0x80 || is_unicode_space_or_punct(decode_at(s, at))) return 0;
    const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    return std::min(length, s.size() - at);
  }

  /// End of docutils' simple name (words joined by single `-._+:`) starting at \p at;
  /// \p at when there is none. Escaped characters end it.
  static std::size_t simple_name_end(const Text& text, std::size_t at, std::size_t limit) {
    const std::string_view s = std::string_view(text.chars).substr(0, limit);
    const auto word = [&](std::size_t i) { return i < s.size() && !text.escaped[i] ? word_char(s, i) : 0; };
    std::size_t i = at;
    if (word(i) == 0) return at;
    for (;;) {
      while (const std::size_t w = word(i)) i += w;
      if (i + 1 < s.size() && std::string_view("-._+:").find(s[i]) != std::string_view::npos && !text.escaped[i] &&
          word(i + 1) != 0) {
        ++i;
        continue;
      }
      return i;
    }
  }

  /// A reference at \p k: `name_` or `[label]_` (`__`, anonymous, refers to no name).
  /// Returns where scanning continues, or 0 when there is none here.
  std::size_t reference(const Text& text, std::size_t k) {
    const std::string_view s = text.chars;
    if (text.escaped[k] || !start_boundary(s, k)) return 0;
    if (s[k] == '[') {
      // A label has no spaces or brackets: look for its `]` only that far (linear).
      std::size_t close = k + 1;
      while (close < s.size() && s[close] != ']' && s[close] != '[' && !is_ascii_space(s[close])) ++close;
      if (close >= s.size() || s[close] != ']' || close + 1 >= s.size() || s[close + 1] != '_' ||
          !end_boundary(s, close + 2)) {
        return 0;
      }
      std::string_view label = s.substr(k + 1, close - k - 1);
      const bool numbered = !label.empty() && std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; });
      const bool automatic = label.starts_with('#');
      if (automatic) label.remove_prefix(1);
      const std::size_t from = static_cast<std::size_t>(label.data() - s.data());
      const bool named = !label.empty() && simple_name_end(text, from, close) == close;
      if (!(numbered || named || label == "*" || (automatic && label.empty()))) return 0;
      if (numbered || named) target_references_.push_back(Reference{reference_name(label), {text.at[k], text.at[close + 1] + 1}});
      return close + 2;
    }
    const std::size_t end = simple_name_end(text, k, s.size());
    if (end == k) return 0;
    if (end < s.size() && s[end] == '_' && !text.escaped[end]) {
      const std::size_t refend = end + 1 < s.size() && s[end + 1] == '_' && !text.escaped[end + 1] ? 2 : 1;
      if (end_boundary(s, end + refend)) {
        if (refend == 1) {
          target_references_.push_back(Reference{reference_name(s.substr(k, end - k)), {text.at[k], text.at[end] + 1}});
        }
        return end + refend;
      }
    }
    return end;
  }

  /// A substitution reference opened by the `|` at \p start: records it (and the target
  /// it refers to, for `|name|_`); reports a missing end-string. Returns where scanning continues.
  std::size_t substitution(const Text& text, const EndIndex& ends, std::size_t start) {
    const std::string_view s = text.chars;
    const auto end = next_end(ends, kSubstitution, start + 2);
    if (!end) {
      report(RstProblem::substitution_unterminated, {text.at[start], text.at[start] + 1}, "|");
      return start + 1;
    }
    const auto [close, after] = *end;
    const TextRange range{text.at[start], text.at[after - 1] + 1};
    const std::string name = whitespace_normalised(s.substr(start + 1, close - start - 1));
    if (after == close + 2) target_references_.push_back(Reference{reference_name(name), range});
    substitution_references_.push_back(Reference{name, range});
    return after;
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
    if (reference && prefix_role.empty() && suffix_role.empty()) {
      phrase_reference(s.substr(backquote + 1, close - backquote - 1), rest + 1 < after,
                       {text.at[start], text.at[after - 1] + 1});
    }
    if (!suffix_role.empty() && !known_role(suffix_role, options_)) {
      report(RstProblem::unknown_role, {text.at[suffix_at], text.at[suffix_at + suffix_role.size() - 1] + 1},
             std::string(suffix_role));
    }
    return after;
  }

  /// `` `phrase`_ `` (or `__` when \p anonymous): a reference to the target named by the
  /// phrase; `` `text <URI>`_ `` defines a target named by its text instead, and
  /// `` `text <name_>`_ `` refers to `name`.
  void phrase_reference(std::string_view phrase, bool anonymous, TextRange range) {
    if (phrase.ends_with('>')) {
      const std::size_t open = phrase.rfind('<');
      if (open != std::string_view::npos && (open == 0 || phrase[open - 1] == ' ' || phrase[open - 1] == '\n')) {
        const std::string_view inside = phrase.substr(open + 1, phrase.size() - open - 2);
        const std::string_view label = phrase.substr(0, open);
        if (inside.ends_with('_')) {
          target_references_.push_back(Reference{reference_name(inside.substr(0, inside.size() - 1)), range});
        } else if (!anonymous) {
          targets_.push_back(reference_name(whitespace_normalised(label).empty() ? inside : label));
        }
        return;
      }
    }
    if (!anonymous) target_references_.push_back(Reference{reference_name(phrase), range});
  }

  bool raw_;
  const RstOptions& options_;
  std::vector<RstFinding>& out_;
  std::vector<Region> pending_;
  std::vector<Reference> substitution_references_;  ///< `|name|`, by name as written.
  std::vector<Reference> target_references_;        ///< `name_`, `` `a phrase`_ ``, `[1]_`.
  std::vector<std::string> substitutions_;          ///< Defined substitution names.
  std::vector<std::string> targets_;                ///< Defined target names (reference_name()).
};

}  // namespace

std::vector<RstFinding> check_rst(const DocstringText& text, const RstOptions& options) {
  std::vector<RstFinding> findings;
  const std::string_view prefix = text.docstring().prefix;
  const bool raw = prefix.find_first_of("rR") != std::string_view::npos;
  Checker checker(raw, options, findings);
  std::deque<JoinedText> joined;  // outlives the lines that view it
  checker.run(dedented_lines(text, raw, joined));
  return findings;
}

const RstOptions& rst_options(const Settings& settings) {
  // Each worker thread keeps the options of the last [rst] table it saw: almost every file
  // of a run has the same one, and the names are lower-cased once, not per docstring.
  thread_local RstSettings last_settings;
  thread_local RstOptions last_options;
  if (settings.rst.directives != last_settings.directives || settings.rst.roles != last_settings.roles) {
    last_settings = settings.rst;
    last_options.extra_directives.clear();
    last_options.extra_roles.clear();
    for (const std::string& name : last_settings.directives) last_options.extra_directives.push_back(lowered(name));
    for (const std::string& name : last_settings.roles) last_options.extra_roles.push_back(lowered(name));
  }
  return last_options;
}

RstFacts::RstFacts(const RuleContext& context) {
  const DocstringFacts& docstrings = const_cast<RuleContext&>(context).facts<DocstringFacts>();
  const RstOptions& options = rst_options(context.settings());
  for (const ParsedDocstring& parsed : docstrings.all()) {
    for (RstFinding& finding : check_rst(parsed.text, options)) {
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
