#include "linters/cli/cpp_engine.h"

#include <unistd.h>

#include <cstdint>

#include <nlohmann/json.hpp>

#include "linters/core/process.h"

namespace fs = std::filesystem;

namespace tenet::cli {
namespace {

std::optional<SuppressionScope> scope_named(std::string_view name) {
  if (name == "line") return SuppressionScope::line;
  if (name == "next_line") return SuppressionScope::next_line;
  if (name == "block_begin") return SuppressionScope::block_begin;
  if (name == "block_end") return SuppressionScope::block_end;
  return std::nullopt;
}

TextRange range_of(const nlohmann::json& record) {
  return {record.value("begin", 0U), record.value("end", record.value("begin", 0U))};
}

/// The `triggers` of a diagnostic record: places, in any file, whose change makes the
/// finding new under `--diff-base`. Malformed entries are skipped: they only widen a filter.
std::vector<TriggerLines> triggers_of(const nlohmann::json& record) {
  std::vector<TriggerLines> places;
  const auto found = record.find("triggers");
  if (found == record.end() || !found->is_array()) return places;
  for (const nlohmann::json& entry : *found) {
    if (!entry.is_object()) continue;
    const auto file = entry.find("file");
    const auto first = entry.find("first_line");
    const auto last = entry.find("last_line");
    if (file == entry.end() || !file->is_string() || first == entry.end() || !first->is_number_unsigned() ||
        last == entry.end() || !last->is_number_unsigned()) {
      continue;
    }
    places.push_back({file->get<std::string>(), first->get<std::uint32_t>(), last->get<std::uint32_t>()});
  }
  return places;
}

/// Reads one JSON Lines record into \p result; unknown or malformed lines are notes.
void take_record(const nlohmann::json& record, const RuleRegistry& registry, CppEngineResult& result) {
  const std::string kind = record.value("kind", "");
  const fs::path file = record.value("file", "");
  if (kind == "diagnostic") {
    const RuleMeta* rule = registry.find(record.value("code", ""));
    if (rule == nullptr) {
      result.notes.push_back("the C++ engine reported an unknown rule " + record.value("code", std::string("?")));
      return;
    }
    Diagnostic diagnostic;
    diagnostic.rule = rule;
    diagnostic.message = record.value("message", "");
    diagnostic.range = range_of(record);
    diagnostic.symbol = record.value("symbol", "");
    diagnostic.trigger_lines = triggers_of(record);
    result.outputs[file].diagnostics.push_back(std::move(diagnostic));
  } else if (kind == "suppression") {
    const auto scope = scope_named(record.value("scope", ""));
    if (!scope) return;
    SuppressionDirective directive;
    directive.scope = *scope;
    directive.comment = range_of(record);
    directive.codes = record.value("codes", std::vector<std::string>{});
    directive.all_codes = directive.codes.empty() ||
                          std::find(directive.codes.begin(), directive.codes.end(), "*") != directive.codes.end();
    result.outputs[file].suppressions.push_back(std::move(directive));
  } else if (kind == "problem") {
    result.problems.emplace_back(file, record.value("message", "the C++ engine could not check this file"));
  } else if (kind == "note") {
    result.notes.push_back(record.value("message", ""));
  }
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
  return out;
}

}  // namespace

fs::path cpp_driver_path() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path("tenet-cpp") : self.parent_path() / "tenet-cpp";
}

std::vector<std::string> cpp_driver_options(const Settings& settings) {
  std::vector<std::string> argv;
  if (!settings.project_root.empty()) argv.insert(argv.end(), {"--project-root", settings.project_root.string()});
  if (!settings.cpp.compile_commands.empty()) {
    fs::path database = settings.cpp.compile_commands;
    if (database.is_relative()) database = settings.project_root / database;
    if (database.filename() == "compile_commands.json") database = database.parent_path();
    argv.insert(argv.end(), {"-p", database.string()});
  }
  // Each `[cpp]` list item is one --option KEY=VALUE (an item may itself contain commas).
  const std::pair<const char*, const std::vector<std::string>*> kListOptions[] = {
      {"public-headers", &settings.cpp.public_headers},
      {"exclude", &settings.cpp.exclude},
      {"logger-functions", &settings.cpp.logger_functions},
      {"allowed-output-functions", &settings.cpp.allowed_output_functions},
      {"doxygen-commands", &settings.cpp.doxygen_commands},
  };
  for (const auto& [key, items] : kListOptions) {
    for (const std::string& item : *items) argv.insert(argv.end(), {"--option", std::string(key) + "=" + item});
  }
  if (settings.cpp.document_enumerators) argv.insert(argv.end(), {"--option", "document-enumerators=true"});
  return argv;
}

CppDriverRun run_cpp_driver(std::vector<std::string> mode_arguments, const Settings& settings,
                            const std::vector<fs::path>& files) {
  std::vector<std::string> argv{cpp_driver_path().string()};
  argv.insert(argv.end(), mode_arguments.begin(), mode_arguments.end());
  const std::vector<std::string> options = cpp_driver_options(settings);
  argv.insert(argv.end(), options.begin(), options.end());
  argv.emplace_back("--");
  for (const auto& file : files) argv.push_back(file.string());

  const ProcessResult process = run_process(argv, {});
  CppDriverRun run;
  run.exit_code = process.exit_code;
  run.failure = process.err.substr(0, process.err.find('\n'));
  std::size_t start = 0;
  while (start < process.out.size()) {
    const std::size_t end = process.out.find('\n', start);
    const std::string_view line(process.out.data() + start,
                                (end == std::string::npos ? process.out.size() : end) - start);
    start = end == std::string::npos ? process.out.size() : end + 1;
    if (line.empty()) continue;
    nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_object()) run.records.push_back(std::move(record));
  }
  return run;
}

CppEngineResult run_cpp_engine(const std::vector<fs::path>& files, const std::vector<std::string>& codes,
                               const Settings& settings, unsigned jobs, const RuleRegistry& registry) {
  CppEngineResult result;
  const fs::path driver = cpp_driver_path();
  if (access(driver.c_str(), X_OK) != 0) {
    for (const auto& file : files) {
      result.problems.emplace_back(file, "C++ file not checked: this tenet was built without the C++ engine (tenet-cpp).");
    }
    return result;
  }
  const CppDriverRun run = run_cpp_driver({"--jobs", std::to_string(jobs), "--select", join(codes)}, settings, files);
  for (const nlohmann::json& record : run.records) take_record(record, registry, result);
  if (run.exit_code != 0) {
    const std::string& reason = run.failure;
    for (const auto& file : files) {
      if (!result.outputs.contains(file)) {
        result.problems.emplace_back(file, "C++ file not checked: the C++ engine failed" +
                                               (reason.empty() ? std::string(".") : ": " + reason));
      }
    }
  }
  return result;
}

}  // namespace tenet::cli
