#pragma once
// The actors outside the contract that a channel may name as sender or receiver ("@any-app", "@web",
// …): what each stands for and where it is, for the loader's references and the graph's nodes
// (docs/transports.md, "External actors").

#include <span>
#include <string_view>

namespace axg::model {

enum class ActorPlace {
    OffDevice, // the web, the app's push provider
    Device,    // another process on the device
    Team,      // another app of the same team, entitled to the team's stores
};

struct ExternalActor {
    std::string_view name;   // "@web"
    std::string_view detail; // "any web page"
    ActorPlace place;
};

// Every external actor, sorted by name.
std::span<const ExternalActor> external_actors();
const ExternalActor* find_external_actor(std::string_view name);

} // namespace axg::model
