// Fuzz target: the config loader. The input is written to a config file and loaded; its
// first line is also tried as a `--config KEY=VALUE` override. Only ConfigError may escape
// the loader: anything else is a bug, so it is not caught here.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "linters/core/config.h"
#include "linters/core/registry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tenet::RuleRegistry registry({tenet::core_rules().begin(), tenet::core_rules().end()});
  static const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("tenet-fuzz-" + std::to_string(getpid())) / "tenet.toml";
  static const bool made = std::filesystem::create_directories(file.parent_path()) || true;
  (void)made;
  const std::string text(reinterpret_cast<const char*>(data), size);
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
  }
  tenet::Settings settings;
  try {
    settings = tenet::load_config_file(file, registry);
    (void)tenet::settings_to_toml(settings);
  } catch (const tenet::ConfigError&) {
    // Rejecting bad input with ConfigError is the expected outcome; the fuzzer looks for crashes.
  }
  try {
    const auto override = tenet::parse_override(text.substr(0, text.find('\n')), "--config");
    tenet::apply_override(settings, override, registry);
  } catch (const tenet::ConfigError&) {
    // As above: a rejected override is fine, only a crash or another exception is a bug.
  }
  return 0;
}
