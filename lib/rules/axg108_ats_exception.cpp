// AXG108 ats-exception: App Transport Security turned off or weakened in a component's
// Info.plist: arbitrary loads, insecure HTTP exception domains, or TLS below 1.2.

#include <array>

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
constexpr std::array<std::string_view, 3> k_arbitrary = {"NSAllowsArbitraryLoads", "NSAllowsArbitraryLoadsForMedia",
                                                         "NSAllowsArbitraryLoadsInWebContent"};

const model::PlistValue* either(const model::PlistValue& dict, std::string_view key, std::string_view temporary) {
    const model::PlistValue* v = dict.find(key);
    return v ? v : dict.find(temporary);
}

void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        for (const auto& [id, manifests] : view.components) {
            if (!manifests.info_plist) {
                continue;
            }
            const model::PlistValue* ats = manifests.info_plist->root.find("NSAppTransportSecurity");
            if (!ats) {
                continue;
            }
            const std::string& path = manifests.info_plist->path;
            for (std::string_view key : k_arbitrary) {
                if (const model::PlistValue* v = ats->find(key); v && v->is_true()) {
                    out.add(view, model::component_target(id), v->location,
                            "\"" + id + "\" sets " + std::string(key) +
                                ": App Transport Security no longer requires "
                                "TLS for those loads",
                            "remove " + std::string(key) + " from " + path +
                                " and add a narrow NSExceptionDomains entry only where a server cannot use TLS");
                }
            }
            const model::PlistValue* domains = ats->find("NSExceptionDomains");
            for (const auto& entry : domains ? domains->dict : std::vector<model::PlistEntry>{}) {
                const model::PlistValue& d = entry.value;
                if (const auto* v =
                        either(d, "NSExceptionAllowsInsecureHTTPLoads", "NSTemporaryExceptionAllowsInsecureHTTPLoads");
                    v && v->is_true()) {
                    out.add(view, model::component_target(id), v->location,
                            "\"" + id + "\" allows cleartext HTTP to " + entry.key,
                            "serve " + entry.key + " over HTTPS and remove the exception from " + path);
                }
                if (const auto* v = either(d, "NSExceptionMinimumTLSVersion", "NSTemporaryExceptionMinimumTLSVersion");
                    v && v->is_string() && (v->string == "TLSv1.0" || v->string == "TLSv1.1")) {
                    out.add(view, model::component_target(id), v->location,
                            "\"" + id + "\" accepts " + v->string + " for " + entry.key + ", below TLS 1.2",
                            "remove NSExceptionMinimumTLSVersion for " + entry.key + " from " + path +
                                " (the default is TLS 1.2)");
                }
            }
        }
    }
}
} // namespace

const Rule k_axg108{"AXG108",
                    "ats-exception",
                    model::Severity::Medium,
                    "encryption",
                    "App Transport Security disabled or weakened (arbitrary loads, HTTP, TLS < 1.2)",
                    &run};

} // namespace axg::rules
