// AXG109 undeclared-url-scheme: a CFBundleURLSchemes entry that no url-scheme channel declares.
// Any app or web page can open a URL scheme, so each one is an IPC surface to declare and vet.

#include <set>
#include <utility>

#include "model/queries.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        std::set<std::pair<std::string, std::string>> declared; // (receiver, scheme in lower case) in this view
        for (const auto& [id, channel] : ctx.model.contract.channels) {
            if (channel.transport == model::Transport::UrlScheme) {
                for (const auto& to : channel.to) {
                    declared.emplace(to, util::to_lower(channel.scheme.for_configuration(view.name)));
                }
            }
        }
        for (const auto& [id, manifests] : view.components) {
            if (!manifests.info_plist) {
                continue;
            }
            for (const model::PlistValue* scheme : model::url_schemes_of(manifests.info_plist->root)) {
                if (!scheme->unresolved.empty() || declared.count({id, util::to_lower(scheme->string)})) {
                    continue;
                }
                out.add(view, model::component_target(id), scheme->location,
                        "\"" + id + "\" registers the URL scheme \"" + util::printable(scheme->string) +
                            "\", which no url-scheme channel declares: any app can send it URLs",
                        "declare a channel with transport = \"url-scheme\", scheme = \"" +
                            util::printable(scheme->string) + "\" and to = [\"" + id +
                            "\"], or remove the scheme from " + manifests.info_plist->path);
            }
        }
    }
}
} // namespace

const Rule k_axg109{"AXG109",
                    "undeclared-url-scheme",
                    model::Severity::Medium,
                    "explicit-channels",
                    "A registered URL scheme that no channel declares",
                    &run};

} // namespace axg::rules
