#pragma once
// Mustache templates for the Markdown and HTML reports (templates/*.mustache, compiled in),
// which users override with `--templates DIR`. Rendered with mstch; every {{value}} goes
// through the format's escaper, so nothing from the contract becomes markup.

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include <mstch/mstch.hpp>

#include "util/diagnostics.hpp"

namespace axg::report {

inline constexpr std::string_view k_html_template = "report.html.mustache";
inline constexpr std::string_view k_markdown_template = "comment.md.mustache";

enum class TemplateEscape { Html, Markdown };

// A template's text and where it came from ("built-in templates/NAME" or the override file).
struct Template {
    std::string name;
    std::string origin;
    std::string text;
    std::set<std::string, std::less<>> names; // every tag name it uses (and the first part of a dotted one)
    bool mentions(std::string_view tag) const { return names.find(tag) != names.end(); }
};

// `name` from `override_dir` when that directory holds it, else the built-in one. An override
// directory that does not exist, or a malformed template, is a diagnostic (with line:column).
std::optional<Template> load_template(std::string_view name, const std::string& override_dir,
                                      util::Diagnostics& diagnostics);

// Checks Mustache syntax: terminated tags, non-empty names, balanced sections. With `names`, adds every tag name
// used (comments and delimiter changes aside), and the first part of a dotted one.
bool validate_template(std::string_view text, const std::string& path, util::Diagnostics& diagnostics,
                       std::set<std::string, std::less<>>* names = nullptr);

std::string render_template(const Template& tmpl, const mstch::node& context, TemplateEscape escape);

} // namespace axg::report
