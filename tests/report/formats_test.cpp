// Behaviour of each format that golden files show poorly: edge cases, escaping, the
// promises other tools rely on (the text line shape, SARIF's structure, unique GitLab
// fingerprints, well-formed XML).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "linters/report/reporter.h"
#include "tests/report/sample_report.h"

namespace tenet::report {
namespace {

using nlohmann::json;
using testing::kCatchAllRule;
using testing::kDocRule;
using testing::kPrintRule;

const std::filesystem::path kSampleRoot = TENET_SOURCE_DIR "/tests/report/sample";

std::string render(std::string_view format, const RunReport& run, const ReportOptions& options) {
  std::ostringstream out;
  find_writer(format)(run, options, out);
  return out.str();
}

std::string render(std::string_view format, const RunReport& run, bool show_suppressed = false) {
  return render(format, run, testing::sample_options(show_suppressed));
}

Finding make_finding(const RuleMeta& rule, Position start, Position end, std::string message) {
  Finding finding;
  finding.rule = &rule;
  finding.level = rule.severity;
  finding.start = start;
  finding.end = end;
  finding.message = std::move(message);
  finding.line_hash = "abc:1";
  return finding;
}

/// A run with one file holding \p findings.
RunReport one_file_run(std::vector<Finding> findings, std::string path = "pkg/mod.py", bool inside_root = true) {
  RunReport run;
  run.files.push_back(FileReport{std::move(path), inside_root, std::move(findings)});
  run.enabled_rules = {&kDocRule};
  run.root_uri = "file:///work/project/";
  run.files_checked = 1;
  run.tool_version = "1.2.3";
  return run;
}

RunReport empty_run(std::size_t files_checked) {
  RunReport run;
  run.enabled_rules = {&kDocRule, &kCatchAllRule};
  run.root_uri = "file:///work/project/";
  run.files_checked = files_checked;
  run.tool_version = "1.2.3";
  return run;
}

// ---- registry of formats ----------------------------------------------------------

TEST(Formats, EveryListedNameHasAWriter) {
  const auto names = format_names();
  ASSERT_EQ(names.size(), 8U);
  EXPECT_EQ(names.front(), "text");
  for (const std::string_view name : names) EXPECT_NE(find_writer(name), nullptr) << name;
}

TEST(Formats, UnknownNamesHaveNone) {
  EXPECT_EQ(find_writer("xml"), nullptr);
  EXPECT_EQ(find_writer(""), nullptr);
  EXPECT_EQ(find_writer("SARIF"), nullptr);
}

// ---- text ---------------------------------------------------------------------------

TEST(TextFormat, FindingLinesHaveTheShapeHarnessesParse) {
  const std::regex shape(R"(^(.+):(\d+):(\d+): ([A-Z]+[0-9]+) (.*)$)");
  std::istringstream lines(render("text", testing::sample_run(kSampleRoot), true));
  int findings = 0;
  for (std::string line; std::getline(lines, line) && !line.empty();) {
    EXPECT_TRUE(std::regex_match(line, shape)) << line;
    ++findings;
  }
  EXPECT_EQ(findings, 9);
}

TEST(TextFormat, CleanRunPrintsOnlyTheSummary) {
  EXPECT_EQ(render("text", empty_run(12)), "All checks passed (12 files checked).\n");
  EXPECT_EQ(render("text", empty_run(1)), "All checks passed (1 file checked).\n");
}

TEST(TextFormat, SummaryCountsFindingsAndFiles) {
  const RunReport run = one_file_run({make_finding(kDocRule, {3, 5}, {3, 9}, "One.")});
  EXPECT_EQ(render("text", run), "pkg/mod.py:3:5: TST001 One.\n\nFound 1 finding in 1 file (1 file checked).\n");
}

TEST(TextFormat, SuppressedFindingsAreHiddenUnlessAsked) {
  Finding suppressed = make_finding(kDocRule, {3, 5}, {3, 9}, "Hidden.");
  suppressed.suppressed = true;
  const RunReport run = one_file_run({suppressed});
  EXPECT_EQ(render("text", run), "All checks passed (1 file checked).\n");
  EXPECT_EQ(render("text", run, true),
            "pkg/mod.py:3:5: TST001 Hidden. [suppressed]\n\n"
            "All checks passed (1 file checked; 1 suppressed finding shown).\n");
}

TEST(TextFormat, ColourOnlyWhenAsked) {
  const RunReport run = one_file_run({make_finding(kDocRule, {3, 5}, {3, 9}, "One.")});
  EXPECT_EQ(render("text", run).find('\x1b'), std::string::npos);
  ReportOptions options = testing::sample_options();
  options.color = true;
  const std::string coloured = render("text", run, options);
  EXPECT_NE(coloured.find("\x1b[1mpkg/mod.py\x1b[0m"), std::string::npos) << coloured;
  EXPECT_NE(coloured.find("\x1b[31mTST001\x1b[0m"), std::string::npos) << coloured;
}

TEST(TextFormat, LineBreaksInAMessageDoNotSplitTheFinding) {
  const RunReport run = one_file_run({make_finding(kDocRule, {1, 1}, {1, 2}, "Two\nlines.")});
  const std::string output = render("text", run);
  EXPECT_EQ(output.substr(0, output.find('\n')), "pkg/mod.py:1:1: TST001 Two lines.");
}

// ---- json ---------------------------------------------------------------------------

TEST(JsonFormat, SuppressedFindingsOnlyWhenAsked) {
  const RunReport run = testing::sample_run(kSampleRoot);
  const json hidden = json::parse(render("json", run));
  const json shown = json::parse(render("json", run, true));
  EXPECT_EQ(hidden["findings"].size(), 8U);
  EXPECT_EQ(shown["findings"].size(), 9U);
  for (const json& finding : hidden["findings"]) EXPECT_FALSE(finding["suppressed"].get<bool>());
}

TEST(JsonFormat, FindingFields) {
  const json document = json::parse(render("json", testing::sample_run(kSampleRoot)));
  EXPECT_EQ(document["version"], "0.1.0");
  EXPECT_EQ(document["files_checked"], 6);
  const json& first = document["findings"][0];
  EXPECT_EQ(first["code"], "TST001");
  EXPECT_EQ(first["name"], "missing-docstring");
  EXPECT_EQ(first["severity"], "warning");
  EXPECT_EQ(first["path"], "src/app/config.py");
  EXPECT_EQ(first["start"], (json{{"line", 3}, {"column", 5}}));
  EXPECT_EQ(first["fix"]["safety"], "safe");
  EXPECT_EQ(first["fix"]["edits"][0]["start"], (json{{"line", 4}, {"column", 5}}));
  EXPECT_TRUE(document["findings"][1]["fix"].is_null());
}

TEST(JsonFormat, IllFormedUtf8IsRepairedNotFatal) {
  const RunReport run = one_file_run({make_finding(kDocRule, {1, 1}, {1, 2}, "Bad \xFF byte.")});
  std::string output;
  ASSERT_NO_THROW(output = render("json", run));
  EXPECT_EQ(json::parse(output)["findings"][0]["message"], "Bad \xEF\xBF\xBD byte.");
}

// ---- sarif --------------------------------------------------------------------------

TEST(SarifFormat, OneRunWithEveryEnabledRuleAndValidRuleIndexes) {
  const json log = json::parse(render("sarif", testing::sample_run(kSampleRoot)));
  ASSERT_EQ(log["runs"].size(), 1U);
  const json& run = log["runs"][0];
  const json& rules = run["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 4U);
  EXPECT_EQ(rules[3]["id"], "TST004");
  for (const json& result : run["results"]) {
    ASSERT_EQ(result["locations"].size(), 1U);
    EXPECT_EQ(rules[result["ruleIndex"].get<std::size_t>()]["id"], result["ruleId"]);
    EXPECT_TRUE(result.contains("level"));
    EXPECT_FALSE(result.contains("suppressions"));
  }
  EXPECT_FALSE(run.contains("invocations"));
  EXPECT_EQ(log.dump().find("security-severity"), std::string::npos);
}

TEST(SarifFormat, RuleHelpComesFromTheDocPageOrTheSummary) {
  const json rules = json::parse(render("sarif", testing::sample_run(kSampleRoot)))["runs"][0]["tool"]["driver"]["rules"];
  const json& documented = rules[0];
  EXPECT_EQ(documented["fullDescription"]["text"],
            "A public function, class or method without a docstring. Names that start with _ are private and not "
            "flagged.");
  EXPECT_EQ(documented["help"]["markdown"], testing::sample_rule_doc("TST001"));
  const std::string help_text = documented["help"]["text"];
  EXPECT_EQ(help_text.find('#'), std::string::npos) << help_text;
  EXPECT_NE(help_text.find("pydoc (https://docs.python.org/3/library/pydoc.html)"), std::string::npos);
  EXPECT_EQ(documented["properties"]["tags"], (json{"documentation", "python"}));
  const json& undocumented = rules[2];
  EXPECT_EQ(undocumented["fullDescription"]["text"], kPrintRule.summary);
  EXPECT_EQ(undocumented["help"]["text"], kPrintRule.summary);
  EXPECT_EQ(undocumented["help"]["markdown"], kPrintRule.summary);
}

TEST(SarifFormat, SuppressedResultsCarryAnInSourceSuppression) {
  const json results = json::parse(render("sarif", testing::sample_run(kSampleRoot), true))["runs"][0]["results"];
  int suppressed = 0;
  for (const json& result : results) {
    if (!result.contains("suppressions")) continue;
    EXPECT_EQ(result["suppressions"], json::parse(R"([{"kind": "inSource"}])"));
    ++suppressed;
  }
  EXPECT_EQ(suppressed, 1);
}

TEST(SarifFormat, FileOutsideTheRootGetsAnAbsoluteFileUri) {
  const RunReport run = one_file_run({make_finding(kDocRule, {1, 1}, {1, 2}, "Outside.")}, "/opt/lib/a b.py", false);
  const json location = json::parse(render("sarif", run))["runs"][0]["results"][0]["locations"][0];
  const json& artifact = location["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(artifact["uri"], "file:///opt/lib/a%20b.py");
  EXPECT_FALSE(artifact.contains("uriBaseId"));
}

TEST(SarifFormat, RelativeUrisArePercentEncoded) {
  const json log = json::parse(render("sarif", testing::sample_run(kSampleRoot)));
  const json& artifact = log["runs"][0]["results"].back()["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(artifact["uri"], "src/odd%20dir/na%C3%AFve.py");
  EXPECT_EQ(artifact["uriBaseId"], "%SRCROOT%");
}

TEST(SarifFormat, RegionsAreAlwaysCompleteAndOrdered) {
  const RunReport run = one_file_run({make_finding(kDocRule, {4, 7}, {4, 7}, "Empty."),
                                      make_finding(kDocRule, {5, 9}, {5, 2}, "Reversed."),
                                      make_finding(kDocRule, {6, 3}, {8, 1}, "Multi-line.")});
  const json results = json::parse(render("sarif", run))["runs"][0]["results"];
  const auto region = [&](int i) { return results[i]["locations"][0]["physicalLocation"]["region"]; };
  EXPECT_EQ(region(0), json::parse(R"({"startLine":4,"startColumn":7,"endLine":4,"endColumn":7})"));
  EXPECT_EQ(region(1), json::parse(R"({"startLine":5,"startColumn":9,"endLine":5,"endColumn":9})"));
  EXPECT_EQ(region(2), json::parse(R"({"startLine":6,"startColumn":3,"endLine":8,"endColumn":1})"));
}

TEST(SarifFormat, FindingOfARuleThatIsNotEnabledStillHasARule) {
  // Tool-level findings (an unreadable file) can come from rules no selection enabled.
  const RunReport run = one_file_run({make_finding(kCatchAllRule, {1, 1}, {1, 2}, "Not enabled.")});
  const json driver_and_results = json::parse(render("sarif", run))["runs"][0];
  const json& rules = driver_and_results["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 2U);
  EXPECT_EQ(rules[1]["id"], "TST002");
  EXPECT_EQ(driver_and_results["results"][0]["ruleIndex"], 1);
}

TEST(SarifFormat, NoLineHashNoFingerprint) {
  Finding finding = make_finding(kDocRule, {1, 1}, {1, 2}, "No hash.");
  finding.line_hash.clear();
  const json result = json::parse(render("sarif", one_file_run({finding})))["runs"][0]["results"][0];
  EXPECT_FALSE(result.contains("partialFingerprints"));
}

TEST(SarifFormat, CleanRunHasEmptyResultsAndAllRules) {
  const json run = json::parse(render("sarif", empty_run(3)))["runs"][0];
  EXPECT_TRUE(run["results"].is_array());
  EXPECT_TRUE(run["results"].empty());
  EXPECT_EQ(run["tool"]["driver"]["rules"].size(), 2U);
  EXPECT_EQ(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///work/project/");
}

TEST(SarifFormat, RootUriGetsItsTrailingSlash) {
  RunReport run = empty_run(0);
  run.root_uri = "file:///work/project";
  const json log = json::parse(render("sarif", run));
  EXPECT_EQ(log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///work/project/");
}

// ---- github -------------------------------------------------------------------------

TEST(GithubFormat, CommandPerLevelWithColumnsOnSingleLineRanges) {
  Finding note = make_finding(kPrintRule, {2, 3}, {2, 8}, "A note.");
  Finding error = make_finding(kCatchAllRule, {4, 1}, {6, 2}, "An error.");
  const std::string output = render("github", one_file_run({note, error}));
  EXPECT_EQ(output,
            "::notice file=pkg/mod.py,line=2,col=3,endLine=2,endColumn=8,title=TST003::A note.\n"
            "::error file=pkg/mod.py,line=4,endLine=6,title=TST002::An error.\n"
            "::notice title=tenet::Found 2 finding(s) in 1 file(s) (1 files checked).\n");
}

TEST(GithubFormat, PropertiesAndMessagesAreEscaped) {
  const RunReport run = one_file_run({make_finding(kDocRule, {1, 1}, {1, 2}, "100%: a,b\r\nc")}, "dir,x/a:b%.py");
  EXPECT_EQ(render("github", run),
            "::warning file=dir%2Cx/a%3Ab%25.py,line=1,col=1,endLine=1,endColumn=2,title=TST001::"
            "100%25: a,b%0D%0Ac\n"
            "::notice title=tenet::Found 1 finding(s) in 1 file(s) (1 files checked).\n");
}

// ---- gitlab -------------------------------------------------------------------------

TEST(GitlabFormat, FingerprintsAreUniqueAndWellFormed) {
  const json issues = json::parse(render("gitlab", testing::sample_run(kSampleRoot), true));
  std::set<std::string> fingerprints;
  for (const json& issue : issues) {
    const std::string fingerprint = issue["fingerprint"];
    EXPECT_TRUE(std::regex_match(fingerprint, std::regex("[0-9a-f]{32}"))) << fingerprint;
    EXPECT_TRUE(fingerprints.insert(fingerprint).second) << "duplicate " << fingerprint;
    EXPECT_FALSE(issue["location"]["path"].get<std::string>().starts_with("/"));
  }
  EXPECT_EQ(fingerprints.size(), 9U);
}

TEST(GitlabFormat, FingerprintsSurviveLineMoves) {
  // Matching is by rule, path, symbol and message, so an edit above keeps the issue.
  RunReport before = one_file_run({make_finding(kDocRule, {3, 1}, {3, 4}, "Same.")});
  RunReport after = one_file_run({make_finding(kDocRule, {30, 5}, {30, 9}, "Same.")});
  EXPECT_EQ(json::parse(render("gitlab", before))[0]["fingerprint"],
            json::parse(render("gitlab", after))[0]["fingerprint"]);
}

TEST(GitlabFormat, SeverityAndDescription) {
  const json issues = json::parse(render("gitlab", one_file_run({make_finding(kPrintRule, {1, 1}, {1, 2}, "N."),
                                                                make_finding(kDocRule, {2, 1}, {2, 2}, "W."),
                                                                make_finding(kCatchAllRule, {3, 1}, {3, 2}, "E.")})));
  EXPECT_EQ(issues[0]["severity"], "info");
  EXPECT_EQ(issues[1]["severity"], "minor");
  EXPECT_EQ(issues[2]["severity"], "major");
  EXPECT_EQ(issues[2]["description"], "TST002: E.");
  EXPECT_EQ(issues[2]["check_name"], "TST002");
  EXPECT_EQ(issues[2]["location"]["lines"]["begin"], 3);
}

// ---- junit --------------------------------------------------------------------------

TEST(JunitFormat, CountsAndEscaping) {
  const RunReport run = one_file_run({make_finding(kDocRule, {1, 1}, {1, 2}, "Use <b> & \"q\"."),
                                      make_finding(kDocRule, {2, 1}, {2, 2}, "Second.")});
  const std::string xml = render("junit", run);
  EXPECT_NE(xml.find("<testsuite name=\"tenet\" tests=\"2\" failures=\"1\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("message=\"TST001 Use &lt;b&gt; &amp; &quot;q&quot;.\" type=\"TST001\">pkg/mod.py:1:1</failure>"),
            std::string::npos)
      << xml;
}

TEST(JunitFormat, CleanRunHasOnePassingCase) {
  const std::string xml = render("junit", empty_run(4));
  EXPECT_NE(xml.find("tests=\"1\" failures=\"0\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("<testcase classname=\"tenet\" name=\"4 files checked\"/>"), std::string::npos) << xml;
}

TEST(JunitFormat, IsWellFormedXml) {
  if (std::system("python3 -c 'import xml.dom.minidom' >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not found";
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("tenet-junit-" + std::to_string(::getpid()) + ".xml");
  RunReport run = testing::sample_run(kSampleRoot);
  run.files[0].findings[0].message = "Control \x01 and bad \xC3 bytes.";
  std::ofstream(file, std::ios::binary) << render("junit", run, true);
  const std::string command = "python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' '" +
                              file.string() + "'";
  const int status = std::system(command.c_str());
  std::filesystem::remove(file);
  EXPECT_EQ(status, 0);
}

}  // namespace
}  // namespace tenet::report
