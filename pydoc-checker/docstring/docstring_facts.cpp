#include "pydoc-checker/docstring/docstring_facts.h"

namespace tenet::python {

DocstringFacts::DocstringFacts(const RuleContext& context) {
  const PythonModule& module = context.module();
  const std::string_view text = module.text();
  const std::size_t newline = text.find_first_of("\r\n");
  if (newline != std::string_view::npos) {
    line_ending_ = text[newline] == '\n' ? "\n" : (text.substr(newline, 2) == "\r\n" ? "\r\n" : "\r");
  }
  const std::vector<Definition>& definitions = module.definitions();
  if (definitions.empty()) return;
  first_ = &definitions.front();
  index_.assign(definitions.size(), UINT32_MAX);
  const std::string_view convention = context.settings().pydocstyle.convention;
  for (std::size_t i = 0; i < definitions.size(); ++i) {
    const Definition& definition = definitions[i];
    if (!definition.docstring || definition.docstring->implicit_concatenation) continue;
    ParsedDocstring parsed;
    parsed.definition = &definition;
    parsed.text = DocstringText::parse(*definition.docstring, module.text());
    parsed.sections = parse_sections_for_convention(parsed.text, convention);
    index_[i] = static_cast<std::uint32_t>(parsed_.size());
    parsed_.push_back(std::move(parsed));
  }
}

const ParsedDocstring* DocstringFacts::find(const Definition& definition) const {
  if (first_ == nullptr) return nullptr;
  const std::ptrdiff_t i = &definition - first_;
  if (i < 0 || static_cast<std::size_t>(i) >= index_.size() || index_[i] == UINT32_MAX) return nullptr;
  return &parsed_[index_[i]];
}

}  // namespace tenet::python
