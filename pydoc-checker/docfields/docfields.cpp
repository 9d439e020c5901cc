#include "pydoc-checker/docfields/docfields.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <utility>

#include "pydoc-checker/docfields/pydoclint_options.h"
#include "pydoc-checker/docstring/docstring_facts.h"

namespace tenet::python {

std::string_view field_style_name(FieldStyle style) {
  switch (style) {
    case FieldStyle::none: return "none";
    case FieldStyle::sphinx: return "sphinx";
    case FieldStyle::google: return "google";
    case FieldStyle::numpy: return "numpy";
  }
  return "none";
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool is_ident_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool is_ident_char(char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }

std::string_view strip_ws(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

/// Offset of \p part (a view into \p line's text) in the file.
std::uint32_t file_offset(const DocLine& line, std::string_view part) {
  return line.offset + static_cast<std::uint32_t>(part.data() - line.text.data());
}

TextRange range_in(const DocLine& line, std::string_view part) {
  const std::uint32_t begin = file_offset(line, part);
  return {begin, begin + static_cast<std::uint32_t>(part.size())};
}

/// Removes reST backslash escapes from a name (`\*args` is `*args`). The docstring is
/// source text, so a non-raw string spells the escape `\\*args`: names never hold a
/// backslash, so every one goes.
std::string unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    if (c != '\\') out += c;
  }
  return out;
}

/// Strips reST decoration around a name: a role (`:exc:`), backquotes, a leading `~` or `!`.
std::string_view strip_markup(std::string_view s) {
  s = strip_ws(s);
  if (s.starts_with(':')) {
    // `:exc:`ValueError`` or `:py:exc:`ValueError``
    const std::size_t tick = s.find('`');
    if (tick != std::string_view::npos && s.substr(0, tick).ends_with(':')) s.remove_prefix(tick);
  }
  while (s.starts_with('`') && s.ends_with('`') && s.size() >= 2) s = s.substr(1, s.size() - 2);
  while (!s.empty() && (s.front() == '~' || s.front() == '!')) s.remove_prefix(1);
  return strip_ws(s);
}

/// `name`, `*args`, `**kwargs` (stars possibly escaped), nothing else.
bool is_parameter_name(std::string_view s) {
  if (s.find('\\') != std::string_view::npos) return is_parameter_name(unescape(s));
  std::size_t i = 0;
  for (int stars = 0; stars < 2 && i < s.size(); ++stars) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '*') {
      i += 2;
    } else if (s[i] == '*') {
      ++i;
    } else {
      break;
    }
  }
  if (i >= s.size() || !is_ident_start(s[i])) return false;
  for (; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '_') {
      ++i;
      continue;
    }
    if (!is_ident_char(s[i])) return false;
  }
  return true;
}

/// `Error`, `pkg.errors.Error`.
bool is_dotted_name(std::string_view s) {
  if (s.empty()) return false;
  bool at_start = true;
  for (const char c : s) {
    if (at_start) {
      if (!is_ident_start(c)) return false;
      at_start = false;
    } else if (c == '.') {
      at_start = true;
    } else if (!is_ident_char(c)) {
      return false;
    }
  }
  return !at_start;
}

/// Position of the first \p target at bracket depth 0 in \p s, or npos.
std::size_t find_top_level(std::string_view s, char target) {
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '[' || c == '(' || c == '{') {
      ++depth;
    } else if ((c == ']' || c == ')' || c == '}') && depth > 0) {
      --depth;
    } else if (c == target && depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

/// Whether \p s reads like a type expression (`int`, `dict[str, int]`, `int | None`,
/// `~pkg.Type`) rather than prose.
bool looks_like_type(std::string_view s) {
  s = strip_markup(s);
  if (s.empty()) return false;
  const char first = s.front();
  if (!is_ident_start(first) && first != '(' && first != '[' && first != '"' && first != '\'') return false;
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '[' || c == '(' || c == '{') {
      ++depth;
    } else if (c == ']' || c == ')' || c == '}') {
      if (--depth < 0) return false;
    } else if (is_space(c) && depth == 0) {
      // Only `A | B` and `A or B` may space out at the top level.
      std::size_t j = i;
      while (j < s.size() && is_space(s[j])) ++j;
      if (j < s.size() && s[j] == '|') continue;
      std::size_t k = i;
      while (k > 0 && is_space(s[k - 1])) --k;
      if (k > 0 && s[k - 1] == '|') continue;
      if (s[i - 1] == ',') continue;
      return false;
    } else if (!is_ident_char(c) && c != '.' && c != ',' && c != '|' && c != '"' && c != '\'' &&
               c != '~' && c != '*' && c != '-') {
      return false;
    }
  }
  return depth == 0;
}

