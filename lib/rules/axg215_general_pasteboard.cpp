// AXG215 general-pasteboard: the general pasteboard used for app <-> extension data. Every app can
// read it, Universal Clipboard copies it to other devices, and it persists (MASTG-KNOW-0083).

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    for (const auto& [id, channel] : ctx.model.contract.channels) {
        if (channel.transport != model::Transport::GeneralPasteboard) {
            continue;
        }
        out.add(model::channel_target(id), channel.at("transport"),
                "channel \"" + id + "\" passes data through the general pasteboard, which every app can read",
                "use an app-group file or a named pasteboard of the team; if the user copies on purpose, set "
                "localOnly and an expirationDate");
    }
}
} // namespace

const Rule k_axg215{"AXG215",
                    "general-pasteboard",
                    model::Severity::Medium,
                    "explicit-channels",
                    "The general pasteboard used as an app-extension channel",
                    &run};

} // namespace axg::rules
