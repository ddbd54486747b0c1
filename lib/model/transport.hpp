#pragma once
// IPC transports and what the platform guarantees about each: the facts that rules and the
// threat graph reason from (see docs/transports.md and ../shared/design/research/ios-facts.md).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace axg::model {

enum class Transport {
    AppGroupFile,
    SharedDefaults,
    KeychainItem,
    DarwinNotification,
    UrlScheme,
    UniversalLink,
    ExtensionContext,
    Xpc,
    GeneralPasteboard,
    NamedPasteboard,
};

enum class StoreKind { AppGroup, KeychainGroup, Pasteboard };

// Who can put a message on the transport, as far as the OS is concerned.
enum class SenderReach {
    TeamMembers, // only binaries entitled to the store (same team)
    AnyApp,      // any app on the device (or the web)
    System,      // any process on the device
};

struct TransportFacts {
    Transport transport;
    std::string_view name;
    std::optional<StoreKind> store_kind; // the store the channel must name, if any
    bool at_rest;                        // data persists after delivery
    bool carries_payload;                // can carry a message body at all
    bool sender_identity;                // the receiver learns who sent it from the OS
    bool hijackable;                     // another app can receive or intercept it
    SenderReach senders;
};

const TransportFacts& transport_facts(Transport transport);
std::optional<Transport> parse_transport(std::string_view name);
std::vector<std::string> transport_names();

std::string_view store_kind_name(StoreKind kind);
std::optional<StoreKind> parse_store_kind(std::string_view name);
std::vector<std::string> store_kind_names();

} // namespace axg::model