/// The end of \p line's text when it is not blank, else 0 (used to grow description ranges).
void extend_description(TextRange& description, const DocLine& line) {
  const std::string_view content = strip_ws(line.text);
  if (content.empty()) return;
  const TextRange range = range_in(line, content);
  if (description.begin == description.end) {
    description = range;
  } else {
    description.end = range.end;
  }
}

/// Exception-like names mentioned in prose (`Raises ValueError if ...`): CapWords words
/// ending in Error, Exception, Warning, Exit, Interrupt or Iteration, possibly dotted.
void read_raises_from_prose(const DocLine& line, std::string_view prose, std::vector<DocRaise>& out) {
  std::size_t i = 0;
  while (i < prose.size()) {
    if (!is_ident_start(prose[i]) || (i > 0 && (is_ident_char(prose[i - 1]) || prose[i - 1] == '.'))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < prose.size() && (is_ident_char(prose[end]) || (prose[end] == '.' && end + 1 < prose.size() &&
                                                                  is_ident_start(prose[end + 1])))) {
      ++end;
    }
    const std::string_view word = prose.substr(i, end - i);
    const std::string_view last = word.substr(word.rfind('.') == std::string_view::npos ? 0 : word.rfind('.') + 1);
    const bool capitalised = !last.empty() && last.front() >= 'A' && last.front() <= 'Z';
    if (capitalised && (last.ends_with("Error") || last.ends_with("Exception") || last.ends_with("Warning") ||
                        last.ends_with("Exit") || last.ends_with("Interrupt") || last.ends_with("Iteration"))) {
      out.push_back(DocRaise{std::string(word), range_in(line, word), {}, true});
    }
    i = end;
  }
}

}  // namespace

bool looks_like_type_expression(std::string_view text) { return looks_like_type(text); }

