#include "model/locked_access.hpp"

namespace axg::model {

namespace {
// A remote notification reaches the service extension whether or not the device is unlocked
// (UNNotificationServiceExtension; ../shared/design/research/ios-facts.md, section 1).
constexpr std::string_view k_notification_service = "com.apple.usernotifications.service";
} // namespace

bool runs_while_locked(const Component& component) {
    return component.kind == ComponentKind::Extension && component.extension_point == k_notification_service;
}

std::optional<int> locked_reader_ceiling(const Contract& contract, const Store& store) {
    for (const auto& member : store.members) {
        if (const Component* component = contract.component(member); component && runs_while_locked(*component)) {
            return k_readable_while_locked;
        }
    }
    return std::nullopt;
}

} // namespace axg::model
