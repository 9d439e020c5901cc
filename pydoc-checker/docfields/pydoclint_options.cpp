#include "pydoc-checker/docfields/pydoclint_options.h"

namespace tenet::python {
namespace {

DocstringStyle style_named(const std::string& name) {
  if (name == "sphinx") return DocstringStyle::sphinx;
  if (name == "google") return DocstringStyle::google;
  if (name == "numpy") return DocstringStyle::numpy;
  return DocstringStyle::auto_detect;
}

PydoclintOptions options_from(const PydoclintSettings& settings) {
  PydoclintOptions options;
  options.style = style_named(settings.style);
  options.skip_checking_short_docstrings = settings.skip_checking_short_docstrings;
  options.ignore_one_line_docstrings = settings.ignore_one_line_docstrings;
  options.check_return_types = settings.check_return_types;
  options.arg_type_hints_in_docstring = settings.arg_type_hints_in_docstring;
  options.check_arg_order = settings.check_arg_order;
  options.skip_checking_raises = settings.skip_checking_raises;
  options.ignore_underscore_args = settings.ignore_underscore_args;
  options.exempt_exceptions = settings.exempt_exceptions;
  return options;
}

}  // namespace

const PydoclintOptions& pydoclint_options(const Settings& settings) {
  // Rules ask for the options once per definition; almost every file of a run has the same
  // [pydoclint] table, so each worker thread keeps the options of the last table it saw.
  thread_local PydoclintSettings last_settings;
  thread_local PydoclintOptions last_options = options_from(last_settings);
  if (!(settings.pydoclint == last_settings)) {
    last_settings = settings.pydoclint;
    last_options = options_from(last_settings);
  }
  return last_options;
}

}  // namespace tenet::python