namespace {

/// Whether a Returns description starts by saying the value is None (`None`, ``` ``None`` ```,
/// `None if ...`): a truthful description of a function that returns nothing.
bool says_none(std::string_view description) {
  description = strip_ws(description);
  while (!description.empty() && (description.front() == '`' || description.front() == '*')) {
    description.remove_prefix(1);
  }
  return description.starts_with("None") && (description.size() == 4 || !is_ident_char(description[4]));
}

// ---- Sphinx field lists -------------------------------------------------------------------

enum class FieldKind : std::uint8_t { param, type, returns, rtype, raises, yields, ytype, var, cvar, ivar, vartype, other };

FieldKind field_kind(std::string_view word) {
  if (word == "param" || word == "parameter" || word == "arg" || word == "argument" || word == "key" ||
      word == "keyword") {
    return FieldKind::param;
  }
  if (word == "type") return FieldKind::type;
  if (word == "returns" || word == "return") return FieldKind::returns;
  if (word == "rtype") return FieldKind::rtype;
  if (word == "raises" || word == "raise" || word == "except" || word == "exception") return FieldKind::raises;
  if (word == "yields" || word == "yield") return FieldKind::yields;
  if (word == "ytype") return FieldKind::ytype;
  if (word == "var") return FieldKind::var;
  if (word == "ivar") return FieldKind::ivar;
  if (word == "cvar") return FieldKind::cvar;
  if (word == "vartype") return FieldKind::vartype;
  return FieldKind::other;
}

/// One `:name args: body` field marker on a line.
struct FieldMarker {
  FieldKind kind = FieldKind::other;
  std::vector<std::string_view> args;  ///< Words between the name and the closing colon.
  std::string_view body;               ///< Text after the marker on the same line, trimmed.
};

/// Reads a field marker at the start of \p s (a line without its indentation).
std::optional<FieldMarker> read_marker(std::string_view s) {
  if (s.size() < 3 || s.front() != ':') return std::nullopt;
  std::size_t end = 1;
  while (end < s.size()) {
    if (s[end] == '\\') {
      end += 2;
      continue;
    }
    if (s[end] == ':' && (end + 1 == s.size() || is_space(s[end + 1]))) break;
    ++end;
  }
  if (end >= s.size()) return std::nullopt;
  const std::string_view inside = s.substr(1, end - 1);
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < inside.size()) {
    while (i < inside.size() && is_space(inside[i])) ++i;
    const std::size_t start = i;
    int depth = 0;
    while (i < inside.size() && (depth > 0 || !is_space(inside[i]))) {
      if (inside[i] == '[' || inside[i] == '(') ++depth;
      if ((inside[i] == ']' || inside[i] == ')') && depth > 0) --depth;
      ++i;
    }
    if (i > start) words.push_back(inside.substr(start, i - start));
  }
  if (words.empty()) return std::nullopt;
  FieldMarker marker;
  marker.kind = field_kind(words.front());
  if (marker.kind == FieldKind::other) return std::nullopt;
  marker.args.assign(words.begin() + 1, words.end());
  marker.body = strip_ws(s.substr(end + 1));
  return marker;
}

}  // namespace

