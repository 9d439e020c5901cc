#include "pydoc-checker/python_rule.h"

#include <utility>

namespace tenet::python {

void RuleContext::report(const RuleMeta& rule, TextRange range, std::string message,
                         const Definition* symbol) {
  Diagnostic diagnostic;
  diagnostic.rule = &rule;
  diagnostic.message = std::move(message);
  diagnostic.range = range;
  if (symbol != nullptr) diagnostic.symbol = symbol->qualified_name;
  out_.push_back(std::move(diagnostic));
}

void RuleContext::report_in_docstring(const RuleMeta& rule, TextRange range, std::string message,
                                      const Definition& definition) {
  report(rule, range, std::move(message), &definition);
  const std::optional<Docstring>& docstring = definition.docstring;
  if (docstring && docstring->multiline && docstring->range.end > docstring->range.begin) {
    // The last byte of the closing quotes is on the line that carries the noqa.
    out_.back().suppression_offset = docstring->range.end - 1;
  }
}

}  // namespace tenet::python
