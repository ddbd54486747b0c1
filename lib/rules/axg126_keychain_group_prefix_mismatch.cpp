// AXG126 keychain-group-prefix-mismatch: two components of one project name the same keychain access group under
// different 10-character prefixes (a legacy App ID prefix vs the team id: ABCDE12345.com.x.shared vs
// XYZ9876543.com.x.shared, after $(AppIdentifierPrefix) is expanded). The prefix is part of the group's name, so these
// are two groups: what one component writes, the other never finds.

#include <map>
#include <set>
#include <vector>

#include "model/entitlements.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::rules {

namespace {

struct Use {
    std::string component;
    std::string prefix;
    const model::PlistValue* value;
    std::string file;
};

// "ABCDE12345" of "ABCDE12345.com.x.shared": ten upper-case letters or digits, as Apple issues team ids and App ID
// prefixes (Bundle Seed IDs).
std::string_view seed_prefix(std::string_view group) {
    if (group.size() < 12 || group[10] != '.') {
        return {};
    }
    for (char c : group.substr(0, 10)) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            return {};
        }
    }
    return group.substr(0, 10);
}

std::string app_id_prefix(const model::Project& project) {
    return project.app_id_prefix.empty() ? project.team_id : project.app_id_prefix;
}

void report(const model::ConfigurationView& view, const std::string& project_prefix, const std::string& rest,
            const std::vector<Use>& uses, Findings& out) {
    std::set<std::string> prefixes;
    for (const auto& u : uses) {
        prefixes.insert(u.prefix);
    }
    if (prefixes.size() < 2) {
        return;
    }
    // At the first use whose prefix is not the project's (the odd one out), else at the first use of another prefix
    // than the first component's.
    const std::string& expected = prefixes.count(project_prefix) ? project_prefix : uses.front().prefix;
    const Use* at = nullptr;
    std::vector<std::string> parts;
    for (const auto& u : uses) {
        if (!at && u.prefix != expected) {
            at = &u;
        }
        parts.push_back("\"" + u.value->string + "\" in \"" + u.component + "\"");
    }
    auto& f = out.add(view, model::component_target(at->component), at->value->location,
                      "the keychain access group \"" + rest + "\" is entitled under " +
                          std::to_string(prefixes.size()) + " prefixes (" + util::join(parts, ", ") +
                          "): these are different groups, so items one component writes are invisible to the other",
                      "write the group as \"$(AppIdentifierPrefix)" + rest + "\" in " + at->file +
                          " so that every component uses the same App ID prefix (" + expected +
                          "); an App ID registered with a legacy prefix cannot share a group with the team prefix");
    for (const auto& u : uses) {
        if (&u != at) {
            f.related.push_back(u.value->location);
        }
    }
}

void run(const RuleContext& ctx, Findings& out) {
    const std::string expected = app_id_prefix(ctx.model.contract.project);
    for (const auto& view : ctx.model.configurations) {
        std::map<std::string, std::vector<Use>> by_rest; // the group without its prefix -> its uses, by component id
        for (const auto& [id, manifests] : view.components) {
            for (const model::PlistValue* v :
                 model::entitlement::values(manifests, model::entitlement::k_keychain_groups)) {
                std::string_view prefix = seed_prefix(v->string);
                if (prefix.empty() || !v->unresolved.empty()) {
                    continue; // no literal prefix to compare (an unexpanded $(AppIdentifierPrefix) is AXG113's)
                }
                by_rest[v->string.substr(11)].push_back({id, std::string(prefix), v, manifests.entitlements->path});
            }
        }
        for (const auto& [rest, uses] : by_rest) {
            report(view, expected, rest, uses, out);
        }
    }
}

} // namespace

const Rule k_axg126{"AXG126",
                    "keychain-group-prefix-mismatch",
                    model::Severity::Medium,
                    "explicit-channels",
                    "One keychain access group entitled under different team or App ID prefixes",
                    &run};

} // namespace axg::rules
