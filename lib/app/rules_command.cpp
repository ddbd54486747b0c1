#include "app/rules_command.hpp"

#include <algorithm>
#include <cstdio>

#include "app/exit_codes.hpp"
#include "rules/registry.hpp"
#include "util/embedded.hpp"
#include "util/text.hpp"

namespace axg::app {

namespace {
std::string pad(std::string_view text, std::size_t width) {
    std::string out(text);
    out.resize(std::max(width, text.size()), ' ');
    return out;
}
} // namespace

std::string rules_markdown_table() {
    std::string out = "| ID | slug | severity | layer | what it finds |\n|---|---|---|---|---|\n";
    for (const rules::Rule* rule : rules::registry()) {
        out += "| [" + std::string(rule->id) + "](" + std::string(rule->id) + ".md) | " + std::string(rule->slug) +
               " | " + std::string(model::severity_name(rule->severity)) + " | " + std::string(rule->layer) + " | " +
               std::string(rule->summary) + " |\n";
    }
    return out;
}

int run_rules_list(const RulesListOptions& options, std::ostream& out, std::ostream&) {
    if (options.format == "markdown") {
        out << rules_markdown_table();
        return k_exit_clean;
    }
    std::size_t slug_width = 0;
    std::size_t layer_width = 0;
    for (const rules::Rule* rule : rules::registry()) {
        slug_width = std::max(slug_width, rule->slug.size());
        layer_width = std::max(layer_width, rule->layer.size());
    }
    for (const rules::Rule* rule : rules::registry()) {
        out << rule->id << "  " << pad(rule->slug, slug_width) << "  " << pad(model::severity_name(rule->severity), 8)
            << "  " << pad(rule->layer, layer_width) << "  " << rule->summary << '\n';
    }
    return k_exit_clean;
}

int run_rules_explain(const std::string& rule_id, std::ostream& out, std::ostream& err) {
    std::string id = rule_id;
    std::transform(id.begin(), id.end(), id.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    const rules::Rule* rule = rules::find_rule(id);
    if (!rule) {
        // A slug works too: `rules explain unused-app-group`.
        for (const rules::Rule* r : rules::registry()) {
            if (r->slug == rule_id) {
                rule = r;
            }
        }
    }
    auto doc = util::find_embedded("docs/rules/" + (rule ? std::string(rule->id) : id) + ".md");
    if (!doc) {
        err << "appexguard: error: no rule \"" << util::printable(rule_id)
            << "\"; `appexguard rules list` shows the catalog\n";
        return k_exit_input;
    }
    out << *doc;
    return k_exit_clean;
}

} // namespace axg::app
