// XML property lists via pugixml, with positions computed from pugixml's node offsets.

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <vector>

#include <pugixml.hpp>

#include "load/plist/plist_reader.hpp"
#include "util/text.hpp"

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
            error(node, "property list nested deeper than " + std::to_string(k_max_plist_depth) + " levels");
            return v;
        }
        std::string_view name = node.name();
        if (name == "string") {
            v.type = PlistValue::Type::String;
            v.string = node.child_value();
        } else if (name == "true" || name == "false") {
            v.type = PlistValue::Type::Bool;
            v.boolean = name == "true";
        } else if (name == "integer") {
            v.type = PlistValue::Type::Integer;
            std::string_view text = util::trim(node.child_value());
            auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v.integer);
            if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()) {
                error(node, "<integer> holds \"" + std::string(text) + "\", which is not an integer");
            }
        } else if (name == "real") {
            v.type = PlistValue::Type::Real;
            std::string text(util::trim(node.child_value()));
            char* end = nullptr;
            v.real = std::strtod(text.c_str(), &end);
            if (text.empty() || end != text.c_str() + text.size()) {
                error(node, "<real> holds \"" + text + "\", which is not a number");
            }
        } else if (name == "date") {
            v.type = PlistValue::Type::Date;
            v.string = std::string(util::trim(node.child_value()));
        } else if (name == "data") {
            v.type = PlistValue::Type::Data;
            for (char c : std::string_view(node.child_value())) {
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
        for (auto child : node.children()) {
            if (child.type() != pugi::node_element) {
                continue;
            }
            if (std::string_view(child.name()) == "key") {
                if (pending_key) {
                    error(pending_key, "<key>" + std::string(pending_key.child_value()) + "</key> has no value");
                }
                pending_key = child;
                continue;
            }
            if (!pending_key) {
                error(child, "<" + std::string(child.name()) + "> in a <dict> is not preceded by a <key>");
                continue;
            }
            PlistEntry entry;
            entry.key = pending_key.child_value();
            entry.key_location = locate(pending_key);
            entry.value = value(child, depth + 1);
            out.dict.push_back(std::move(entry));
            pending_key = pugi::xml_node();
        }
        if (pending_key) {
            error(pending_key, "<key>" + std::string(pending_key.child_value()) + "</key> has no value");
        }
    }

    std::string m_path;
    LineIndex m_lines;
    util::Diagnostics& m_diagnostics;
    bool m_failed = false;
};

} // namespace

std::optional<model::PlistValue> parse_xml_plist(std::string_view data, std::string_view path,
                                                 util::Diagnostics& diagnostics) {
    pugi::xml_document doc;
    // No DTD processing: pugixml never expands external or custom entities.
    auto result = doc.load_buffer(data.data(), data.size(), pugi::parse_default, pugi::encoding_utf8);
    LineIndex lines(data);
    if (!result) {
        auto [line, column] = lines.at(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, result.offset)));
        diagnostics.error({std::string(path), line, column},
                          std::string("malformed XML property list: ") + result.description());
        return std::nullopt;
    }
    XmlPlistParser parser(data, path, diagnostics);
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
