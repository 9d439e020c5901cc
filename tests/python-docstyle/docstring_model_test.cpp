// The docstring model: lines with offsets, summary, indentation; Google and NumPy sections.
#include <gtest/gtest.h>

#include <string>

#include "pydoc-checker/docstring/docstring_text.h"
#include "pydoc-checker/docstring/sections.h"
#include "tests/python/test_support.h"

namespace tenet::python {
namespace {

/// A parsed snippet plus the split docstring of one of its definitions.
struct Doc {
  explicit Doc(std::string source, std::string_view name = "f")
      : parsed(testing::parse(std::move(source))),
        text(DocstringText::parse(*parsed->find(name)->docstring, parsed->text)) {}
  std::unique_ptr<testing::Parsed> parsed;
  DocstringText text;
};

std::vector<std::string> names(const DocstringSections& sections) {
  std::vector<std::string> out;
  for (const Section& s : sections.sections) out.emplace_back(s.name);
  return out;
}

TEST(DocstringText, LinesOffsetsAndSummary) {
  const Doc doc("def f():\n    \"\"\"\n    Summary.\n\n      Body.\r\n    \"\"\"\n");
  const auto lines = doc.text.lines();
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].text, "");
  EXPECT_EQ(lines[1].text, "    Summary.");
  EXPECT_EQ(lines[1].indent, 4u);
  EXPECT_EQ(lines[3].text, "      Body.");
  EXPECT_EQ(lines[3].full_end - lines[3].end(), 2u);  // \r\n
  EXPECT_EQ(lines[4].text, "    ");
  EXPECT_EQ(doc.parsed->text.substr(lines[1].offset, lines[1].text.size()), "    Summary.");
  EXPECT_EQ(doc.text.summary_line(), 1u);
  EXPECT_EQ(doc.text.summary(), "Summary.");
  EXPECT_EQ(doc.text.indentation(), "    ");
  EXPECT_TRUE(doc.text.indentation_is_whitespace());
  EXPECT_EQ(doc.text.non_blank_lines(), 2u);
}

TEST(DocstringText, UnicodeWhiteSpaceAndOneLiners) {
  const Doc doc("def f(): r'''\xe2\x80\x83x\xc2\xa0'''\n");
  EXPECT_EQ(doc.text.lines().size(), 1u);
  EXPECT_EQ(doc.text.summary(), "x");
  EXPECT_EQ(doc.text.lines()[0].indent, 3u);
  EXPECT_EQ(doc.text.indentation(), "def f(): ");
  EXPECT_FALSE(doc.text.indentation_is_whitespace());
  EXPECT_TRUE(doc.text.is_one_line());
  EXPECT_EQ(trim("\t a \xe3\x80\x80"), "a");
  EXPECT_EQ(char_count("\xc3\xa9t\xc3\xa9"), 3u);
}

TEST(Sections, GoogleHeadersAndContent) {
  const Doc doc(
      "def f(a, b):\n"
      "    \"\"\"Do it.\n"
      "\n"
      "    Args:\n"
      "        a: The first.\n"
      "        b: The second,\n"
      "            continued.\n"
      "\n"
      "    Keyword Args:\n"
      "        c: Third.\n"
      "\n"
      "    Returns:\n"
      "        The result.\n"
      "    \"\"\"\n");
  const DocstringSections s = parse_sections(doc.text, SectionStyle::google);
  ASSERT_EQ(names(s), (std::vector<std::string>{"Args", "Keyword Args", "Returns"}));
  const Section& args = s.sections[0];
  EXPECT_EQ(args.kind, SectionKind::args);
  EXPECT_EQ(args.canonical(), "Args");
  EXPECT_TRUE(args.has_colon());
  EXPECT_EQ(args.header_line, 2u);
  EXPECT_EQ(args.indent, 4u);
  EXPECT_EQ(args.body_end, 7u);
  const auto content = args.content_lines(doc.text);
  ASSERT_EQ(content.size(), 4u);
  EXPECT_EQ(content[0].trimmed(), "a: The first.");
  EXPECT_EQ(content[0].indent, 8u);
  EXPECT_EQ(s.sections[1].kind, SectionKind::keyword_args);
  EXPECT_TRUE(is_parameters_section(s.sections[1].kind));
  EXPECT_EQ(s.sections[2].body_end, doc.text.lines().size());
  EXPECT_EQ(doc.parsed->text.substr(args.name_range.begin, 4), "Args");
}

