#include "report/templates.hpp"

#include <filesystem>
#include <vector>

#include "util/embedded.hpp"
#include "util/escape.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

namespace axg::report {

namespace {
util::SourceLocation location_at(std::string_view text, std::size_t offset, const std::string& path) {
    util::SourceLocation loc{path, 1, 1};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++loc.line;
            loc.column = 1;
        } else {
            ++loc.column;
        }
    }
    return loc;
}

// Restores mstch's global escaper when rendering ends, also by exception.
class EscapeScope {
public:
    explicit EscapeScope(std::function<std::string(const std::string&)> escape) : m_saved(mstch::config::escape) {
        mstch::config::escape = std::move(escape);
    }
    ~EscapeScope() { mstch::config::escape = m_saved; }
    EscapeScope(const EscapeScope&) = delete;
    EscapeScope& operator=(const EscapeScope&) = delete;

private:
    std::function<std::string(const std::string&)> m_saved;
};
} // namespace

bool validate_template(std::string_view text, const std::string& path, util::Diagnostics& diagnostics,
                       std::set<std::string, std::less<>>* names) {
    std::string open = "{{";
    std::string close = "}}";
    struct Section {
        std::string name;
        std::size_t offset;
    };
    std::vector<Section> sections;
    std::size_t errors = diagnostics.size();
    std::size_t pos = 0;
    while ((pos = text.find(open, pos)) != std::string_view::npos) {
        std::size_t start = pos;
        std::size_t inner = pos + open.size();
        std::string this_close = close;
        if (open == "{{" && inner < text.size() && text[inner] == '{') {
            this_close = "}}}";
            ++inner;
        }
        std::size_t end = text.find(this_close, inner);
        if (end == std::string_view::npos) {
            diagnostics.error(location_at(text, start, path),
                              "unterminated Mustache tag: no closing '" + this_close + "'");
            break;
        }
        std::string tag(util::trim(text.substr(inner, end - inner)));
        pos = end + this_close.size();
        char sigil = tag.empty() ? '\0' : tag[0];
        std::string name = (sigil == '#' || sigil == '^' || sigil == '/' || sigil == '&' || sigil == '>' ||
                            sigil == '!' || sigil == '=')
                               ? std::string(util::trim(std::string_view(tag).substr(1)))
                               : tag;
        if (sigil == '!') {
            continue;
        }
        if (sigil == '=') {
            // {{=<% %>=}}: new delimiters, separated by whitespace.
            if (name.size() < 1 || name.back() != '=') {
                diagnostics.error(location_at(text, start, path), "malformed delimiter change: '{{" + tag + "}}'");
                break;
            }
            std::string spec(util::trim(std::string_view(name).substr(0, name.size() - 1)));
            auto space = spec.find_first_of(" \t");
            if (space == std::string::npos) {
                diagnostics.error(location_at(text, start, path), "malformed delimiter change: '{{" + tag + "}}'");
                break;
            }
            open = spec.substr(0, space);
            close = std::string(util::trim(std::string_view(spec).substr(space)));
            continue;
        }
        if (name.empty()) {
            diagnostics.error(location_at(text, start, path), "empty Mustache tag");
            continue;
        }
        if (names) {
            names->insert(name);
            names->insert(name.substr(0, name.find('.')));
        }
        if (sigil == '#' || sigil == '^') {
            sections.push_back({name, start});
        } else if (sigil == '/') {
            if (sections.empty()) {
                diagnostics.error(location_at(text, start, path), "'{{/" + name + "}}' closes no open section");
            } else if (sections.back().name != name) {
                diagnostics.error(location_at(text, start, path),
                                  "'{{/" + name + "}}' closes section '" + sections.back().name + "', opened at line " +
                                      std::to_string(location_at(text, sections.back().offset, path).line));
                sections.pop_back();
            } else {
                sections.pop_back();
            }
        }
    }
    for (const auto& s : sections) {
        diagnostics.error(location_at(text, s.offset, path), "section '" + s.name + "' is never closed");
    }
    return diagnostics.size() == errors;
}

std::optional<Template> load_template(std::string_view name, const std::string& override_dir,
                                      util::Diagnostics& diagnostics) {
    namespace fs = std::filesystem;
    Template tmpl;
    tmpl.name = std::string(name);
    if (!override_dir.empty()) {
        std::error_code ec;
        if (!fs::is_directory(override_dir, ec)) {
            diagnostics.error({override_dir, 0, 0}, "--templates: no such directory");
            return std::nullopt;
        }
        fs::path path = fs::path(override_dir) / std::string(name);
        if (fs::exists(path, ec)) {
            util::ReadResult read = util::read_file(path);
            if (!read.text) {
                diagnostics.error({path.string(), 0, 0}, read.error);
                return std::nullopt;
            }
            tmpl.origin = path.string();
            tmpl.text = std::move(*read.text);
        }
    }
    if (tmpl.origin.empty()) {
        auto built_in = util::find_embedded("templates/" + std::string(name));
        if (!built_in) {
            diagnostics.error({"templates/" + std::string(name), 0, 0}, "no built-in template of this name");
            return std::nullopt;
        }
        tmpl.origin = "templates/" + std::string(name);
        tmpl.text = std::string(*built_in);
    }
    if (!validate_template(tmpl.text, tmpl.origin, diagnostics, &tmpl.names)) {
        return std::nullopt;
    }
    return tmpl;
}

std::string render_template(const Template& tmpl, const mstch::node& context, TemplateEscape escape) {
    EscapeScope scope(escape == TemplateEscape::Html ? std::function<std::string(const std::string&)>(
                                                           [](const std::string& s) { return util::escape_html(s); })
                                                     : [](const std::string& s) { return util::escape_markdown(s); });
    return mstch::render(tmpl.text, context);
}

} // namespace axg::report
