// AXG103 missing-entitlement: the contract says a component uses a store or receives a channel,
// but its manifests lack what the OS needs for it (the app group, keychain group, associated
// domain or URL scheme): the channel would fail at run time, or the contract is wrong.

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "model/entitlements.hpp"
#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
using model::entitlement::values;

bool holds(const std::vector<const model::PlistValue*>& list, std::string_view wanted) {
    return std::any_of(list.begin(), list.end(), [&](const model::PlistValue* v) { return v->string == wanted; });
}

std::string where(const model::ComponentManifests& m) {
    return m.entitlements ? m.entitlements->path
                          : std::string("its entitlements (the component has no entitlements file)");
}

void stores(const RuleContext& ctx, const model::ConfigurationView& view, Findings& out) {
    for (const auto& [store_id, store] : ctx.model.contract.stores) {
        const std::string& identifier = view.store_identifier(store_id);
        if (store.kind == model::StoreKind::Pasteboard || !view.has_store(store_id)) {
            continue; // named pasteboards need no entitlement; a store absent from this configuration none here
        }
        for (const auto& member : store.members) {
            const model::ComponentManifests* m = view.component(member);
            if (!m) {
                continue;
            }
            auto groups = values(*m, model::entitlement::k_app_groups);
            bool ok = holds(groups, identifier);
            std::string key(model::entitlement::k_app_groups);
            if (store.kind == model::StoreKind::KeychainGroup) {
                ok = ok || holds(values(*m, model::entitlement::k_keychain_groups), identifier);
                key = model::entitlement::k_keychain_groups;
            }
            if (ok) {
                continue;
            }
            auto& f = out.add(view, model::store_target(store_id), store.at("members"),
                              "store \"" + store_id + "\" lists \"" + member + "\" as a member, but " + where(*m) +
                                  " does not hold \"" + identifier + "\" in " + key,
                              "add \"" + identifier + "\" to " + key + " of \"" + member + "\", or remove \"" + member +
                                  "\" from the store's members");
            if (m->entitlements) {
                f.related.push_back({m->entitlements->path, 0, 0});
            }
        }
    }
}

// A receiver's associated domains and URL schemes as sets, built once per receiver and configuration: the app of
// a monorepo receives thousands of channels and declares thousands of schemes.
class ReceiverValues {
public:
    bool has_domain(const model::ComponentManifests& m, const std::string& wanted) {
        return of(m_domains, m, [&] { return values(m, model::entitlement::k_associated_domains); }).count(wanted) != 0;
    }
    bool has_scheme(const model::ComponentManifests& m, const std::string& wanted) {
        return of(m_schemes, m, [&] { return model::url_schemes_of(m.info_plist->root); }).count(wanted) != 0;
    }

private:
    using Set = std::unordered_set<std::string_view>;
    template <typename List>
    static const Set& of(std::unordered_map<const model::ComponentManifests*, Set>& cache,
                         const model::ComponentManifests& m, List list) {
        auto [it, added] = cache.try_emplace(&m);
        if (added) {
            for (const model::PlistValue* v : list()) {
                it->second.insert(v->string);
            }
        }
        return it->second;
    }
    std::unordered_map<const model::ComponentManifests*, Set> m_domains;
    std::unordered_map<const model::ComponentManifests*, Set> m_schemes;
};

void channels(const RuleContext& ctx, const model::ConfigurationView& view, Findings& out) {
    ReceiverValues receivers;
    for (const auto& [channel_id, channel] : ctx.model.contract.channels) {
        for (const auto& receiver : channel.to) {
            const model::ComponentManifests* m = view.component(receiver);
            if (!m) {
                continue;
            }
            const std::string& domain = channel.domain.for_configuration(view.name);
            const std::string& scheme = channel.scheme.for_configuration(view.name);
            if (channel.transport == model::Transport::UniversalLink && !domain.empty()) {
                std::string wanted = "applinks:" + domain;
                if (!receivers.has_domain(*m, wanted)) {
                    out.add(view, model::channel_target(channel_id), channel.at("domain"),
                            "channel \"" + channel_id + "\" delivers universal links for " + domain + " to \"" +
                                receiver + "\", but " + where(*m) + " does not hold \"" + wanted + "\"",
                            "add \"" + wanted + "\" to com.apple.developer.associated-domains of \"" + receiver + "\"");
                }
            }
            if (channel.transport == model::Transport::UrlScheme && !scheme.empty() && m->info_plist) {
                if (!receivers.has_scheme(*m, scheme)) {
                    out.add(view, model::channel_target(channel_id), channel.at("scheme"),
                            "channel \"" + channel_id + "\" opens \"" + receiver + "\" with the URL scheme \"" +
                                scheme + "\", but " + m->info_plist->path + " does not declare it in CFBundleURLTypes",
                            "add \"" + scheme + "\" to CFBundleURLSchemes of \"" + receiver +
                                "\", or correct the channel's scheme");
                }
            }
        }
    }
}

void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        stores(ctx, view, out);
        channels(ctx, view, out);
    }
}
} // namespace

const Rule k_axg103{"AXG103",
                    "missing-entitlement",
                    model::Severity::High,
                    "least-privilege",
                    "A declared store or channel that the component's manifests do not enable",
                    &run};

} // namespace axg::rules
