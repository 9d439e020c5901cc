#include "linters/cli/run_files.h"

#include "linters/cli/check_command.h"

namespace tenet::cli {

namespace fs = std::filesystem;

fs::path project_root() {
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  const fs::path git_root = find_git_root(cwd);
  return git_root.empty() ? cwd : git_root;
}

namespace {

std::optional<fs::path> absolute_config(const std::optional<std::string>& config_file) {
  if (!config_file) return std::nullopt;
  return fs::absolute(*config_file);
}

}  // namespace

RunSettings::RunSettings(const RuleRegistry& registry, const std::vector<ConfigOverride>& overrides,
                         const std::optional<std::string>& config_file, bool isolated)
    : resolver_(registry, overrides, absolute_config(config_file)) {
  if (!isolated) return;
  auto settings = std::make_shared<Settings>();
  std::error_code ec;
  settings->project_root = fs::current_path(ec);
  for (const auto& override : overrides) apply_override(*settings, override, registry);
  isolated_ = std::move(settings);
}

std::shared_ptr<const Settings> RunSettings::settings_for(const fs::path& path) {
  return isolated_ ? isolated_ : resolver_.settings_for(path);
}

RunFiles discover_run_files(
    const std::vector<std::string>& given, RunSettings& settings, const ExtraFiles& extra,
    const std::function<void(const DiscoveredFile&, const std::shared_ptr<const Settings>&)>& on_found) {
  std::vector<fs::path> paths;
  for (const auto& path : given.empty() ? std::vector<std::string>{"."} : given) {
    std::error_code ec;
    paths.push_back(fs::absolute(path, ec).lexically_normal());
  }
  RunFiles run;
  // Discovery asks for settings by reference: keep each alive until the files have theirs.
  std::vector<std::shared_ptr<const Settings>> keep_alive;
  const SettingsLookup lookup = [&](const fs::path& path) -> const Settings& {
    keep_alive.push_back(settings.settings_for(path));
    return *keep_alive.back();
  };
  std::function<void(const DiscoveredFile&)> found_one;
  if (on_found) found_one = [&](const DiscoveredFile& file) { on_found(file, settings.settings_for(file.path)); };
  run.files = discover_files(paths, lookup, run.problems, found_one);
  for (const auto& problem : run.problems) {
    if (problem.missing) throw UsageError(problem.path.generic_string() + ": " + problem.message);
  }
  if (extra) {
    std::vector<DiscoveredFile> more = extra(run.files, lookup);
    run.files.insert(run.files.end(), more.begin(), more.end());
  }
  run.settings.reserve(run.files.size());
  for (const auto& file : run.files) run.settings.push_back(settings.settings_for(file.path));
  return run;
}

}  // namespace tenet::cli