TEST(Sections, NumpyUnderlinesAndStyle) {
  const Doc doc(
      "def f(x):\n"
      "    \"\"\"Do it.\n"
      "\n"
      "    Parameters\n"
      "    ----------\n"
      "    x : int\n"
      "        The x.\n"
      "\n"
      "    Returns\n"
      "    -------\n"
      "    int\n"
      "    \"\"\"\n");
  const DocstringSections s = parse_sections_for_convention(doc.text, "");
  EXPECT_EQ(s.style, SectionStyle::numpy);
  ASSERT_EQ(names(s), (std::vector<std::string>{"Parameters", "Returns"}));
  ASSERT_TRUE(s.sections[0].underline_line.has_value());
  EXPECT_EQ(*s.sections[0].underline_line, 3u);
  EXPECT_EQ(s.sections[0].content_begin(), 4u);
  EXPECT_FALSE(s.sections[0].has_colon());
  // Google style has no Parameters section.
  EXPECT_EQ(names(parse_sections(doc.text, SectionStyle::google)), (std::vector<std::string>{"Returns"}));
  EXPECT_EQ(parse_sections_for_convention(doc.text, "google").style, SectionStyle::google);
}

TEST(Sections, WhatIsNotAHeader) {
  const Doc doc(
      "def f(returns):\n"
      "    \"\"\"Returns: the summary line is never a header.\n"
      "\n"
      "    The value this\n"
      "    returns:\n"
      "    is prose: the line above does not end a sentence.\n"
      "    Notes are here: not a section name.\n"
      "\n"
      "    .. note:: a directive\n"
      "\n"
      "    Args:\n"
      "        x: The x.\n"
      "        returns:\n"
      "            An entry: deeper than its section and lower-case.\n"
      "        Raises: also an entry, text follows the colon.\n"
      "    Returns :\n"
      "    \"\"\"\n");
  const DocstringSections s = parse_sections(doc.text, SectionStyle::google);
  EXPECT_EQ(names(s), (std::vector<std::string>{"Args"}));
}

TEST(Sections, ExactSpellingInsideASectionStillCounts) {
  const Doc doc(
      "def f():\n"
      "    \"\"\"Do it.\n"
      "\n"
      "    Args:\n"
      "        x: X.\n"
      "        Returns:\n"
      "    raises:\n"
      "        E.\n"
      "    \"\"\"\n");
  const DocstringSections s = parse_sections(doc.text, SectionStyle::google);
  // `Returns:` is deeper than `Args:` but spelled exactly: a header. `raises:` follows a
  // line that does not end a sentence: not a header.
  EXPECT_EQ(names(s), (std::vector<std::string>{"Args", "Returns"}));
}

TEST(Sections, InferenceByArgumentSections) {
  const Doc google(
      "def f():\n    \"\"\"Do it.\n\n    Args:\n        x: X.\n\n    Returns:\n        Y.\n    \"\"\"\n");
  EXPECT_EQ(parse_sections_for_convention(google.text, "").style, SectionStyle::google);
  const Doc tie_colon("def f():\n    \"\"\"Do it.\n\n    Returns:\n        Y.\n    \"\"\"\n");
  EXPECT_EQ(parse_sections_for_convention(tie_colon.text, "pep257").style, SectionStyle::google);
  const Doc none("def f():\n    \"\"\"Do it.\"\"\"\n");
  EXPECT_EQ(parse_sections_for_convention(none.text, "").style, SectionStyle::numpy);
  EXPECT_TRUE(parse_sections_for_convention(none.text, "").sections.empty());
}

TEST(Sections, NamesAndKinds) {
  EXPECT_EQ(section_kind_from_name("see also"), SectionKind::see_also);
  EXPECT_EQ(section_kind_from_name("KEYWORD ARGUMENTS"), SectionKind::keyword_arguments);
  EXPECT_EQ(section_kind_from_name("keyword  args"), std::nullopt);
  EXPECT_EQ(canonical_name(SectionKind::other_parameters), "Other Parameters");
  EXPECT_TRUE(style_has_section(SectionKind::receives, SectionStyle::numpy));
  EXPECT_FALSE(style_has_section(SectionKind::receives, SectionStyle::google));
  EXPECT_EQ(leading_words("    Keyword Args: x"), "Keyword Args");
  EXPECT_EQ(leading_words("Returns :"), "Returns ");
}

}  // namespace
}  // namespace tenet::python
