#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "linters/core/source_file.h"

namespace tenet {
namespace {

TEST(LineTable, PositionsCountCodePointsAndAllLineEndings) {
  const std::string text = "ab\r\nçd\re\nf";
  const LineTable lines(text);
  EXPECT_EQ(lines.line_count(), 4U);
  EXPECT_EQ(lines.position_of(0).line, 1U);
  // "ç" is two bytes but one column: 'd' is at column 2 of line 2.
  const Position d = lines.position_of(static_cast<std::uint32_t>(text.find('d')));
  EXPECT_EQ(d.line, 2U);
  EXPECT_EQ(d.column, 2U);
  EXPECT_EQ(lines.position_of(static_cast<std::uint32_t>(text.find('e'))).line, 3U);
  EXPECT_EQ(lines.position_of(static_cast<std::uint32_t>(text.find('f'))).line, 4U);
  EXPECT_EQ(lines.line_text(1), "ab");
  EXPECT_EQ(lines.line_text(2), "çd");
}

TEST(LineTable, EmptyTextHasOneLineAndOffsetsClamp) {
  const LineTable lines("");
  EXPECT_EQ(lines.line_count(), 1U);
  EXPECT_EQ(lines.position_of(1000).line, 1U);
  EXPECT_EQ(lines.position_of(1000).column, 1U);
}

// Many findings on one very long line must cost linear time, and columns must stay exact
// across the table's internal checkpoints. A quadratic column count would take minutes here.
TEST(LineTable, ManyPositionsOnATenMegabyteLineAreExact) {
  std::string text = "\xEF\xBB\xBF" "first\n";
  const std::uint32_t line_start = static_cast<std::uint32_t>(text.size());
  for (int i = 0; text.size() < 10'000'000; ++i) text += (i % 7 == 0) ? "\xE2\x82\xAC" : "x";  // some 3-byte code points
  text += "\nlast";
  const LineTable lines(text);
  // Reference columns from one straight scan of the long line.
  std::vector<std::uint32_t> expected_column(text.size() + 1, 0);
  std::uint32_t column = 1;
  for (std::uint32_t i = line_start; i < text.size() && text[i] != '\n'; ++i) {
    expected_column[i] = column;
    if ((static_cast<unsigned char>(text[i + 1]) & 0xC0U) != 0x80U) ++column;
  }
  std::uint32_t checked = 0;
  const auto line_end = static_cast<std::uint32_t>(text.find('\n', line_start));
  for (std::uint32_t offset = line_start; offset < line_end; offset += 97) {
    if ((static_cast<unsigned char>(text[offset]) & 0xC0U) == 0x80U) continue;  // findings start on code points
    const Position at = lines.position_of(offset);
    ASSERT_EQ(at.line, 2U);
    ASSERT_EQ(at.column, expected_column[offset]) << "offset " << offset;
    ASSERT_EQ(at.byte_column, offset - line_start + 1);
    ++checked;
  }
  EXPECT_GT(checked, 50'000U);
  // The byte-order mark is not a column of the first line.
  EXPECT_EQ(lines.position_of(3).column, 1U);
  EXPECT_EQ(lines.position_of(4).column, 2U);
  EXPECT_EQ(lines.position_of(static_cast<std::uint32_t>(text.size())).line, 3U);
  EXPECT_EQ(lines.position_of(static_cast<std::uint32_t>(text.size())).column, 5U);
}

TEST(Utf8, AcceptsTextAndRejectsBinaryAndMalformedInput) {
  EXPECT_TRUE(is_valid_utf8_text("plain ascii\n"));
  EXPECT_TRUE(is_valid_utf8_text("\xEF\xBB\xBF# BOM then text, \xE2\x82\xAC and \xF0\x9F\x98\x80"));
  EXPECT_FALSE(is_valid_utf8_text(std::string("nul\0byte", 8)));
  EXPECT_FALSE(is_valid_utf8_text("latin-1 \xE9t\xE9"));
  EXPECT_FALSE(is_valid_utf8_text("overlong \xC0\xAF"));
  EXPECT_FALSE(is_valid_utf8_text("surrogate \xED\xA0\x80"));
  EXPECT_FALSE(is_valid_utf8_text("truncated \xE2\x82"));
}

TEST(ClassifyFile, ByExtensionAndShebang) {
  EXPECT_EQ(classify_file("pkg/mod.py"), FileKind::python);
  EXPECT_EQ(classify_file("pkg/mod.pyi"), FileKind::python_stub);
  EXPECT_EQ(classify_file("src/a.cpp"), FileKind::cpp_source);
  EXPECT_EQ(classify_file("include/a.hpp"), FileKind::cpp_header);
  EXPECT_EQ(classify_file("README.md"), FileKind::unknown);
  EXPECT_EQ(classify_file("bin/tool", "#!/usr/bin/env python3"), FileKind::python);
  EXPECT_EQ(classify_file("bin/tool", "#!/bin/sh"), FileKind::unknown);
}

}  // namespace
}  // namespace tenet
