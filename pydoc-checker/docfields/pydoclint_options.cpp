#include "pydoc-checker/docfields/pydoclint_options.h"

namespace tenet::python {

const PydoclintOptions& pydoclint_options(const Settings& /*settings*/) {
  // No `[pydoclint]` table exists in the settings yet: pydoclint's defaults everywhere.
  static const PydoclintOptions kDefaults;
  return kDefaults;
}

}  // namespace tenet::python
