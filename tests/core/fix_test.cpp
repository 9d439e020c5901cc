#include <gtest/gtest.h>

#include "linters/core/fix.h"

namespace tenet {
namespace {

Fix replace(std::uint32_t begin, std::uint32_t end, std::string text) {
  return Fix{"t", FixAvailability::safe, {Edit{{begin, end}, std::move(text)}}};
}

TEST(ApplyFixes, AppliesNonOverlappingEditsInOrder) {
  const Fix period = replace(5, 5, ".");
  const Fix capital = replace(0, 1, "H");
  const FixOutcome outcome = apply_fixes("hello world", {&period, &capital});
  EXPECT_EQ(outcome.text, "Hello. world");
  EXPECT_EQ(outcome.applied, 2U);
}

TEST(ApplyFixes, LeavesAClashingFixForTheNextRound) {
  const Fix first = replace(0, 5, "HELLO");
  const Fix clash = replace(3, 8, "x");
  const Fix two_edits{"t", FixAvailability::safe, {Edit{{6, 7}, "W"}, Edit{{4, 5}, "O"}}};  // 4..5 clashes with first
  const FixOutcome outcome = apply_fixes("hello world", {&first, &clash, &two_edits});
  EXPECT_EQ(outcome.text, "HELLO world");
  EXPECT_EQ(outcome.applied, 1U);
}

TEST(ApplyFixes, RejectsEditsPastTheEnd) {
  const Fix bad = replace(3, 99, "x");
  EXPECT_EQ(apply_fixes("abc", {&bad}).applied, 0U);
}

TEST(UnifiedDiff, ShowsHunksWithContext) {
  const std::string before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
  const std::string after = "a\nb\nc\nd\nE\nf\ng\nh\ni\nj\n";
  EXPECT_EQ(unified_diff(before, after, "x.py"),
            "--- a/x.py\n+++ b/x.py\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
  EXPECT_EQ(unified_diff(before, before, "x.py"), "");
}

TEST(UnifiedDiff, InsertionAndMissingFinalNewline) {
  EXPECT_EQ(unified_diff("x", "x\ny", "f"), "--- a/f\n+++ b/f\n@@ -1,1 +1,2 @@\n-x\n\\ No newline at end of file\n+x\n+y\n\\ No newline at end of file\n");
}

}  // namespace
}  // namespace tenet
