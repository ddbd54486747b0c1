// AXG302 producer-consumer-version-mismatch: a channel's sender and a receiver are built against
// versions of its schema that the schema's compatibility mode does not let them exchange. Both
// versions come from the components' `schemas` tables.

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
// backward: a newer reader reads older data; forward: an older reader reads newer data.
bool compatible(model::Compatibility mode, std::int64_t producer, std::int64_t consumer) {
    switch (mode) {
    case model::Compatibility::None: return producer == consumer;
    case model::Compatibility::Backward: return consumer >= producer;
    case model::Compatibility::Forward: return producer >= consumer;
    case model::Compatibility::Full: return true;
    }
    return false;
}

void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    for (const auto& [id, channel] : contract.channels) {
        const model::Schema* schema = contract.schema(channel.schema);
        const model::Component* sender = contract.component(channel.from);
        auto produced = sender ? sender->schemas.find(channel.schema) : decltype(sender->schemas.end()){};
        if (!schema || !sender || produced == sender->schemas.end()) {
            continue;
        }
        for (const auto& to : channel.to) {
            const model::Component* receiver = contract.component(to);
            auto consumed = receiver ? receiver->schemas.find(channel.schema) : decltype(receiver->schemas.end()){};
            if (!receiver || consumed == receiver->schemas.end() ||
                compatible(schema->compatibility, produced->second, consumed->second)) {
                continue;
            }
            auto& f = out.add(model::channel_target(id), channel.at("schema"),
                              "channel \"" + id + "\": \"" + channel.from + "\" writes " + channel.schema + " v" +
                                  std::to_string(produced->second) + " but \"" + to + "\" reads v" +
                                  std::to_string(consumed->second) + ", which \"" +
                                  std::string(model::compatibility_name(schema->compatibility)) +
                                  "\" compatibility does not allow",
                              "build both against the same version of " + channel.schema +
                                  ", or change the schema's compatibility mode");
            f.related.push_back(sender->at("schemas"));
            f.related.push_back(receiver->at("schemas"));
        }
    }
}
} // namespace

const Rule k_axg302{"AXG302",
                    "producer-consumer-version-mismatch",
                    model::Severity::High,
                    "validation",
                    "Sender and receiver built against incompatible schema versions",
                    &run};

} // namespace axg::rules
