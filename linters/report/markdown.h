/// \file
/// Just enough Markdown handling to turn a rule's doc page into SARIF's plain-text help.
#pragma once

#include <string>
#include <string_view>

namespace tenet::report {

/// \p markdown as plain text for readers that do not render Markdown: heading markers,
/// code fences, block-quote markers, inline-code backticks, bold markers and escaping
/// backslashes are dropped; links and images keep their text (links also their URL in
/// parentheses). Code-block contents and line breaks are kept as they are.
/// \param markdown A rule's doc page.
/// \return the text without trailing newlines.
std::string markdown_to_plain_text(std::string_view markdown);

/// The first paragraph of \p markdown that is prose (not a heading, not code), as one
/// line of plain text; empty when there is none.
/// \param markdown A rule's doc page.
/// \return The paragraph, or an empty string.
std::string first_paragraph(std::string_view markdown);

}  // namespace tenet::report
