// XML property lists via pugixml, with positions computed from pugixml's node offsets.

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>
#include <vector>

#include <pugixml.hpp>

#include "load/plist/plist_reader.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace axg::load {

namespace {

using model::PlistEntry;
using model::PlistValue;

class LineIndex {
public:
    explicit LineIndex(std::string_view text) {
        m_starts.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n') {
                m_starts.push_back(i + 1);
            }
        }
    }
    std::pair<std::uint32_t, std::uint32_t> at(std::size_t offset) const {
        auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        std::size_t line = static_cast<std::size_t>(it - m_starts.begin());
        return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(offset - m_starts[line - 1] + 1)};
    }

private:
    std::vector<std::size_t> m_starts;
};

class XmlPlistParser {
public:
    XmlPlistParser(std::string_view data, std::string_view path, util::Diagnostics& diagnostics)
        : m_path(path), m_lines(data), m_diagnostics(diagnostics) {}

    util::SourceLocation locate(const pugi::xml_node& node) const {
        std::ptrdiff_t offset = node.offset_debug();
        if (offset < 0) {
            return {m_path, 0, 0};
        }
        // offset_debug points at the element's name; report the '<' before it.
        auto [line, column] = m_lines.at(static_cast<std::size_t>(offset));
        return {m_path, line, column > 1 ? column - 1 : column};
    }

    void error(const pugi::xml_node& node, std::string message) {
        m_diagnostics.error(locate(node), std::move(message));
        m_failed = true;
    }
    bool failed() const { return m_failed; }

    PlistValue value(const pugi::xml_node& node, int depth) {
        PlistValue v;
        v.location = locate(node);
        if (depth > k_max_plist_depth) {
            error(node,
                  "property list nested deeper than " + std::to_string(k_max_plist_depth) + " levels (the limit)");
            return v;
        }
        if (++m_values > k_max_plist_values) {
            error(node, "property list holds more than " + std::to_string(k_max_plist_values) + " values (the limit)");
            return v;
        }
        std::string_view name = node.name();
        if (name == "string") {
            v.type = PlistValue::Type::String;
            v.string = text(node);
        } else if (name == "true" || name == "false") {
            v.type = PlistValue::Type::Bool;
            v.boolean = name == "true";
        } else if (name == "integer") {
            v.type = PlistValue::Type::Integer;
            std::string content = text(node);
            std::string_view text = util::trim(content);
            auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v.integer);
            if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()) {
                error(node, "<integer> holds \"" + std::string(text) + "\", which is not an integer");
            }
        } else if (name == "real") {
            v.type = PlistValue::Type::Real;
            std::string text(util::trim(this->text(node)));
            char* end = nullptr;
            v.real = std::strtod(text.c_str(), &end);
            if (text.empty() || end != text.c_str() + text.size()) {
                error(node, "<real> holds \"" + text + "\", which is not a number");
            }
        } else if (name == "date") {
            v.type = PlistValue::Type::Date;
            v.string = std::string(util::trim(text(node)));
        } else if (name == "data") {
            v.type = PlistValue::Type::Data;
            for (char c : text(node)) {
                if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                    v.string += c;
                }
            }
        } else if (name == "array") {
            v.type = PlistValue::Type::Array;
            for (auto child : node.children()) {
                if (child.type() == pugi::node_element) {
                    v.array.push_back(value(child, depth + 1));
                }
            }
        } else if (name == "dict") {
            v.type = PlistValue::Type::Dict;
            dict(node, v, depth);
        } else {
            error(node, "unknown property-list element <" + std::string(name) +
                            ">; expected dict, array, key, string, integer, real, true, false, date or data");
        }
        return v;
    }

