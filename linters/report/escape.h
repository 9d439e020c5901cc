/// \file
/// Escaping for the text-based formats: XML, URIs and GitHub workflow commands.
#pragma once

#include <string>
#include <string_view>

namespace tenet::report {

/// \p text with every ill-formed UTF-8 sequence replaced by U+FFFD (one per maximal
/// ill-formed subpart, as WHATWG decoders do). Well-formed text is returned unchanged.
/// \param text Bytes that should be UTF-8.
/// \return Well-formed UTF-8.
std::string repair_utf8(std::string_view text);

/// Where escaped XML text goes; attributes must also keep their whitespace.
enum class XmlContext { content, attribute };

/// \p text escaped for XML 1.0 in \p context. Markup characters become entities; in
/// attributes tab, LF and CR become character references so parsers keep them; other
/// control characters (not allowed in XML 1.0) and ill-formed UTF-8 become U+FFFD.
/// \param text    The text to escape.
/// \param context Element content or an attribute value.
/// \return The escaped text.
std::string xml_escape(std::string_view text, XmlContext context);

/// \p path percent-encoded as a URI path (RFC 3986): unreserved characters and `/`
/// stay, every other byte becomes `%XX`.
/// \param path A path with forward slashes.
/// \return The encoded path.
std::string percent_encode_path(std::string_view path);

/// \p text escaped as the message of a GitHub workflow command (`%`, CR, LF).
/// \param text The message.
/// \return The escaped message.
std::string github_escape_data(std::string_view text);

/// \p text escaped as a property value of a GitHub workflow command: as for the
/// message, and also `:` and `,`, which separate properties.
/// \param text The property value.
/// \return The escaped value.
std::string github_escape_property(std::string_view text);

}  // namespace tenet::report
