// GitHub's primaryLocationLineHash: published vectors, the properties the algorithm
// promises, and random texts against the independent Python implementation that
// tests/sarif/ carries.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "linters/core/line_hash.h"

namespace tenet {
namespace {

using Hashes = std::vector<std::string>;

std::string repeat(std::string_view text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

// The test data of GitHub's upload action (codeql-action, fingerprints tests).
TEST(LineHash, EmptyText) { EXPECT_EQ(line_hashes(""), (Hashes{"c129715d7a2bc9a3:1"})); }

TEST(LineHash, SpacesAndTabsAreSkipped) {
  EXPECT_EQ(line_hashes(" a\nb\n  \t\tc\n d"),
            (Hashes{"271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"}));
}

TEST(LineHash, MixedLineEndings) {
  EXPECT_EQ(line_hashes(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n"),
            (Hashes{"e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
                    "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1"}));
}

TEST(LineHash, RepeatedLinesAreNumbered) {
  EXPECT_EQ(line_hashes(repeat("Lorem ipsum dolor sit amet.\n", 10)),
            (Hashes{"a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4",
                    "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1",
                    "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1"}));
}

TEST(LineHash, OneHashPerLineIncludingTheOneAfterAFinalNewline) {
  EXPECT_EQ(line_hashes("a").size(), 1U);
  EXPECT_EQ(line_hashes("a\n").size(), 2U);
  EXPECT_EQ(line_hashes("a\nb").size(), 2U);
  EXPECT_EQ(line_hashes("a\r\nb\rc\n").size(), 4U);
}

TEST(LineHash, LineEndingsHashAlike) {
  const Hashes lf = line_hashes("one\ntwo\nthree\n");
  EXPECT_EQ(line_hashes("one\r\ntwo\r\nthree\r\n"), lf);
  EXPECT_EQ(line_hashes("one\rtwo\rthree\r"), lf);
}

TEST(LineHash, IndentationDoesNotMatter) {
  EXPECT_EQ(line_hashes("def f():\n    return 1\n"), line_hashes("def f():\n\treturn 1\n"));
  EXPECT_EQ(line_hashes("x = 1\n"), line_hashes("x=1\n"));
}

TEST(LineHash, OnlyTheFirstHundredUnitsCount) {
  // Lines that agree on their first 100 kept units (and so on what follows) hash alike.
  const std::string prefix(100, 'x');
  const Hashes hashes = line_hashes(prefix + "AAA\n" + prefix + "BBB\n");
  ASSERT_EQ(hashes.size(), 3U);
  EXPECT_EQ(hashes[0].substr(0, hashes[0].find(':')), hashes[1].substr(0, hashes[1].find(':')));
  EXPECT_EQ(hashes[0].substr(hashes[0].find(':')), ":1");
  EXPECT_EQ(hashes[1].substr(hashes[1].find(':')), ":2");
}

TEST(LineHash, IllFormedUtf8ReadsAsReplacementCharacters) {
  // One U+FFFD per maximal ill-formed subpart, as Node's and Python's decoders do.
  const std::string replacement = "\xEF\xBF\xBD";
  EXPECT_EQ(line_hashes("a\xFF" "b\n"), line_hashes("a" + replacement + "b\n"));
  EXPECT_EQ(line_hashes("a\xE2\x82" "b\n"), line_hashes("a" + replacement + "b\n"));
  EXPECT_EQ(line_hashes("\xED\xA0\x80\n"), line_hashes(replacement + replacement + replacement + "\n"));
  EXPECT_EQ(line_hashes("\xF0\x9F\x98"), line_hashes(replacement));
}

TEST(LineHash, AstralCharactersCountAsTwoUnits) {
  // U+1F600 is the surrogate pair D83D DE00 in UTF-16; it must not collapse to one unit.
  EXPECT_NE(line_hashes("\xF0\x9F\x98\x80"), line_hashes("\xEF\xBF\xBD"));
  EXPECT_EQ(line_hashes("\xF0\x9F\x98\x80").size(), 1U);
}

// ---- random texts against tests/sarif/sarif_checks.py -------------------------------

/// A random text over pieces that stress the algorithm: whitespace, every line ending,
/// multi-byte and astral characters, ill-formed bytes and long runs.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> kPieces = {
      "a", "Z", "0", " ", "\t", "\n", "\r", "\r\n", "\r \n", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80",
      "\xFF", "\xC3", "\xED\xA0\x80", "\xE0\x80", "\xEF\xBB\xBF", "def f(x):", "    return x", "\x7F",
      std::string(120, 'q'), std::string(1, '\0')};
  std::uniform_int_distribution<std::size_t> piece(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 80);
  std::string text;
  for (int i = length(rng); i > 0; --i) text += kPieces[piece(rng)];
  return text;
}

/// Runs \p command and returns its standard output, or nullopt when it fails.
std::optional<std::string> run_command(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return std::nullopt;
  std::string output;
  char buffer[4096];
  while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  if (::pclose(pipe) != 0) return std::nullopt;
  return output;
}

TEST(LineHash, MatchesThePythonImplementationOnRandomTexts) {
  if (std::system("python3 -c 'import sys' >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not found";
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("tenet-linehash-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::mt19937 rng(20240611);  // fixed seed: a failure must be reproducible
  std::map<std::string, Hashes> expected;
  std::string command = "python3 '" TENET_SOURCE_DIR "/tests/sarif/sarif_checks.py' linehash";
  for (int i = 0; i < 300; ++i) {
    const std::string text = random_text(rng);
    const std::filesystem::path file = dir / ("t" + std::to_string(i) + ".txt");
    std::ofstream(file, std::ios::binary) << text;
    expected[file.string()] = line_hashes(text);
    command += " '" + file.string() + "'";
  }
  const std::optional<std::string> output = run_command(command);
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(output) << "the Python line-hash command failed: " << command.substr(0, 200);

  // Output lines are "PATH:LINE<TAB>HASH".
  std::map<std::string, Hashes> actual;
  std::istringstream lines(*output);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t tab = line.rfind('\t');
    const std::size_t colon = line.rfind(':', tab);
    ASSERT_NE(tab, std::string::npos) << line;
    actual[line.substr(0, colon)].push_back(line.substr(tab + 1));
  }
  for (const auto& [file, hashes] : expected) {
    EXPECT_EQ(actual[file], hashes) << "text in " << file;
  }
}

}  // namespace
}  // namespace tenet
