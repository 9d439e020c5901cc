// Fuzz target: the Python front end and every Python rule on arbitrary bytes, through
// the same gate (UTF-8 check), line table and suppression pass as `tenet check`.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "linters/core/registry.h"
#include "linters/core/source_file.h"
#include "linters/core/suppression.h"
#include "pydoc-checker/python_checker.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static tenet::python::PythonChecker checker;
  static const tenet::RuleRegistry registry = [] {
    std::vector<const tenet::RuleMeta*> rules;
    for (const tenet::RuleMeta* rule : tenet::core_rules()) rules.push_back(rule);
    for (const tenet::RuleMeta* rule : tenet::python::python_rules()) rules.push_back(rule);
    return tenet::RuleRegistry(std::move(rules));
  }();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!tenet::is_valid_utf8_text(text)) return 0;  // the core never hands such bytes over
  const tenet::LineTable lines(text);
  tenet::FileInput input;
  input.fs_path = "/nonexistent/fuzz/pkg/mod.py";
  input.display_path = "pkg/mod.py";
  input.kind = tenet::FileKind::python;
  input.text = text;
  input.lines = &lines;  // settings and rules null: defaults and every Python rule
  tenet::FileOutput output;
  checker.check(input, output);
  const auto checked = tenet::apply_suppressions(std::move(output.diagnostics), output.suppressions, lines, registry, {}, true);
  for (const auto& item : checked) {
    // Every reported range must lie inside the file: reporters index with it.
    const auto& range = item.diagnostic.range;
    if (range.begin > range.end || range.end > size) __builtin_trap();
    (void)lines.position_of(range.begin);
  }
  return 0;
}
