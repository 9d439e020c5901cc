/// \file
/// Finding `# noqa` comments without walking the whole tree.
#pragma once

#include <string_view>
#include <vector>

#include "linters/core/suppression.h"
#include "pydoc-checker/ts.h"

namespace tenet::python {

/// Finds every comment that mentions `noqa` (any case) and hands it to the core's
/// parse_python_suppression(); directives it accepts are appended to \p out.
///
/// The text is scanned with memchr for `#`; only a `#` whose line mentions `noqa` further
/// right is looked up in the tree, with a cursor that only moves forward, so the cost is
/// linear in the file size whatever the number of comments.
/// \param text The parsed source.
/// \param root The root of its tree (used to tell comments from `#` inside strings).
/// \param out Receives the directives in source order.
void collect_suppressions(std::string_view text, TSNode root, std::vector<SuppressionDirective>& out);

}  // namespace tenet::python