DocumentedFields parse_sphinx_fields(const DocstringText& text) {
  DocumentedFields out;
  const std::span<const DocLine> lines = text.lines();
  struct PendingType {
    std::string name;
    std::string type;
  };
  std::vector<PendingType> param_types;
  std::vector<PendingType> var_types;
  std::optional<std::string> rtype;
  std::optional<std::string> ytype;
  TextRange rtype_range{};
  TextRange ytype_range{};
  bool in_literal = false;  // inside a `::` literal block or a doctest
  std::uint32_t literal_indent = 0;

  for (std::size_t i = 0; i < lines.size(); ++i) {
    const DocLine& line = lines[i];
    const std::string_view body = line.after_indent();
    if (strip_ws(body).empty()) continue;
    if (in_literal) {
      if (line.indent > literal_indent) continue;
      in_literal = false;
    }
    if (body.starts_with(">>>")) continue;
    const std::optional<FieldMarker> marker = read_marker(strip_ws(body));
    if (!marker) {
      if (strip_ws(body).ends_with("::")) {
        in_literal = true;
        literal_indent = line.indent;
      }
      continue;
    }
    // The field's body: this line's rest plus the more deeply indented lines after it.
    TextRange description{};
    if (!marker->body.empty()) description = range_in(line, marker->body);
    std::string body_text(marker->body);
    std::size_t next = i + 1;
    std::size_t last_content = i;
    for (; next < lines.size(); ++next) {
      const DocLine& continuation = lines[next];
      if (continuation.is_blank()) continue;
      if (continuation.indent <= line.indent) break;
      extend_description(description, continuation);
      body_text += ' ';
      body_text += strip_ws(continuation.text);
      last_content = next;
    }
    i = last_content;
    const std::string_view first_line = strip_ws(body);
    const TextRange marker_range = range_in(line, first_line.substr(0, first_line.find(':', 1) + 1));
    if (out.style == FieldStyle::none) out.style = FieldStyle::sphinx;

    switch (marker->kind) {
      case FieldKind::param: {
        if (!out.has_parameters) out.parameters_at = line.range();
        out.has_parameters = true;
        if (marker->args.empty()) break;
        DocParameter parameter;
        const std::string_view name = marker->args.back();
        parameter.name = unescape(name);
        parameter.range = range_in(line, name);
        if (marker->args.size() > 1) {
          const std::string_view first = marker->args.front();
          const std::string_view before_last = marker->args[marker->args.size() - 2];
          const std::size_t length = static_cast<std::size_t>(before_last.data() + before_last.size() - first.data());
          parameter.type = std::string(strip_ws(std::string_view(first.data(), length)));
        }
        parameter.description = description;
        out.parameters.push_back(std::move(parameter));
        break;
      }
      case FieldKind::type:
        if (marker->args.size() == 1) param_types.push_back({unescape(marker->args.front()), body_text});
        break;
      case FieldKind::returns: {
        out.has_returns = true;
        if (out.returns.empty()) {
          DocValue value;
          value.range = marker_range;
          value.description = description;
          if (says_none(body_text)) value.type = "None";
          out.returns.push_back(std::move(value));
        }
        break;
      }
      case FieldKind::rtype:
        out.has_returns = true;
        rtype = body_text;
        rtype_range = marker_range;
        break;
      case FieldKind::yields: {
        out.has_yields = true;
        if (out.yields.empty()) {
          DocValue value;
          value.range = marker_range;
          value.description = description;
          out.yields.push_back(std::move(value));
        }
        break;
      }
      case FieldKind::ytype:
        out.has_yields = true;
        ytype = body_text;
        ytype_range = marker_range;
        break;
      case FieldKind::raises: {
        out.has_raises = true;
        bool any = false;
        for (const std::string_view arg : marker->args) {
          // `:raises ValueError, TypeError:` lists several.
          std::string_view rest = arg;
          while (!rest.empty()) {
            const std::size_t comma = rest.find(',');
            const std::string_view piece = rest.substr(0, comma);
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
            const std::string_view name = strip_markup(piece);
            if (name.empty()) continue;
            DocRaise raise;
            raise.type = unescape(name);
            raise.range = range_in(line, name);
            raise.description = description;
            out.raises.push_back(std::move(raise));
            any = true;
          }
        }
        if (!any) {
          // `:raises: ValueError if ...`: the names are in the prose.
          out.raises_free_form = true;
          const std::size_t before = out.raises.size();
          read_raises_from_prose(line, marker->body, out.raises);
          if (out.raises.size() == before) {
            DocRaise raise;
            raise.range = marker_range;
            raise.description = description;
            raise.from_prose = true;
            out.raises.push_back(std::move(raise));
          }
        }
        break;
      }
      case FieldKind::var:
      case FieldKind::ivar:
      case FieldKind::cvar: {
        if (marker->args.empty()) break;
        DocAttribute attribute;
        const std::string_view name = marker->args.back();
        attribute.name = unescape(name);
        attribute.range = range_in(line, name);
        attribute.class_variable = marker->kind == FieldKind::cvar;
        if (marker->args.size() > 1) attribute.type = std::string(marker->args.front());
        out.attributes.push_back(std::move(attribute));
        break;
      }
      case FieldKind::vartype:
        if (marker->args.size() == 1) var_types.push_back({unescape(marker->args.front()), body_text});
        break;
      case FieldKind::other: break;
    }
  }

  // The first `:type x:` gives its type to every `x` documented without one. By name, so
  // that a docstring with many fields stays linear (a nested loop was quadratic).
  const auto apply_types = [](const std::vector<PendingType>& pending_types, auto& items) {
    if (pending_types.empty()) return;
    std::unordered_map<std::string_view, std::vector<std::size_t>> untyped;
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (items[k].type.empty()) untyped[items[k].name].push_back(k);
    }
    for (const PendingType& pending : pending_types) {
      const auto found = untyped.find(pending.name);
      if (found == untyped.end()) continue;
      for (const std::size_t k : found->second) items[k].type = std::string(strip_ws(pending.type));
      untyped.erase(found);
    }
  };
  apply_types(param_types, out.parameters);
  apply_types(var_types, out.attributes);
  if (rtype) {
    if (out.returns.empty()) out.returns.push_back(DocValue{{}, {}, rtype_range, {}});
    out.returns.front().type = std::string(strip_ws(*rtype));
  }
  if (ytype) {
    if (out.yields.empty()) out.yields.push_back(DocValue{{}, {}, ytype_range, {}});
    out.yields.front().type = std::string(strip_ws(*ytype));
  }
  return out;
}

