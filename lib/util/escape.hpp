#pragma once
// Escaping text for the output formats, so that any string from an input file (ids, names,
// reasons, paths) comes out as inert text: never markup, never a forged line or element.
// Invalid UTF-8 is replaced by U+FFFD in every format.

#include <string>
#include <string_view>

namespace axg::util {

// Replaces invalid UTF-8 sequences by U+FFFD; valid text is returned unchanged.
std::string valid_utf8(std::string_view text);

// HTML text and attribute values (double- or single-quoted): & < > " ' ` become references; control characters
// other than tab, newline and carriage return (which HTML cannot carry) become a visible "\xNN", and so do the
// Unicode hazards printable shows (invalid UTF-8, C1 controls, bidi formatting characters).
std::string escape_html(std::string_view text);

// XML 1.0 text and attribute values: & < > " ' become references; tab, newline and carriage
// return become character references (so attributes keep them); other control characters,
// which XML 1.0 cannot carry at all, become visible "\xNN".
std::string escape_xml(std::string_view text);

// GitHub-flavoured Markdown inline text, also inside table cells and HTML blocks such as
// <summary>: Markdown and HTML punctuation becomes numeric character references (which
// CommonMark treats as literal text), line breaks become spaces, and an '@' cannot mention.
// Not for code spans, where references are not decoded.
std::string escape_markdown(std::string_view text);

} // namespace axg::util
