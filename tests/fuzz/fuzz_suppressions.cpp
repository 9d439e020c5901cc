// Fuzz target: the `# noqa` and `// NOLINT` parsers, and applying what they return.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "linters/core/registry.h"
#include "linters/core/suppression.h"
#include "linters/core/tool_rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tenet::RuleRegistry registry({&tenet::kUnusedSuppression, &tenet::kSyntaxError, &tenet::kUnreadableFile});
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const tenet::TextRange whole{0, static_cast<std::uint32_t>(size)};
  std::vector<tenet::SuppressionDirective> directives;
  if (auto python = tenet::parse_python_suppression(text, whole)) directives.push_back(*python);
  if (auto cpp = tenet::parse_cpp_suppression(text, whole)) directives.push_back(*cpp);
  const tenet::LineTable lines(text);
  tenet::Diagnostic diagnostic;
  diagnostic.rule = &tenet::kSyntaxError;
  diagnostic.range = {static_cast<std::uint32_t>(size / 2), static_cast<std::uint32_t>(size / 2)};
  (void)tenet::apply_suppressions({diagnostic}, directives, lines, registry, {"X"}, true);
  return 0;
}