// ---- Google and NumPy sections ----------------------------------------------------------------

namespace {

enum class SectionRole : std::uint8_t { parameters, returns, yields, raises, attributes, other };

SectionRole role_of(SectionKind kind) {
  if (is_parameters_section(kind)) return SectionRole::parameters;
  switch (kind) {
    case SectionKind::return_:
    case SectionKind::returns: return SectionRole::returns;
    case SectionKind::yield:
    case SectionKind::yields: return SectionRole::yields;
    case SectionKind::raises: return SectionRole::raises;
    case SectionKind::attributes: return SectionRole::attributes;
    default: return SectionRole::other;
  }
}

/// One entry of a section: its first line and the description lines under it.
struct Entry {
  const DocLine* line = nullptr;
  TextRange description{};   ///< Continuation lines (deeper indented).
};

/// Splits a section's content into entries: lines at the first content line's indentation
/// start entries; deeper lines continue the current one; a shallower line ends the list.
std::vector<Entry> split_entries(std::span<const DocLine> lines) {
  std::vector<Entry> entries;
  std::optional<std::uint32_t> indent;
  for (const DocLine& line : lines) {
    if (line.is_blank()) continue;
    if (!indent) indent = line.indent;
    if (line.indent < *indent) break;
    if (line.indent == *indent) {
      entries.push_back(Entry{&line, {}});
    } else if (!entries.empty()) {
      extend_description(entries.back().description, line);
    }
  }
  return entries;
}

/// Splits \p names on commas into trimmed pieces.
std::vector<std::string_view> split_names(std::string_view names) {
  std::vector<std::string_view> pieces;
  while (true) {
    const std::size_t comma = names.find(',');
    pieces.push_back(strip_ws(names.substr(0, comma)));
    if (comma == std::string_view::npos) break;
    names = names.substr(comma + 1);
  }
  return pieces;
}

/// Google `name (type): description`, `name: description`, `a, b (type): description`:
/// one parameter per name. False (and nothing added) when the line is not an entry.
bool read_google_parameters(const Entry& entry, std::vector<DocParameter>& out) {
  const DocLine& line = *entry.line;
  const std::string_view s = strip_ws(line.text);
  std::size_t i = 0;
  while (i < s.size() && (is_ident_char(s[i]) || s[i] == '*' || s[i] == '\\' || s[i] == ',' || s[i] == ' ')) {
    if (s[i] == ' ' && (i == 0 || s[i - 1] != ',')) break;  // spaces only after a comma
    ++i;
  }
  const std::string_view names = strip_ws(s.substr(0, i));
  const std::vector<std::string_view> pieces = split_names(names);
  for (const std::string_view piece : pieces) {
    if (!is_parameter_name(piece)) return false;
  }
  std::size_t j = i;
  while (j < s.size() && is_space(s[j])) ++j;
  std::string_view type;
  if (j < s.size() && s[j] == '(') {
    int depth = 0;
    std::size_t k = j;
    for (; k < s.size(); ++k) {
      if (s[k] == '(' || s[k] == '[') ++depth;
      if ((s[k] == ')' || s[k] == ']') && --depth == 0) break;
    }
    if (k >= s.size()) return false;
    type = strip_ws(s.substr(j + 1, k - j - 1));
    j = k + 1;
    while (j < s.size() && is_space(s[j])) ++j;
  }
  if (j >= s.size() || s[j] != ':') return false;
  TextRange description{};
  const std::string_view rest = strip_ws(s.substr(j + 1));
  if (!rest.empty()) description = range_in(line, rest);
  if (entry.description.end > entry.description.begin) {
    if (description.begin == description.end) description = entry.description;
    else description.end = entry.description.end;
  }
  for (const std::string_view piece : pieces) {
    out.push_back(DocParameter{unescape(piece), std::string(type), range_in(line, piece), description});
  }
  return true;
}

/// NumPy `name : type`, `name`, `a, b : type`: one parameter per name. False (and nothing
/// added) when the line is not an entry.
bool read_numpy_parameters(const Entry& entry, std::vector<DocParameter>& out) {
  const DocLine& line = *entry.line;
  const std::string_view s = strip_ws(line.text);
  const std::size_t colon = find_top_level(s, ':');
  const std::string_view names = strip_ws(s.substr(0, colon));
  const std::string_view type = colon == std::string_view::npos ? std::string_view{} : strip_ws(s.substr(colon + 1));
  const std::vector<std::string_view> pieces = split_names(names);
  for (const std::string_view piece : pieces) {
    if (!is_parameter_name(piece)) return false;
  }
  for (const std::string_view piece : pieces) {
    out.push_back(DocParameter{unescape(piece), std::string(type), range_in(line, piece), entry.description});
  }
  return true;
}

/// Exception names on an entry line: `ValueError`, `ValueError: why`, `A, B: why`,
/// `:exc:`ValueError`: why`. False (and nothing added) when the line is not an entry.
bool read_raises(const Entry& entry, std::vector<DocRaise>& out) {
  const DocLine& line = *entry.line;
  const std::string_view s = strip_ws(line.text);
  // A role (`:exc:`X``) begins with a colon: look for the separating colon after it.
  std::size_t search_from = 0;
  if (s.starts_with(':')) {
    const std::size_t tick = s.find('`');
    if (tick != std::string_view::npos) {
      const std::size_t close = s.find('`', tick + 1);
      if (close != std::string_view::npos) search_from = close;
    }
  }
  const std::size_t colon = s.find(':', search_from);
  const std::vector<std::string_view> pieces = split_names(s.substr(0, colon));
  for (const std::string_view piece : pieces) {
    if (!is_dotted_name(strip_markup(piece))) return false;
  }
  TextRange description = entry.description;
  if (colon != std::string_view::npos) {
    const std::string_view after = strip_ws(s.substr(colon + 1));
    if (!after.empty()) {
      const TextRange first = range_in(line, after);
      description = description.end > description.begin ? TextRange{first.begin, description.end} : first;
    }
  }
  for (const std::string_view piece : pieces) {
    const std::string_view name = strip_markup(piece);
    out.push_back(DocRaise{std::string(name), range_in(line, name), description, false});
  }
  return true;
}

/// Google Returns/Yields: one value; `type: description` on the first line gives the type.
void read_google_value(const std::vector<Entry>& entries, std::vector<DocValue>& out) {
  if (entries.empty()) return;
  const Entry& entry = entries.front();
  const DocLine& line = *entry.line;
  const std::string_view s = strip_ws(line.text);
  DocValue value;
  value.range = range_in(line, s);
  const std::size_t colon = find_top_level(s, ':');
  std::string_view description = s;
  if (colon != std::string_view::npos && looks_like_type(s.substr(0, colon))) {
    value.type = std::string(strip_markup(s.substr(0, colon)));
    description = strip_ws(s.substr(colon + 1));
  } else if (entries.size() == 1 && entry.description.begin == entry.description.end) {
    // A lone word is a type: `Returns:` / `None`.
    std::string_view word = s;
    if (word.ends_with('.')) word.remove_suffix(1);
    if (word.find_first_of(" \t") == std::string_view::npos && looks_like_type(word)) {
      value.type = std::string(strip_markup(word));
      description = {};
    }
  }
  if (!description.empty()) value.description = range_in(line, description);
  if (value.type.empty() && says_none(description)) value.type = "None";
  TextRange last = value.description;
  for (const Entry& more : entries) {
    if (&more != &entry) extend_description(last, *more.line);
    if (more.description.end > more.description.begin) {
      // Nothing yet (a first line with only a type): the description starts here, not at 0.
      if (last.begin == last.end) last = more.description;
      else last.end = std::max(last.end, more.description.end);
    }
  }
  if (last.end > last.begin) value.description = {value.description.end > value.description.begin
                                                       ? value.description.begin
                                                       : last.begin,
                                                   last.end};
  out.push_back(std::move(value));
}

/// NumPy Returns/Yields: each entry is `type` or `name : type`.
void read_numpy_values(const std::vector<Entry>& entries, std::vector<DocValue>& out) {
  for (const Entry& entry : entries) {
    const DocLine& line = *entry.line;
    const std::string_view s = strip_ws(line.text);
    DocValue value;
    value.range = range_in(line, s);
    value.description = entry.description;
    const std::size_t colon = find_top_level(s, ':');
    if (colon != std::string_view::npos) {
      const std::string_view name = strip_ws(s.substr(0, colon));
      const std::string_view type = strip_ws(s.substr(colon + 1));
      if (is_parameter_name(name)) {
        value.name = std::string(name);
        value.type = std::string(type);
      }
    } else if (looks_like_type(s)) {
      value.type = std::string(s);
    }
    out.push_back(std::move(value));
  }
}

}  // namespace

