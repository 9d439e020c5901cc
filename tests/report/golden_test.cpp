// Every format over the sample run, compared byte for byte with tests/report/golden/.
// A deliberate output change is one reviewed diff of the golden files:
//   TENET_UPDATE_GOLDEN=1 ./build/tests/report/report_tests --gtest_filter='Golden*'
#include <gtest/gtest.h>
#include <cctype>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>

#include "linters/report/reporter.h"
#include "tests/report/sample_report.h"

namespace tenet::report {
namespace {

const std::filesystem::path kSampleRoot = TENET_SOURCE_DIR "/tests/report/sample";
const std::filesystem::path kGoldenDir = TENET_SOURCE_DIR "/tests/report/golden";

struct GoldenCase {
  const char* file;      // name under tests/report/golden/
  const char* format;    // writer name
  bool show_suppressed;  // --show-suppressed
};

// How gtest prints a case in failure messages.
void PrintTo(const GoldenCase& golden, std::ostream* out) { *out << golden.file; }

// Printed in test names, e.g. GoldenFiles/Golden.Matches/report_sarif.
std::string case_name(const ::testing::TestParamInfo<GoldenCase>& info) {
  std::string name = info.param.file;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

std::string render(const char* format, bool show_suppressed) {
  const WriteFn write = find_writer(format);
  EXPECT_NE(write, nullptr) << format;
  if (write == nullptr) return {};
  std::ostringstream out;
  write(testing::sample_run(kSampleRoot), testing::sample_options(show_suppressed), out);
  return out.str();
}

/// "line N: want ... / got ..." for the first line where \p want and \p got differ.
std::string first_difference(const std::string& want, const std::string& got) {
  std::istringstream want_lines(want);
  std::istringstream got_lines(got);
  std::string want_line;
  std::string got_line;
  for (int line = 1;; ++line) {
    const bool more_want = static_cast<bool>(std::getline(want_lines, want_line));
    const bool more_got = static_cast<bool>(std::getline(got_lines, got_line));
    if (!more_want && !more_got) return "only line endings differ";
    if (!more_want || !more_got || want_line != got_line) {
      return "line " + std::to_string(line) + ":\n  golden: " + (more_want ? want_line : "<end>") +
             "\n  output: " + (more_got ? got_line : "<end>");
    }
  }
}

bool updating_golden_files() {
  const char* update = std::getenv("TENET_UPDATE_GOLDEN");
  return update != nullptr && std::string_view(update) == "1";
}

class Golden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(Golden, Matches) {
  const GoldenCase& golden = GetParam();
  const std::string output = render(golden.format, golden.show_suppressed);
  const std::filesystem::path path = kGoldenDir / golden.file;
  if (updating_golden_files()) {
    write_file_atomically(path, output);
    GTEST_SKIP() << "updated " << path;
  }
  ASSERT_TRUE(std::filesystem::exists(path)) << path << " is missing; run with TENET_UPDATE_GOLDEN=1";
  const std::string want = testing::read_file(path);
  EXPECT_TRUE(output == want) << path.filename() << " differs at " << first_difference(want, output)
                              << "\n(if the change is intended, rerun with TENET_UPDATE_GOLDEN=1)";
}

TEST_P(Golden, IsDeterministic) {
  const GoldenCase& golden = GetParam();
  EXPECT_EQ(render(golden.format, golden.show_suppressed), render(golden.format, golden.show_suppressed));
}

INSTANTIATE_TEST_SUITE_P(GoldenFiles, Golden,
                         ::testing::Values(GoldenCase{"text.txt", "text", false},
                                           GoldenCase{"text-suppressed.txt", "text", true},
                                           GoldenCase{"report.json", "json", false},
                                           GoldenCase{"report-suppressed.json", "json", true},
                                           GoldenCase{"report.sarif", "sarif", false},
                                           GoldenCase{"report-suppressed.sarif", "sarif", true},
                                           GoldenCase{"github.txt", "github", false},
                                           GoldenCase{"gitlab.json", "gitlab", false},
                                           GoldenCase{"junit.xml", "junit", false},
                                           GoldenCase{"junit-suppressed.xml", "junit", true},
                                           GoldenCase{"rdjson.json", "rdjson", false},
                                           GoldenCase{"rdjsonl.jsonl", "rdjsonl", false}),
                         case_name);

}  // namespace
}  // namespace tenet::report