private:
    void dict(const pugi::xml_node& node, PlistValue& out, int depth) {
        pugi::xml_node pending_key;
        std::set<std::string> keys;
        for (auto child : node.children()) {
            if (child.type() != pugi::node_element) {
                continue;
            }
            if (std::string_view(child.name()) == "key") {
                if (pending_key) {
                    error(pending_key, "<key>" + util::printable(text(pending_key)) + "</key> has no value");
                }
                pending_key = child;
                continue;
            }
            if (!pending_key) {
                error(child, "<" + std::string(child.name()) + "> in a <dict> is not preceded by a <key>");
                continue;
            }
            PlistEntry entry;
            entry.key = text(pending_key);
            entry.key_location = locate(pending_key);
            if (!keys.insert(entry.key).second) {
                // Readers disagree on which duplicate wins: appexguard would check one value and iOS use another.
                error(pending_key, "the <dict> holds the key \"" + util::printable(entry.key) + "\" twice");
            }
            entry.value = value(child, depth + 1);
            out.dict.push_back(std::move(entry));
            pending_key = pugi::xml_node();
        }
        if (pending_key) {
            error(pending_key, "<key>" + util::printable(text(pending_key)) + "</key> has no value");
        }
    }

    // The text of a <key> or scalar element, as a property-list reader sees it: every text and CDATA child joined
    // (pugixml splits text at comments), line ends normalised, entity references decoded here because pugixml
    // leaves ones it does not know as literal text ("&f;" would become an app group).
    std::string text(const pugi::xml_node& node) {
        std::string out;
        for (auto child : node.children()) {
            if (child.type() == pugi::node_pcdata) {
                decode(child, out);
            } else if (child.type() == pugi::node_cdata) {
                normalise_line_ends(child.value(), out);
            } else if (child.type() == pugi::node_element) {
                error(child, "<" + std::string(node.name()) + "> holds the element <" + std::string(child.name()) +
                                 ">; it holds text only");
            }
        }
        return out;
    }

    static void normalise_line_ends(std::string_view raw, std::string& out) {
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '\r') {
                out += '\n';
                if (i + 1 < raw.size() && raw[i + 1] == '\n') {
                    ++i;
                }
            } else {
                out += raw[i];
            }
        }
    }

    // Text is parsed verbatim (no parse_escapes, no parse_eol), so an offset in it is an offset in the file.
    void decode(const pugi::xml_node& pcdata, std::string& out) {
        std::string_view raw = pcdata.value();
        std::ptrdiff_t base = pcdata.offset_debug();
        std::size_t i = 0;
        while (i < raw.size()) {
            std::size_t amp = raw.find('&', i);
            normalise_line_ends(raw.substr(i, amp == std::string_view::npos ? raw.npos : amp - i), out);
            if (amp == std::string_view::npos) {
                return;
            }
            std::size_t semicolon = raw.find(';', amp);
            std::string_view name = raw.substr(amp + 1, semicolon == raw.npos ? 0 : semicolon - amp - 1);
            if (semicolon == raw.npos || semicolon - amp > 12 || !decode_reference(name, out)) {
                std::string shown(
                    raw.substr(amp, std::min<std::size_t>(semicolon == raw.npos ? 12 : semicolon - amp + 1, 16)));
                error_at(base < 0 ? -1 : base + static_cast<std::ptrdiff_t>(amp),
                         "\"" + util::printable(shown) +
                             "\" is not one of XML's five entities (&lt; &gt; &amp; &apos; &quot;) or a character "
                             "reference; property lists declare no others");
                return;
            }
            i = semicolon + 1;
        }
    }

    static bool decode_reference(std::string_view name, std::string& out) {
        static constexpr std::pair<std::string_view, char> k_entities[] = {
            {"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"apos", '\''}, {"quot", '"'}};
        for (const auto& [entity, c] : k_entities) {
            if (name == entity) {
                out += c;
                return true;
            }
        }
        if (name.size() < 2 || name[0] != '#') {
            return false;
        }
        bool hex = name[1] == 'x';
        std::string_view digits = name.substr(hex ? 2 : 1);
        std::uint32_t cp = 0;
        auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
        if (digits.empty() || ec != std::errc() || ptr != digits.data() + digits.size()) {
            return false;
        }
        // XML's Char production: no NUL, no other C0 control but tab and line ends, no surrogates.
        bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                       (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        if (!allowed) {
            return false;
        }
        util::append_utf8(out, cp);
        return true;
    }

    void error_at(std::ptrdiff_t offset, std::string message) {
        util::SourceLocation location{m_path, 0, 0};
        if (offset >= 0) {
            auto [line, column] = m_lines.at(static_cast<std::size_t>(offset));
            location.line = line;
            location.column = column;
        }
        m_diagnostics.error(location, std::move(message));
        m_failed = true;
    }

    util::FileName m_path;
    LineIndex m_lines;
    util::Diagnostics& m_diagnostics;
    bool m_failed = false;
    std::uint64_t m_values = 0;
};

// The offset and a description of the first byte sequence that is not an XML 1.0 character (the Char production:
// tab, line ends, U+0020..U+D7FF, U+E000..U+FFFD, U+10000..U+10FFFF, in UTF-8), or nullopt when there is none.
std::optional<std::pair<std::size_t, std::string>> first_non_xml_char(std::string_view data) {
    char shown[48];
    for (std::size_t i = 0; i < data.size();) {
        auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c < 0x80) {
            ++i;
            continue;
        }
        std::uint32_t cp = 0;
        std::size_t length = util::decode_utf8(data, i, cp);
        if (length == 0) {
            std::snprintf(shown, sizeof shown, "the byte 0x%02X, which is not UTF-8", c);
            return std::pair{i, std::string(shown)};
        }
        bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xFFFD) || cp >= 0x10000;
        if (!allowed) {
            std::snprintf(shown, sizeof shown, "the control character U+%04X", static_cast<unsigned>(cp));
            return std::pair{i, std::string(shown)};
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace

std::optional<model::PlistValue> parse_xml_plist(std::string_view data, std::string_view path,
                                                 util::Diagnostics& diagnostics) {
    LineIndex lines(data);
    if (auto bad = first_non_xml_char(data)) { // pugixml takes any byte, and would end the text at a NUL
        auto [line, column] = lines.at(bad->first);
        diagnostics.error({std::string(path), line, column},
                          "XML property list holds " + bad->second + ", which XML forbids; is this file an XML plist?");
        return std::nullopt;
    }
    pugi::xml_document doc;
    // No DTD processing: pugixml never reads a DTD or expands an entity it declares; the DOCTYPE is kept only to be
    // checked. Text stays verbatim (no parse_escapes, no parse_eol) for XmlPlistParser::text to decode and locate.
    // A whitespace-only text that is an element's only child is kept: <string> </string> is " ", not "".
    unsigned options = (pugi::parse_default & ~pugi::parse_escapes & ~pugi::parse_eol) | pugi::parse_doctype |
                       pugi::parse_ws_pcdata_single;
    auto result = doc.load_buffer(data.data(), data.size(), options, pugi::encoding_utf8);
    if (!result) {
        auto [line, column] = lines.at(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, result.offset)));
        diagnostics.error({std::string(path), line, column},
                          std::string("malformed XML property list: ") + result.description());
        return std::nullopt;
    }
    XmlPlistParser parser(data, path, diagnostics);
    for (auto node : doc.children()) {
        // Apple's DOCTYPE names an external DTD, which is never fetched. An internal subset is where entities are
        // declared (including the billion-laughs kind), and property lists never have one.
        if (node.type() == pugi::node_doctype && std::string_view(node.value()).find('[') != std::string_view::npos) {
            parser.error(node, "the DOCTYPE has an internal subset ([...], where entities are declared); property "
                               "lists have none, and appexguard processes no DTD");
            return std::nullopt;
        }
    }
    pugi::xml_node plist = doc.document_element();
    if (std::string_view(plist.name()) != "plist") {
        if (!plist) {
            diagnostics.error({std::string(path), 1, 1}, "empty file; expected an XML property list");
        } else {
            parser.error(plist, "the root element is <" + std::string(plist.name()) + ">, expected <plist>");
        }
        return std::nullopt;
    }
    pugi::xml_node root;
    for (auto child : plist.children()) {
        if (child.type() == pugi::node_element) {
            if (root) {
                parser.error(child, "<plist> holds more than one value");
                break;
            }
            root = child;
        }
    }
    if (!root) {
        parser.error(plist, "<plist> is empty");
        return std::nullopt;
    }
    model::PlistValue value = parser.value(root, 0);
    if (parser.failed()) {
        return std::nullopt;
    }
    return value;
}

} // namespace axg::load