namespace {

/// Which lines belong to a literal block (the indented lines after a paragraph ending in
/// `::`): headers there are examples, not sections.
std::vector<bool> literal_lines(std::span<const DocLine> lines) {
  std::vector<bool> literal(lines.size(), false);
  std::optional<std::uint32_t> block_indent;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const DocLine& line = lines[i];
    if (line.is_blank()) {
      literal[i] = block_indent.has_value();
      continue;
    }
    if (block_indent && line.indent > *block_indent) {
      literal[i] = true;
      continue;
    }
    block_indent.reset();
    if (strip_ws(line.text).ends_with("::")) block_indent = line.indent;
  }
  return literal;
}

}  // namespace

DocumentedFields parse_section_fields(const DocstringText& text, const DocstringSections& sections) {
  DocumentedFields out;
  const bool numpy = sections.style == SectionStyle::numpy;
  std::vector<bool> literal;
  for (const Section& section : sections.sections) {
    const SectionRole role = role_of(section.kind);
    if (role == SectionRole::other) continue;
    if (literal.empty()) literal = literal_lines(text.lines());
    if (section.header_line < literal.size() && literal[section.header_line]) continue;
    const std::span<const DocLine> content = section.content_lines(text);
    const std::vector<Entry> entries = split_entries(content);
    // Google entries sit deeper than their header; an `Arguments:` line followed by
    // `name -- text` at the same depth is prose that merely looks like a header.
    const bool nested = numpy || entries.empty() || entries.front().line->indent > section.indent;
    switch (role) {
      case SectionRole::parameters:
      case SectionRole::attributes: {
        std::vector<DocParameter> read;
        bool well_formed = nested;
        for (const Entry& entry : entries) {
          if (!well_formed) break;
          well_formed = numpy ? read_numpy_parameters(entry, read) : read_google_parameters(entry, read);
        }
        // A section whose lines are not all entries is free prose: it documents nothing
        // that can be checked, so it does not count as a parameter section.
        if (!well_formed) break;
        out.style = numpy ? FieldStyle::numpy : FieldStyle::google;
        if (role == SectionRole::attributes) {
          for (DocParameter& parameter : read) {
            out.attributes.push_back(
                DocAttribute{std::move(parameter.name), std::move(parameter.type), parameter.range, false});
          }
          break;
        }
        if (!out.has_parameters) out.parameters_at = section.header(text).range();
        out.has_parameters = true;
        for (DocParameter& parameter : read) out.parameters.push_back(std::move(parameter));
        break;
      }
      case SectionRole::returns:
        out.style = numpy ? FieldStyle::numpy : FieldStyle::google;
        out.has_returns = true;
        if (numpy) read_numpy_values(entries, out.returns);
        else if (nested) read_google_value(entries, out.returns);
        break;
      case SectionRole::yields:
        out.style = numpy ? FieldStyle::numpy : FieldStyle::google;
        out.has_yields = true;
        if (numpy) read_numpy_values(entries, out.yields);
        else if (nested) read_google_value(entries, out.yields);
        break;
      case SectionRole::raises:
        out.style = numpy ? FieldStyle::numpy : FieldStyle::google;
        out.has_raises = true;
        for (const Entry& entry : entries) {
          if (nested && read_raises(entry, out.raises)) continue;
          out.raises_free_form = true;
          read_raises_from_prose(*entry.line, entry.line->text, out.raises);
        }
        if (out.raises_free_form) {
          // The descriptions of prose entries may name more exceptions.
          for (const DocLine& line : content) {
            if (line.indent > (entries.empty() ? 0 : entries.front().line->indent)) {
              read_raises_from_prose(line, line.text, out.raises);
            }
          }
        }
        break;
      case SectionRole::other: break;
    }
  }
  return out;
}

