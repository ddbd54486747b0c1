// AXG304 sensitive-field-on-weaker-channel: a schema field is classified higher than the channel
// that carries it, so every control chosen for the channel's declared class is too weak for it.

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, channel] : contract.channels) {
        const model::Schema* schema = contract.schema(channel.schema);
        if (!schema) {
            continue;
        }
        for (const auto& field : schema->fields) {
            if (field.classification <= channel.classification) {
                continue;
            }
            auto& f = out.add(model::channel_target(id), channel.at("classification"),
                              "channel \"" + id + "\" is classified \"" +
                                  std::string(model::classification_name(channel.classification)) +
                                  "\" but carries field \"" + field.id + "\" of " + channel.schema + ", classified \"" +
                                  std::string(model::classification_name(field.classification)) + "\"",
                              "raise the channel's classification to \"" +
                                  std::string(model::classification_name(field.classification)) +
                                  "\" (and its controls), or move the field to another channel");
            f.related.push_back(field.location);
        }
    }
}
} // namespace

const Rule k_axg304{"AXG304",     "sensitive-field-on-weaker-channel",          model::Severity::Medium,
                    "validation", "A field classified higher than its channel", &run};

} // namespace axg::rules
