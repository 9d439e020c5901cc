// The Porter2 stemmer and the imperative-mood judgement behind D401.
#include <gtest/gtest.h>

#include "pydoc-checker/english/imperative.h"
#include "pydoc-checker/english/stemmer.h"

namespace tenet::english {
namespace {

TEST(Stemmer, PublishedExamples) {
  // Pairs from the algorithm's description and its sample vocabulary.
  const std::pair<const char*, const char*> cases[] = {
      {"consign", "consign"},
      {"consigned", "consign"},
      {"consigning", "consign"},
      {"consignment", "consign"},
      {"consist", "consist"},
      {"consisted", "consist"},
      {"consistency", "consist"},
      {"consistent", "consist"},
      {"consistently", "consist"},
      {"consisting", "consist"},
      {"consists", "consist"},
      {"consolation", "consol"},
      {"knack", "knack"},
      {"knackeries", "knackeri"},
      {"knacks", "knack"},
      {"knave", "knave"},
      {"knavish", "knavish"},
      {"kneaded", "knead"},
      {"generalization", "general"},
      {"communication", "communic"},
      {"arsenal", "arsenal"},
      {"skies", "sky"},
      {"dying", "die"},
      {"news", "news"},
      {"returns", "return"},
      {"processes", "process"},
      {"running", "run"},
      {"hopping", "hop"},
      {"hoping", "hope"},
      {"cries", "cri"},
      {"ties", "tie"},
      {"gas", "gas"},
      {"gaps", "gap"},
      {"by", "by"},
      {"say", "say"},
      {"cry", "cri"},
      {"yelling", "yell"},
      {"inning", "inning"},
      {"succeeding", "succeed"},
      {"agreed", "agre"},
      {"feed", "feed"},
      {"luxuriating", "luxuri"},
      {"controllable", "control"},
      {"'tis", "tis"},
      {"dogs'", "dog"},
  };
  for (const auto& [word, expected] : cases) EXPECT_EQ(stem(word), expected) << word;
}

TEST(Stemmer, ShortAndOddInput) {
  EXPECT_EQ(stem(""), "");
  EXPECT_EQ(stem("a"), "a");
  EXPECT_EQ(stem("is"), "is");
  EXPECT_EQ(stem("y"), "y");
  EXPECT_EQ(stem("yyyy"), "yyyi");
  EXPECT_EQ(stem("'''"), "'");
  EXPECT_EQ(stem("caf\xc3\xa9s"), "caf\xc3\xa9");  // non-ASCII bytes count as consonants
}

TEST(Imperative, VerbForms) {
  EXPECT_EQ(is_imperative("return"), true);
  EXPECT_EQ(is_imperative("returns"), false);
  EXPECT_EQ(is_imperative("returning"), false);
  EXPECT_EQ(is_imperative("returned"), false);
  EXPECT_EQ(is_imperative("generate"), true);
  EXPECT_EQ(is_imperative("generates"), false);
  EXPECT_EQ(is_imperative("set"), true);
  EXPECT_EQ(is_imperative("sets"), false);
}

TEST(Imperative, NeverImperativeWords) {
  EXPECT_EQ(is_imperative("this"), false);
  EXPECT_EQ(is_imperative("the"), false);
  EXPECT_EQ(is_imperative("helper"), false);
  EXPECT_EQ(is_imperative("constructor"), false);
}

TEST(Imperative, UnknownWordsAreNotJudged) {
  EXPECT_EQ(is_imperative("foobar"), std::nullopt);
  EXPECT_EQ(is_imperative("xyzzy"), std::nullopt);
  EXPECT_EQ(is_imperative("instance"), std::nullopt);
  // Adverbs and nouns that share a verb's stem are fine.
  EXPECT_EQ(is_imperative("recursively"), true);
  EXPECT_EQ(is_imperative("token"), true);
}

}  // namespace
}  // namespace tenet::english
