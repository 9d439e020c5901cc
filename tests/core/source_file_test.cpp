#include <gtest/gtest.h>

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
