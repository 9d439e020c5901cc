#include "pydoc-checker/docstring/sections.h"

#include <array>
#include <cctype>

namespace tenet::python {

namespace {

constexpr std::uint8_t kGoogle = 1;
constexpr std::uint8_t kNumpy = 2;

struct KindInfo {
  SectionKind kind;
  std::string_view name;  // canonical spelling
  std::uint8_t styles;    // kGoogle | kNumpy
};

// In enum order: kKinds[static_cast<size_t>(kind)].kind == kind.
constexpr std::array kKinds{
    KindInfo{SectionKind::args, "Args", kGoogle},
    KindInfo{SectionKind::arguments, "Arguments", kGoogle},
    KindInfo{SectionKind::attention, "Attention", kGoogle},
    KindInfo{SectionKind::attributes, "Attributes", kGoogle | kNumpy},
    KindInfo{SectionKind::caution, "Caution", kGoogle},
    KindInfo{SectionKind::danger, "Danger", kGoogle},
    KindInfo{SectionKind::error, "Error", kGoogle},
    KindInfo{SectionKind::example, "Example", kGoogle},
    KindInfo{SectionKind::examples, "Examples", kGoogle | kNumpy},
    KindInfo{SectionKind::extended_summary, "Extended Summary", kNumpy},
    KindInfo{SectionKind::hint, "Hint", kGoogle},
    KindInfo{SectionKind::important, "Important", kGoogle},
    KindInfo{SectionKind::keyword_args, "Keyword Args", kGoogle},
    KindInfo{SectionKind::keyword_arguments, "Keyword Arguments", kGoogle},
    KindInfo{SectionKind::methods, "Methods", kGoogle | kNumpy},
    KindInfo{SectionKind::note, "Note", kGoogle},
    KindInfo{SectionKind::notes, "Notes", kGoogle | kNumpy},
    KindInfo{SectionKind::other_args, "Other Args", kGoogle},
    KindInfo{SectionKind::other_arguments, "Other Arguments", kGoogle},
    KindInfo{SectionKind::other_params, "Other Params", kNumpy},
    KindInfo{SectionKind::other_parameters, "Other Parameters", kNumpy},
    KindInfo{SectionKind::parameters, "Parameters", kNumpy},
    KindInfo{SectionKind::raises, "Raises", kGoogle | kNumpy},
    KindInfo{SectionKind::receives, "Receives", kNumpy},
    KindInfo{SectionKind::references, "References", kGoogle | kNumpy},
    KindInfo{SectionKind::return_, "Return", kGoogle},
    KindInfo{SectionKind::returns, "Returns", kGoogle | kNumpy},
    KindInfo{SectionKind::see_also, "See Also", kGoogle | kNumpy},
    KindInfo{SectionKind::short_summary, "Short Summary", kNumpy},
    KindInfo{SectionKind::tip, "Tip", kGoogle},
    KindInfo{SectionKind::todo, "Todo", kGoogle},
    KindInfo{SectionKind::warning, "Warning", kGoogle},
    KindInfo{SectionKind::warnings, "Warnings", kGoogle | kNumpy},
    KindInfo{SectionKind::warns, "Warns", kGoogle | kNumpy},
    KindInfo{SectionKind::yield, "Yield", kGoogle},
    KindInfo{SectionKind::yields, "Yields", kGoogle | kNumpy},
};

const KindInfo& info(SectionKind kind) { return kKinds[static_cast<std::size_t>(kind)]; }

bool iequals_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

/// Letters and digits; bytes of multi-byte UTF-8 sequences count as letters (no section
/// name has one, so this only decides where a non-name ends).
bool is_word_byte(unsigned char c) { return std::isalnum(c) != 0 || c >= 0x80; }

/// The line looks like the end of a paragraph: blank, or ends with punctuation that closes a
/// sentence or a list item.
bool ends_paragraph(const DocLine& line) {
  const std::string_view t = line.trimmed();
  if (t.empty()) return true;
  switch (t.back()) {
    case ',':
    case ';':
    case '.':
    case '-':
    case '\\':
    case '/':
    case ']':
    case '}':
    case ')':
      return true;
    default:
      return false;
  }
}

bool is_underline_text(std::string_view trimmed) {
  if (trimmed.empty()) return false;
  for (const char c : trimmed) {
    if (c != '-' && c != '=') return false;
  }
  return true;
}

/// A header candidate on one line.
struct Candidate {
  SectionKind kind;
  std::uint32_t indent;     // bytes of leading white space
  std::string_view name;    // leading words as written
  std::string_view suffix;  // the rest of the line, trimmed
};

std::optional<Candidate> candidate(const DocLine& line, SectionStyle style) {
  const std::string_view words = leading_words(line.text);
  if (words.empty()) return std::nullopt;
  const std::optional<SectionKind> kind = section_kind_from_name(words);
  if (!kind || !style_has_section(*kind, style)) return std::nullopt;
  Candidate c{*kind, line.indent, line.text.substr(line.indent, words.size()), {}};
  c.suffix = trim(line.text.substr(line.indent + words.size()));
  return c;
}

bool is_section_header(const Candidate& c, const Section* open_section, const DocLine* previous,
                       const DocLine* next) {
  if (!c.suffix.empty() && c.suffix != ":") return false;
  if (next != nullptr && is_underline_text(next->trimmed())) return true;
  if (previous != nullptr && !ends_paragraph(*previous)) return false;
  // Inside a section whose entries may be named like sections, a header that is indented
  // deeper than the open section's, or that starts with a lower-case letter, is an entry
  // unless it is spelled exactly like the canonical name.
  if (has_subsections(c.kind) && open_section != nullptr && c.name != canonical_name(c.kind)) {
    if (open_section->indent < c.indent) return false;
    const unsigned char first = static_cast<unsigned char>(c.name.front());
    if (std::islower(first) != 0) return false;
  }
  return true;
}

}  // namespace

std::string_view canonical_name(SectionKind kind) { return info(kind).name; }

std::optional<SectionKind> section_kind_from_name(std::string_view name) {
  for (const KindInfo& k : kKinds) {
    if (iequals_ascii(k.name, name)) return k.kind;
  }
  return std::nullopt;
}

bool style_has_section(SectionKind kind, SectionStyle style) {
  return (info(kind).styles & (style == SectionStyle::google ? kGoogle : kNumpy)) != 0;
}

bool is_parameters_section(SectionKind kind) {
  switch (kind) {
    case SectionKind::args:
    case SectionKind::arguments:
    case SectionKind::parameters:
    case SectionKind::keyword_args:
    case SectionKind::keyword_arguments:
    case SectionKind::other_args:
    case SectionKind::other_arguments:
    case SectionKind::other_params:
    case SectionKind::other_parameters:
      return true;
    default:
      return false;
  }
}

bool has_subsections(SectionKind kind) {
  switch (kind) {
    case SectionKind::args:
    case SectionKind::arguments:
    case SectionKind::other_args:
    case SectionKind::other_parameters:
    case SectionKind::other_params:
    case SectionKind::parameters:
    case SectionKind::raises:
    case SectionKind::returns:
    case SectionKind::see_also:
    case SectionKind::warns:
    case SectionKind::yields:
      return true;
    default:
      return false;
  }
}

std::string_view leading_words(std::string_view line) {
  const std::string_view t = trim(line);
  std::size_t i = 0;
  while (i < t.size()) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (is_word_byte(c)) {
      ++i;
      continue;
    }
    const std::size_t ws = whitespace_prefix_length(t.substr(i));
    if (ws == 0) break;
    i += ws;
  }
  return t.substr(0, i);
}

