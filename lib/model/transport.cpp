#include "model/transport.hpp"

#include "model/enum_table.hpp"

namespace axg::model {

namespace {
// clang-format off
constexpr TransportFacts k_transports[] = {
    // transport                      name                   store                     at_rest payload identity hijack senders
    {Transport::AppGroupFile,       "app-group-file",      StoreKind::AppGroup,      true,   true,   false,   false, SenderReach::TeamMembers},
    {Transport::SharedDefaults,     "shared-defaults",     StoreKind::AppGroup,      true,   true,   false,   false, SenderReach::TeamMembers},
    {Transport::KeychainItem,       "keychain-item",       StoreKind::KeychainGroup, true,   true,   false,   false, SenderReach::TeamMembers},
    {Transport::DarwinNotification, "darwin-notification", std::nullopt,             false,  false,  false,   false, SenderReach::System},
    {Transport::UrlScheme,          "url-scheme",          std::nullopt,             false,  true,   false,   true,  SenderReach::AnyApp},
    {Transport::UniversalLink,      "universal-link",      std::nullopt,             false,  true,   false,   false, SenderReach::AnyApp},
    {Transport::ExtensionContext,   "extension-context",   std::nullopt,             false,  true,   false,   false, SenderReach::AnyApp},
    {Transport::Xpc,                "xpc",                 std::nullopt,             false,  true,   true,    false, SenderReach::TeamMembers},
    {Transport::GeneralPasteboard,  "general-pasteboard",  std::nullopt,             true,   true,   false,   true,  SenderReach::AnyApp},
    {Transport::NamedPasteboard,    "named-pasteboard",    StoreKind::Pasteboard,    true,   true,   false,   false, SenderReach::TeamMembers},
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

std::string_view store_kind_name(StoreKind kind) { return enum_name(k_store_kinds, kind); }
std::optional<StoreKind> parse_store_kind(std::string_view name) { return enum_parse(k_store_kinds, name); }
std::vector<std::string> store_kind_names() { return enum_names(k_store_kinds); }

} // namespace axg::model
