// Unit tests of the printf-style and str.format-style format string summaries.
#include <gtest/gtest.h>

#include "pydoc-checker/flow/format_string.h"

namespace tenet::python::flow {
namespace {

TEST(PercentFormat, CountsPositionalConversions) {
  const auto summary = parse_percent_format("%s of %d items (%.2f%%)");
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->positional, 3u);
  EXPECT_EQ(summary->keyword, 0u);
  EXPECT_FALSE(summary->starred);
}

TEST(PercentFormat, MappingKeysAndStars) {
  const auto keyed = parse_percent_format("%(name)s is %(age)d; %(a(b))r");
  ASSERT_TRUE(keyed);
  EXPECT_EQ(keyed->keyword, 3u);
  EXPECT_EQ(keyed->positional, 0u);
  const auto starred = parse_percent_format("%*d and %.*f");
  ASSERT_TRUE(starred);
  EXPECT_TRUE(starred->starred);
}

TEST(PercentFormat, FlagsWidthLengthModifiers) {
  const auto summary = parse_percent_format("%-10s|%+05d|%#x|% i|%ld|%c|%a");
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->positional, 7u);
}

TEST(PercentFormat, RejectsInvalidStrings) {
  EXPECT_FALSE(parse_percent_format("100%"));
  EXPECT_FALSE(parse_percent_format("%y"));
  EXPECT_FALSE(parse_percent_format("%(unclosed"));
  EXPECT_TRUE(parse_percent_format("no placeholders"));
  EXPECT_EQ(parse_percent_format("%%")->positional, 0u);
}

TEST(BraceFormat, CountsFields) {
  const auto summary = parse_brace_format("{} and {} then {0} {name} {x.y[0]!r:>{width}}");
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->automatic, 2u);
  EXPECT_EQ(summary->numbered, 1u);
  EXPECT_EQ(summary->named, 2u);
  const auto escaped = parse_brace_format("{{literal}} {}");
  ASSERT_TRUE(escaped);
  EXPECT_EQ(escaped->automatic, 1u);
  EXPECT_FALSE(parse_brace_format("{unclosed"));
  EXPECT_FALSE(parse_brace_format("stray }"));
}

}  // namespace
}  // namespace tenet::python::flow
