#pragma once
// IPC transports and what the platform guarantees about each: the facts that rules, the contract
// loader and the threat graph reason from (docs/transports.md, ../shared/design/research/ios-facts.md).

#include <optional>
#include <span>
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
    Apns,            // a remote notification, delivered to the app or its notification extensions
    NativeMessaging, // browser.runtime.sendNativeMessage: Safari web extension scripts <-> its native handler
};

enum class StoreKind { AppGroup, KeychainGroup, Pasteboard };

// Who can put a message on the transport, as far as the OS is concerned.
enum class SenderReach {
    TeamMembers,  // only binaries entitled to the store (same team)
    AnyApp,       // any app on the device (or the web)
    System,       // any process on the device
    PushProvider, // only the server holding the app's APNs key or certificate (off the device)
    WebContent,   // only the app's own web extension scripts, which any web page they run in can drive
};

// What the OS tells the receiver about the sender. `auth = "platform"` claims exactly this, so the
// loader refuses it where it is None.
enum class SenderIdentity {
    None,        // nothing: any app, page or process may have sent it
    Entitlement, // one of the binaries entitled to the store (which one is not known)
    Process,     // the sending process itself (XPC audit token; the extension's own scripts)
    Provider,    // APNs authenticated the provider by the key or certificate for the app's topic
};

// The channel key that names a transport's address, if any: `scheme` (url-scheme), `domain` (universal-link).
enum class AddressKey { None, Scheme, Domain };

struct TransportFacts {
    Transport transport;
    std::string_view name;
    std::optional<StoreKind> store_kind; // the store the channel must name, if any
    bool at_rest;                        // data persists after delivery
    bool carries_payload;                // can carry a message body at all
    SenderIdentity sender_identity;
    bool hijackable; // another app can receive or intercept it
    SenderReach senders;
    AddressKey address; // required on the transport's channels, refused on every other
    // The external actors ("@any-app", …) the OS lets send on it, and that it can deliver to.
    std::span<const std::string_view> external_senders;
    std::span<const std::string_view> external_receivers;
    // The components that may be an endpoint: empty = any; else "app" (the host app) and extension points.
    std::span<const std::string_view> component_senders;
    std::span<const std::string_view> component_receivers;
    bool components_send; // false: only an external actor can send on it (APNs: the push provider)
    // The payload passes a service off the device that reads it unless it is end-to-end encrypted (APNs).
    bool read_by_service = false;
    bool external_peer = false; // one end is always an external actor (native messaging: the scripts, "@web")
};

const TransportFacts& transport_facts(Transport transport);
std::optional<Transport> parse_transport(std::string_view name);
std::vector<std::string> transport_names();

// The receiver learns who sent the message from the OS (no spoofed-sender threat on the transport itself).
bool identifies_sender(const TransportFacts& facts);
// `auth = "platform"` is a claim the OS can back on the transport.
bool admits_platform_auth(const TransportFacts& facts);
std::string_view address_key_name(AddressKey key);

std::string_view store_kind_name(StoreKind kind);
std::optional<StoreKind> parse_store_kind(std::string_view name);
std::vector<std::string> store_kind_names();

} // namespace axg::model
