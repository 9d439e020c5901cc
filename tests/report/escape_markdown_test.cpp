// The escaping and Markdown helpers the formats share.
#include <gtest/gtest.h>

#include "linters/report/escape.h"
#include "linters/report/markdown.h"

namespace tenet::report {
namespace {

TEST(RepairUtf8, KeepsWellFormedText) {
  EXPECT_EQ(repair_utf8("plain"), "plain");
  EXPECT_EQ(repair_utf8("na\xC3\xAFve \xF0\x9F\x98\x80"), "na\xC3\xAFve \xF0\x9F\x98\x80");
}

TEST(RepairUtf8, ReplacesEachMaximalIllFormedPart) {
  const std::string r = "\xEF\xBF\xBD";
  EXPECT_EQ(repair_utf8("a\xFF" "b"), "a" + r + "b");
  EXPECT_EQ(repair_utf8("\xE2\x82" "x"), r + "x");              // truncated 3-byte sequence
  EXPECT_EQ(repair_utf8("\xED\xA0\x80"), r + r + r);            // encoded surrogate
  EXPECT_EQ(repair_utf8("\xC0\xAF"), r + r);                    // overlong
  EXPECT_EQ(repair_utf8("\xF0\x9F\x98"), r);                    // truncated at the end
}

TEST(XmlEscape, Content) {
  EXPECT_EQ(xml_escape("a < b && c > \"d\" 'e'", XmlContext::content), "a &lt; b &amp;&amp; c &gt; \"d\" 'e'");
  EXPECT_EQ(xml_escape("line\nnext\ttab\r", XmlContext::content), "line\nnext\ttab&#13;");
}

TEST(XmlEscape, Attribute) {
  EXPECT_EQ(xml_escape("\"x\" & 'y'", XmlContext::attribute), "&quot;x&quot; &amp; &apos;y&apos;");
  EXPECT_EQ(xml_escape("a\nb\tc", XmlContext::attribute), "a&#10;b&#9;c");
}

TEST(XmlEscape, CharactersXmlCannotHoldBecomeReplacementCharacters) {
  const std::string r = "\xEF\xBF\xBD";
  EXPECT_EQ(xml_escape(std::string("a\x01" "b\0c", 5), XmlContext::content), "a" + r + "b" + r + "c");
  EXPECT_EQ(xml_escape("\xEF\xBF\xBF", XmlContext::content), r);  // U+FFFF
  EXPECT_EQ(xml_escape("bad \xC3", XmlContext::attribute), "bad " + r);
}

TEST(PercentEncodePath, KeepsUnreservedAndSlashes) {
  EXPECT_EQ(percent_encode_path("src/a-b_c.d~e/F9.py"), "src/a-b_c.d~e/F9.py");
  EXPECT_EQ(percent_encode_path("odd dir/na\xC3\xAFve#1%.py"), "odd%20dir/na%C3%AFve%231%25.py");
}

TEST(GithubEscape, DataAndProperties) {
  EXPECT_EQ(github_escape_data("50%: a,b\r\n"), "50%25: a,b%0D%0A");
  EXPECT_EQ(github_escape_property("50%: a,b\r\n"), "50%25%3A a%2Cb%0D%0A");
}

TEST(Markdown, PlainTextDropsMarkupAndKeepsCode) {
  const std::string markdown =
      "# TST001 \xE2\x80\x94 name\n\n## Why\n\nUse `x * y` and **bold** text, see [docs](https://e.x/d).\n"
      "> quoted \\*literal\\*\n\n```python\ndef f():\n    return 1  # **kept**\n```\n\n\n![logo](i.png) end\n";
  EXPECT_EQ(markdown_to_plain_text(markdown),
            "TST001 \xE2\x80\x94 name\n\nWhy\n\nUse x * y and bold text, see docs (https://e.x/d).\n"
            "quoted *literal*\n\ndef f():\n    return 1  # **kept**\n\nlogo end");
}

TEST(Markdown, UnclosedMarkupIsKeptLiterally) {
  EXPECT_EQ(markdown_to_plain_text("a `b and [c] d"), "a `b and [c] d");
  EXPECT_EQ(markdown_to_plain_text("__init__ and snake_case"), "__init__ and snake_case");
}

TEST(Markdown, ClosingHashesOfAHeadingAreDropped) {
  EXPECT_EQ(markdown_to_plain_text("## Title ##"), "Title");
  EXPECT_EQ(markdown_to_plain_text("#hashtag"), "#hashtag");  // no space: not a heading
}

TEST(Markdown, FirstParagraphSkipsHeadingsAndCode) {
  EXPECT_EQ(first_paragraph("# Title\n\n```\ncode\n```\n\nFirst `para`\ncontinues.\n\nSecond."),
            "First para continues.");
  EXPECT_EQ(first_paragraph("# Only a title\n"), "");
  EXPECT_EQ(first_paragraph(""), "");
}

}  // namespace
}  // namespace tenet::report
