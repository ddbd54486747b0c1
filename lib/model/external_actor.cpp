#include "model/external_actor.hpp"

namespace axg::model {

namespace {
constexpr ExternalActor k_actors[] = {
    {"@any-app", "any app on the device", ActorPlace::Device},
    {"@push-provider", "the app's push provider (holds its APNs key)", ActorPlace::OffDevice},
    {"@system", "any process on the device", ActorPlace::Device},
    {"@team-app", "another app of the team, outside this contract", ActorPlace::Team},
    {"@web", "any web page", ActorPlace::OffDevice},
};
} // namespace

std::span<const ExternalActor> external_actors() {
    return k_actors;
}

const ExternalActor* find_external_actor(std::string_view name) {
    for (const auto& actor : k_actors) {
        if (actor.name == name) {
            return &actor;
        }
    }
    return nullptr;
}

} // namespace axg::model
