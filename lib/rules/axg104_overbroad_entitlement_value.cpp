// AXG104 overbroad-entitlement-value: a wildcard in an app group, keychain group or associated
// domain grants every group or domain that matches it, more than any declared store or channel uses.

#include <array>
#include <set>

#include "model/entitlements.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
namespace ent = model::entitlement;

constexpr std::array<std::string_view, 3> k_keys = {ent::k_app_groups, ent::k_keychain_groups,
                                                    ent::k_associated_domains};

// "applinks:*.example.com?mode=developer" -> "*.example.com"
std::string domain_of(const std::string& value) {
    auto colon = value.find(':');
    std::string domain = colon == std::string::npos ? value : value.substr(colon + 1);
    return domain.substr(0, domain.find('?'));
}

void run(const RuleContext& ctx, Findings& out) {
    std::set<std::string> declared_domains; // a wildcard the contract declares on purpose
    for (const auto& [id, channel] : ctx.model.contract.channels) {
        if (channel.transport == model::Transport::UniversalLink) {
            for (const auto& domain : channel.domain.values()) {
                declared_domains.insert(domain);
            }
        }
    }
    for (const auto& view : ctx.model.configurations) {
        for (const auto& [id, manifests] : view.components) {
            for (std::string_view key : k_keys) {
                for (const model::PlistValue* v : ent::values(manifests, key)) {
                    if (v->string.find('*') == std::string::npos) {
                        continue;
                    }
                    if (key == ent::k_associated_domains && declared_domains.count(domain_of(v->string))) {
                        continue;
                    }
                    out.add(view, model::component_target(id), v->location,
                            "\"" + id + "\" holds the wildcard \"" + v->string + "\" in " + std::string(key) +
                                ", which grants everything it matches, not only what the contract declares",
                            "replace it in " + manifests.entitlements->path +
                                " with the exact values the contract's stores and channels use");
                }
            }
        }
    }
}
} // namespace

const Rule k_axg104{"AXG104",
                    "overbroad-entitlement-value",
                    model::Severity::High,
                    "least-privilege",
                    "A wildcard app group, keychain group or associated domain",
                    &run};

} // namespace axg::rules