std::optional<TextRange> find_underline(const DocLine& line, char dash) {
  const std::string_view text = line.text;
  std::size_t i = line.indent;
  const std::size_t begin = i;
  while (i < text.size() && text[i] == dash) ++i;
  if (i == begin) return std::nullopt;
  const std::size_t end = i;
  if (!trim_start(text.substr(i)).empty()) return std::nullopt;
  return TextRange{line.offset + static_cast<std::uint32_t>(begin),
                   line.offset + static_cast<std::uint32_t>(end)};
}

std::span<const DocLine> Section::content_lines(const DocstringText& text) const {
  const std::uint32_t begin = content_begin();
  if (begin >= body_end) return {};
  return text.lines().subspan(begin, body_end - begin);
}

const Section* DocstringSections::find(SectionKind kind) const {
  for (const Section& section : sections) {
    if (section.kind == kind) return &section;
  }
  return nullptr;
}

DocstringSections parse_sections(const DocstringText& text, SectionStyle style) {
  DocstringSections result;
  result.style = style;
  const std::span<const DocLine> lines = text.lines();
  const auto count = static_cast<std::uint32_t>(lines.size());
  // The first line is the summary, never a header.
  for (std::uint32_t i = 1; i < count; ++i) {
    const DocLine& line = lines[i];
    const std::optional<Candidate> c = candidate(line, style);
    if (!c) continue;
    const Section* open = result.sections.empty() ? nullptr : &result.sections.back();
    const DocLine* next = i + 1 < count ? &lines[i + 1] : nullptr;
    if (!is_section_header(*c, open, &lines[i - 1], next)) continue;
    if (!result.sections.empty()) result.sections.back().body_end = i;
    Section section;
    section.kind = c->kind;
    section.style = style;
    section.name = c->name;
    section.name_range = {line.offset + c->indent,
                          line.offset + c->indent + static_cast<std::uint32_t>(c->name.size())};
    section.suffix = c->suffix;
    section.header_line = i;
    section.indent = c->indent;
    section.body_begin = i + 1;
    section.body_end = count;
    result.sections.push_back(section);
  }
  // Underlines: the first non-blank line after the header when it is only dashes or `=`.
  for (Section& section : result.sections) {
    for (std::uint32_t j = section.body_begin; j < section.body_end; ++j) {
      if (lines[j].is_blank()) continue;
      if (find_underline(lines[j], '-') || find_underline(lines[j], '=')) section.underline_line = j;
      break;
    }
  }
  return result;
}

