// AXG106 keyboard-open-access: a custom keyboard asks for open access (network, writing the
// shared container, and the user's "Allow Full Access" warning) while no declared channel needs it;
// or the contract's `open_access` disagrees with the Info.plist's RequestsOpenAccess, so that the
// model (read-only membership, the blast radius) describes another keyboard than the one that ships.

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
constexpr std::string_view k_keyboard = "com.apple.keyboard-service";

bool needs_open_access(const model::Contract& contract, const std::string& keyboard) {
    for (const auto& [id, channel] : contract.channels) {
        if (channel.from != keyboard) {
            continue;
        }
        for (const auto& to : channel.to) {
            if (to == "@web") {
                return true; // network
            }
        }
        if (const model::Store* store = contract.store(channel.store); store && model::is_writer(*store, keyboard)) {
            return true; // writing the shared container or keychain
        }
    }
    return false;
}

void run(const RuleContext& ctx, Findings& out) {
    for (const auto& view : ctx.model.configurations) {
        for (const auto& [id, manifests] : view.components) {
            const model::Component* component = ctx.model.contract.component(id);
            if (!component || component->extension_point != k_keyboard || !manifests.info_plist) {
                continue;
            }
            const model::PlistValue* open =
                model::extension_attribute(manifests.info_plist->root, "RequestsOpenAccess");
            bool requests = open && open->is_true();
            if (requests != component->open_access) {
                out.add(view, model::component_target(id),
                        component->open_access ? component->at("open_access") : open->location,
                        "keyboard \"" + id +
                            "\" is declared with open_access = " + (component->open_access ? "true" : "false") +
                            ", but its Info.plist " + (requests ? "requests" : "does not request") +
                            " open access (RequestsOpenAccess): the contract " +
                            (requests ? "treats it as a read-only member of its groups, yet it can write them"
                                      : "lets it write its groups, yet the OS will not"),
                        std::string("make them agree: ") +
                            (requests ? "set open_access = true on the component, or RequestsOpenAccess to false in "
                                      : "remove open_access from the component, or set RequestsOpenAccess in ") +
                            manifests.info_plist->path);
                continue;
            }
            if (!requests || needs_open_access(ctx.model.contract, id)) {
                continue;
            }
            out.add(view, model::component_target(id), open->location,
                    "keyboard \"" + id +
                        "\" requests open access, but no declared channel sends to the network or "
                        "writes a store from it",
                    "set RequestsOpenAccess to false in " + manifests.info_plist->path +
                        ", or declare the channel that needs it");
        }
    }
}
} // namespace

const Rule k_axg106{"AXG106",
                    "keyboard-open-access",
                    model::Severity::High,
                    "least-privilege",
                    "A keyboard requests open access that no declared channel needs",
                    &run};

} // namespace axg::rules
