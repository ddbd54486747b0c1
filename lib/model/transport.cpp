#include "model/transport.hpp"

#include "model/enum_table.hpp"

namespace axg::model {

namespace {
using Names = std::span<const std::string_view>;

// Who may stand at the other end, per family of transports (docs/transports.md, "Endpoints").
constexpr std::string_view k_team_app[] = {"@team-app"};
constexpr std::string_view k_processes[] = {"@any-app", "@system", "@team-app"};
constexpr std::string_view k_apps[] = {"@any-app", "@team-app"};
constexpr std::string_view k_openers[] = {"@any-app", "@system", "@team-app", "@web"};
constexpr std::string_view k_link_targets[] = {"@any-app", "@team-app", "@web"};
constexpr std::string_view k_hosts[] = {"@any-app", "@team-app", "@web"};
constexpr std::string_view k_push_provider[] = {"@push-provider"};
constexpr std::string_view k_web[] = {"@web"};
constexpr std::string_view k_push_receivers[] = {"app", "com.apple.usernotifications.content-extension",
                                                 "com.apple.usernotifications.service"};
constexpr std::string_view k_web_extension[] = {"com.apple.Safari.web-extension"};
constexpr Names k_none{};

using enum SenderIdentity;
using enum SenderReach;
// clang-format off
constexpr TransportFacts k_transports[] = {
    // transport                     name                   store                     rest   payload identity     hijack senders       address            external senders  external receivers  component senders  component receivers  components send
    {Transport::AppGroupFile,       "app-group-file",      StoreKind::AppGroup,      true,  true,   Entitlement, false, TeamMembers,  AddressKey::None,   k_team_app,       k_team_app,         k_none,            k_none,              true},
    {Transport::SharedDefaults,     "shared-defaults",     StoreKind::AppGroup,      true,  true,   Entitlement, false, TeamMembers,  AddressKey::None,   k_team_app,       k_team_app,         k_none,            k_none,              true},
    {Transport::KeychainItem,       "keychain-item",       StoreKind::KeychainGroup, true,  true,   Entitlement, false, TeamMembers,  AddressKey::None,   k_team_app,       k_team_app,         k_none,            k_none,              true},
    {Transport::DarwinNotification, "darwin-notification", std::nullopt,             false, false,  None,        false, System,       AddressKey::None,   k_processes,      k_processes,        k_none,            k_none,              true},
    {Transport::UrlScheme,          "url-scheme",          std::nullopt,             false, true,   None,        true,  AnyApp,       AddressKey::Scheme, k_openers,        k_apps,             k_none,            k_none,              true},
    {Transport::UniversalLink,      "universal-link",      std::nullopt,             false, true,   None,        false, AnyApp,       AddressKey::Domain, k_openers,        k_link_targets,     k_none,            k_none,              true},
    {Transport::ExtensionContext,   "extension-context",   std::nullopt,             false, true,   None,        false, AnyApp,       AddressKey::None,   k_hosts,          k_apps,             k_none,            k_none,              true},
    {Transport::Xpc,                "xpc",                 std::nullopt,             false, true,   Process,     false, TeamMembers,  AddressKey::None,   k_apps,           k_apps,             k_none,            k_none,              true},
    {Transport::GeneralPasteboard,  "general-pasteboard",  std::nullopt,             true,  true,   None,        true,  AnyApp,       AddressKey::None,   k_openers,        k_openers,          k_none,            k_none,              true},
    {Transport::NamedPasteboard,    "named-pasteboard",    StoreKind::Pasteboard,    true,  true,   Entitlement, false, TeamMembers,  AddressKey::None,   k_team_app,       k_team_app,         k_none,            k_none,              true},
    {Transport::Apns,               "apns",                std::nullopt,             true,  true,   Provider,    false, PushProvider, AddressKey::None,   k_push_provider,  k_none,             k_none,            k_push_receivers,    false, true},
    {Transport::NativeMessaging,    "native-messaging",    std::nullopt,             false, true,   Process,     false, WebContent,   AddressKey::None,   k_web,            k_web,              k_web_extension,   k_web_extension,     true,  false, true},
};
// clang-format on

constexpr EnumEntry<StoreKind> k_store_kinds[] = {
    {StoreKind::AppGroup, "app-group"},
    {StoreKind::KeychainGroup, "keychain-group"},
    {StoreKind::Pasteboard, "named-pasteboard"},
};
} // namespace

const TransportFacts& transport_facts(Transport transport) {
    for (const auto& facts : k_transports) {
        if (facts.transport == transport) {
            return facts;
        }
    }
    return k_transports[0];
}

std::optional<Transport> parse_transport(std::string_view name) {
    for (const auto& facts : k_transports) {
        if (facts.name == name) {
            return facts.transport;
        }
    }
    return std::nullopt;
}

std::vector<std::string> transport_names() {
    std::vector<std::string> names;
    for (const auto& facts : k_transports) {
        names.emplace_back(facts.name);
    }
    return names;
}

bool identifies_sender(const TransportFacts& facts) {
    return facts.sender_identity == SenderIdentity::Process || facts.sender_identity == SenderIdentity::Provider;
}

bool admits_platform_auth(const TransportFacts& facts) {
    return facts.sender_identity != SenderIdentity::None;
}

std::string_view address_key_name(AddressKey key) {
    switch (key) {
    case AddressKey::Scheme: return "scheme";
    case AddressKey::Domain: return "domain";
    case AddressKey::None: return "";
    }
    return "";
}

std::string_view store_kind_name(StoreKind kind) {
    return enum_name(k_store_kinds, kind);
}
std::optional<StoreKind> parse_store_kind(std::string_view name) {
    return enum_parse(k_store_kinds, name);
}
std::vector<std::string> store_kind_names() {
    return enum_names(k_store_kinds);
}

} // namespace axg::model
