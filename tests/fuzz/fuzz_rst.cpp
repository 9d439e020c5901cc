// Fuzz target: the reST markup checker (RST2xx–RST4xx) on arbitrary text as a docstring's
// content, read both as a normal and as a raw (`r"""`) string, with and without extra
// known names. Every finding must lie inside the content, in position order.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "linters/core/source_file.h"
#include "pydoc-checker/docstring/docstring_text.h"
#include "pydoc-checker/python_model.h"
#include "pydoc-checker/rst/rst_check.h"

namespace {

using namespace tenet::python;

void check_one(std::string_view content, std::string_view prefix, const RstOptions& options) {
  const std::string head = "def f(x):\n    ";
  const std::string file = head + std::string(prefix) + "\"\"\"" + std::string(content) + "\"\"\"\n";
  const auto literal_begin = static_cast<std::uint32_t>(head.size());
  const auto content_begin = literal_begin + static_cast<std::uint32_t>(prefix.size()) + 3;
  const auto content_end = content_begin + static_cast<std::uint32_t>(content.size());
  const std::string_view file_text(file);

  Docstring docstring;
  docstring.range = {literal_begin, content_end + 3};
  docstring.raw = file_text.substr(literal_begin, content_end + 3 - literal_begin);
  docstring.prefix = file_text.substr(literal_begin, prefix.size());
  docstring.quote = file_text.substr(content_begin - 3, 3);
  docstring.content = file_text.substr(content_begin, content.size());
  docstring.content_range = {content_begin, content_end};
  docstring.multiline = content.find_first_of("\r\n") != std::string_view::npos;

  const DocstringText text = DocstringText::parse(docstring, file_text);
  std::uint32_t previous = 0;
  for (const RstFinding& finding : check_rst(text, options)) {
    const tenet::TextRange range = finding.range;
    if (range.begin > range.end || range.begin < content_begin || range.end > content_end) __builtin_trap();
    if (range.begin < previous) __builtin_trap();
    previous = range.begin;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  if (!tenet::is_valid_utf8_text(content)) return 0;  // the core never hands such bytes over
  static const RstOptions kDefaults;
  static const RstOptions kExtra{{"automodule-extra", "mydirective"}, {"myrole", "py:extra"}};
  check_one(content, "", kDefaults);
  check_one(content, "r", kDefaults);
  check_one(content, "", kExtra);
  return 0;
}
