// Fuzz target: the docstring parsers on arbitrary text as a docstring's content — the
// line splitter, the Google and NumPy section finders (each style, and each convention's
// choice between them), and the field readers for reST/Sphinx field lists, Google and
// NumPy sections, in every configured style. Every range they return must lie inside
// the docstring's content: rules report at those offsets.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "linters/core/source_file.h"
#include "pydoc-checker/docfields/doc_targets.h"
#include "pydoc-checker/docfields/docfields.h"
#include "pydoc-checker/docstring/docstring_text.h"
#include "pydoc-checker/docstring/sections.h"
#include "pydoc-checker/python_model.h"

namespace {

using tenet::TextRange;
using namespace tenet::python;

struct Bounds {
  std::uint32_t begin;
  std::uint32_t end;

  void check(const TextRange& range, const char* what = "range") const {
    if (range.begin == 0 && range.end == 0) return;  // "none" (an absent description)
    if (range.begin > range.end || range.begin < begin || range.end > end) {
      std::fprintf(stderr, "%s [%u, %u) is outside the content [%u, %u)\n", what, range.begin, range.end, begin, end);
      __builtin_trap();
    }
  }
};

void check_sections(const DocstringText& text, const DocstringSections& found, const Bounds& bounds) {
  const auto count = static_cast<std::uint32_t>(text.lines().size());
  std::uint32_t previous_header = 0;
  for (const Section& section : found.sections) {
    bounds.check(section.name_range);
    if (section.header_line == 0 || section.header_line >= count) __builtin_trap();
    if (section.header_line < previous_header) __builtin_trap();
    if (section.body_begin != section.header_line + 1 || section.body_end > count) __builtin_trap();
    if (section.underline_line && *section.underline_line >= section.body_end) __builtin_trap();
    previous_header = section.header_line;
    (void)section.header(text);
    for (const DocLine& line : section.content_lines(text)) bounds.check(line.range());
    for (const char dash : {'-', '='}) {
      if (section.body_begin < count) {
        if (const auto underline = find_underline(text.lines()[section.body_begin], dash)) bounds.check(*underline);
      }
    }
  }
}

void check_types(std::string_view type) {
  (void)looks_like_type_expression(type);
  (void)is_type_expression(type);
  (void)normalize_type(type);
  (void)types_agree(type, type);
  (void)types_agree(type, "int | None");
}

void check_fields(const DocumentedFields& fields, const Bounds& bounds) {
  for (const DocParameter& p : fields.parameters) {
    bounds.check(p.range, "parameter");
    bounds.check(p.description, "parameter description");
    check_types(p.type);
  }
  for (const auto* values : {&fields.returns, &fields.yields}) {
    for (const DocValue& v : *values) {
      bounds.check(v.range, "value");
      bounds.check(v.description, "value description");
      check_types(v.type);
    }
  }
  for (const DocRaise& r : fields.raises) {
    bounds.check(r.range, "raise");
    bounds.check(r.description, "raise description");
  }
  for (const DocAttribute& a : fields.attributes) {
    bounds.check(a.range, "attribute");
    check_types(a.type);
  }
  bounds.check(fields.parameters_at, "parameters_at");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  if (!tenet::is_valid_utf8_text(content)) return 0;  // the core never hands such bytes over

  // A method's docstring, as the Python model would describe it.
  const std::string head = "class C:\n    def f(self, x):\n        ";
  const std::string file = head + "\"\"\"" + std::string(content) + "\"\"\"\n";
  const auto literal_begin = static_cast<std::uint32_t>(head.size());
  const auto content_begin = literal_begin + 3;
  const auto content_end = content_begin + static_cast<std::uint32_t>(size);
  const std::string_view file_text(file);

  Docstring docstring;
  docstring.range = {literal_begin, content_end + 3};
  docstring.raw = file_text.substr(literal_begin, content_end + 3 - literal_begin);
  docstring.quote = file_text.substr(literal_begin, 3);
  docstring.content = file_text.substr(content_begin, size);
  docstring.content_range = {content_begin, content_end};
  docstring.multiline = content.find_first_of("\r\n") != std::string_view::npos;

  const DocstringText text = DocstringText::parse(docstring, file_text);
  const Bounds bounds{content_begin, content_end};
  if (text.lines().empty()) __builtin_trap();
  for (const DocLine& line : text.lines()) {
    bounds.check(line.range());
    if (line.full_end < line.end() || line.full_end > content_end || line.indent > line.text.size()) __builtin_trap();
    (void)line.indent_chars();
  }
  (void)text.summary();
  (void)text.indentation_is_whitespace();

  // Google and NumPy sections, in each style and as each convention chooses.
  for (const SectionStyle style : {SectionStyle::google, SectionStyle::numpy}) {
    const DocstringSections found = parse_sections(text, style);
    check_sections(text, found, bounds);
    check_fields(parse_section_fields(text, found), bounds);
  }
  DocstringSections automatic;
  for (const std::string_view convention : {"", "pep257", "google", "numpy"}) {
    DocstringSections found = parse_sections_for_convention(text, convention);
    check_sections(text, found, bounds);
    if (convention.empty()) automatic = std::move(found);
  }

  // reST/Sphinx field lists, and each configured style (auto with and without sections).
  check_fields(parse_sphinx_fields(text), bounds);
  for (const DocstringStyle style :
       {DocstringStyle::auto_detect, DocstringStyle::sphinx, DocstringStyle::google, DocstringStyle::numpy}) {
    check_fields(parse_documented_fields(text, style), bounds);
  }
  check_fields(parse_documented_fields(text, DocstringStyle::auto_detect, &automatic), bounds);
  return 0;
}