DocstringSections parse_sections_for_convention(const DocstringText& text, std::string_view convention) {
  if (convention == "google") return parse_sections(text, SectionStyle::google);
  if (convention == "numpy") return parse_sections(text, SectionStyle::numpy);

  // pep257 or none: decide per docstring, as ruff does.
  DocstringSections numpy = parse_sections(text, SectionStyle::numpy);
  for (const Section& s : numpy.sections) {
    if (s.kind == SectionKind::parameters || s.kind == SectionKind::other_params ||
        s.kind == SectionKind::other_parameters) {
      return numpy;
    }
  }
  DocstringSections google = parse_sections(text, SectionStyle::google);
  for (const Section& s : google.sections) {
    if (s.kind == SectionKind::args || s.kind == SectionKind::arguments ||
        s.kind == SectionKind::keyword_args || s.kind == SectionKind::keyword_arguments ||
        s.kind == SectionKind::other_args || s.kind == SectionKind::other_arguments) {
      return google;
    }
  }
  if (google.sections.size() > numpy.sections.size()) return google;
  if (google.sections.size() < numpy.sections.size() || google.sections.empty()) return numpy;
  // A tie: a dashed line right under any header means NumPy; a colon after the name, Google.
  const std::span<const DocLine> lines = text.lines();
  for (const Section& s : google.sections) {
    if (s.body_begin < s.body_end && find_underline(lines[s.body_begin], '-')) return numpy;
    if (s.suffix.starts_with(':')) return google;
  }
  return numpy;
}

}  // namespace tenet::python
