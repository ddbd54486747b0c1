#include "load/xcode/workspace.hpp"

#include <algorithm>
#include <string>

#include <pugixml.hpp>

#include "util/file.hpp"

namespace axg::load {

namespace fs = std::filesystem;

namespace {

constexpr int k_max_group_depth = 64;
constexpr std::string_view k_contents = "contents.xcworkspacedata";

util::SourceLocation locate(std::string_view text, std::ptrdiff_t offset, const std::string& file) {
    if (offset < 0) {
        return {file, 0, 0};
    }
    auto end = text.begin() + std::min<std::ptrdiff_t>(offset, static_cast<std::ptrdiff_t>(text.size()));
    auto line = static_cast<std::uint32_t>(std::count(text.begin(), end, '\n') + 1);
    auto last = std::string_view(text.data(), static_cast<std::size_t>(end - text.begin())).rfind('\n');
    auto column = static_cast<std::uint32_t>(last == std::string_view::npos ? (end - text.begin()) + 1
                                                                            : (end - text.begin()) - last);
    return {file, line, column};
}

class Reader {
public:
    Reader(std::string_view text, const fs::path& bundle, util::Diagnostics& diagnostics)
        : m_text(text), m_bundle(bundle.lexically_normal()), m_file((m_bundle / k_contents).generic_string()),
          m_diagnostics(diagnostics) {
        m_container = m_bundle.parent_path();
    }

    std::optional<Workspace> read() {
        pugi::xml_document doc;
        pugi::xml_parse_result result =
            doc.load_buffer(m_text.data(), m_text.size(), pugi::parse_default, pugi::encoding_utf8);
        if (!result) {
            m_diagnostics.error(locate(m_text, result.offset, m_file), std::string(result.description()));
            return std::nullopt;
        }
        pugi::xml_node root = doc.document_element();
        if (std::string_view(root.name()) != "Workspace") {
            m_diagnostics.error(locate(m_text, root.offset_debug(), m_file), "not a workspace: no <Workspace> element");
            return std::nullopt;
        }
        Workspace out;
        out.path = bundle_path();
        walk(root, m_container, out, 0);
        return out;
    }

private:
    const fs::path& bundle_path() const { return m_bundle; }

    // A location made into a path; nullopt for kinds that do not name a file in the tree.
    std::optional<fs::path> resolve(std::string_view location, const fs::path& group) const {
        auto colon = location.find(':');
        if (colon == std::string_view::npos) {
            return std::nullopt;
        }
        std::string_view kind = location.substr(0, colon);
        fs::path rest{std::string(location.substr(colon + 1))};
        if (kind == "group") {
            return (group / rest).lexically_normal();
        }
        if (kind == "container") {
            return (m_container / rest).lexically_normal();
        }
        if (kind == "absolute") {
            return rest.lexically_normal();
        }
        if (kind == "self") {
            // An embedded workspace (X.xcodeproj/project.xcworkspace) lists its own project as "self:".
            if (m_container.extension() == ".xcodeproj" && rest.empty()) {
                return m_container;
            }
            return (m_container / rest).lexically_normal();
        }
        return std::nullopt;
    }

    void walk(const pugi::xml_node& node, const fs::path& group, Workspace& out, int depth) {
        if (depth > k_max_group_depth) {
            m_diagnostics.error(locate(m_text, node.offset_debug(), m_file), "groups nested too deeply");
            return;
        }
        for (pugi::xml_node child : node.children()) {
            std::string_view name = child.name();
            std::optional<fs::path> path = resolve(child.attribute("location").value(), group);
            if (name == "Group") {
                walk(child, path.value_or(group), out, depth + 1);
            } else if (name == "FileRef" && path && path->extension() == ".xcodeproj" &&
                       std::find(out.projects.begin(), out.projects.end(), *path) == out.projects.end()) {
                out.projects.push_back(*path);
            }
        }
    }

    std::string_view m_text;
    fs::path m_bundle;
    util::FileName m_file;
    fs::path m_container;
    util::Diagnostics& m_diagnostics;
};

} // namespace

std::optional<Workspace> parse_workspace(std::string_view xml, const fs::path& bundle, util::Diagnostics& diagnostics) {
    return Reader(xml, bundle, diagnostics).read();
}

std::optional<Workspace> load_workspace(const fs::path& bundle, util::Diagnostics& diagnostics) {
    fs::path dir = bundle.filename() == k_contents ? bundle.parent_path() : bundle;
    fs::path file = dir / k_contents;
    util::ReadResult read = util::read_file(file);
    if (!read.text) {
        diagnostics.error({file.generic_string(), 0, 0}, "cannot read the workspace: " + read.error);
        return std::nullopt;
    }
    return parse_workspace(*read.text, dir, diagnostics);
}

} // namespace axg::load
