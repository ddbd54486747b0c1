// AXG110 undeclared-associated-domain: an applinks: domain in a component's entitlements that no
// universal-link channel delivers to it. Each one lets a web page hand the component a URL.

#include <set>
#include <utility>

#include "model/entitlements.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::rules {

namespace {
constexpr std::string_view k_applinks = "applinks:";

void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        std::set<std::pair<std::string, std::string>> declared; // (receiver, domain) in this view
        for (const auto& [id, channel] : ctx.model.contract.channels) {
            if (channel.transport == model::Transport::UniversalLink) {
                for (const auto& to : channel.to) {
                    declared.emplace(to, util::to_lower(channel.domain.for_configuration(view.name)));
                }
            }
        }
        for (const auto& [id, manifests] : view.components) {
            for (const model::PlistValue* v :
                 model::entitlement::values(manifests, model::entitlement::k_associated_domains)) {
                if (!v->unresolved.empty() || !v->string.starts_with(k_applinks)) {
                    continue; // webcredentials: and activitycontinuation: deliver no data to the app
                }
                std::string domain = v->string.substr(k_applinks.size());
                domain = util::to_lower(domain.substr(0, domain.find('?')));
                if (declared.count({id, domain})) {
                    continue;
                }
                out.add(view, model::component_target(id), v->location,
                        "\"" + id + "\" claims universal links for " + util::printable(domain) +
                            ", but no universal-link channel delivers them to it",
                        "declare a channel with transport = \"universal-link\", domain = \"" + util::printable(domain) +
                            "\" and to = [\"" + id + "\"], or remove the domain from " + manifests.entitlements->path);
            }
        }
    }
}
} // namespace

const Rule k_axg110{"AXG110",
                    "undeclared-associated-domain",
                    model::Severity::Medium,
                    "explicit-channels",
                    "An applinks: domain that no universal-link channel declares",
                    &run};

} // namespace axg::rules