DocumentedFields parse_documented_fields(const DocstringText& text, DocstringStyle style,
                                         const DocstringSections* auto_sections) {
  switch (style) {
    case DocstringStyle::sphinx: return parse_sphinx_fields(text);
    case DocstringStyle::google: return parse_section_fields(text, parse_sections(text, SectionStyle::google));
    case DocstringStyle::numpy: return parse_section_fields(text, parse_sections(text, SectionStyle::numpy));
    case DocstringStyle::auto_detect: break;
  }
  // Cheap test first: Sphinx fields need a colon at the start of some line.
  DocumentedFields sphinx = parse_sphinx_fields(text);
  if (sphinx.style == FieldStyle::sphinx) return sphinx;
  if (auto_sections != nullptr) return parse_section_fields(text, *auto_sections);
  return parse_section_fields(text, parse_sections_for_convention(text, ""));
}

// ---- the per-file facts -------------------------------------------------------------------------

DocFieldsFacts::DocFieldsFacts(const RuleContext& context) {
  const PythonModule& module = context.module();
  first_ = module.definitions().data();
  index_.assign(module.definitions().size(), UINT32_MAX);
  const DocstringFacts& docstrings = const_cast<RuleContext&>(context).facts<DocstringFacts>();
  const PydoclintOptions& options = pydoclint_options(context.settings());
  // The shared facts found sections with the file's pydocstyle convention; in auto mode
  // with no convention that is exactly the inference wanted here.
  const bool reuse_sections =
      options.style == DocstringStyle::auto_detect && context.settings().pydocstyle.convention.empty();
  entries_.reserve(docstrings.all().size());
  for (const ParsedDocstring& parsed : docstrings.all()) {
    const Definition& definition = *parsed.definition;
    if (definition.is_module()) continue;
    Entry entry;
    entry.text = &parsed.text;
    entry.fields = parse_documented_fields(parsed.text, options.style, reuse_sections ? &parsed.sections : nullptr);
    index_[static_cast<std::size_t>(&definition - first_)] = static_cast<std::uint32_t>(entries_.size());
    entries_.push_back(std::move(entry));
  }
}

const DocumentedFields* DocFieldsFacts::find(const Definition& definition) const {
  const auto index = static_cast<std::size_t>(&definition - first_);
  if (index >= index_.size() || index_[index] == UINT32_MAX) return nullptr;
  return &entries_[index_[index]].fields;
}

const DocstringText* DocFieldsFacts::text(const Definition& definition) const {
  const auto index = static_cast<std::size_t>(&definition - first_);
  if (index >= index_.size() || index_[index] == UINT32_MAX) return nullptr;
  return entries_[index_[index]].text;
}

}  // namespace tenet::python
