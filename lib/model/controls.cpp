#include "model/controls.hpp"

#include "model/enum_table.hpp"

namespace axg::model {

namespace {
constexpr EnumEntry<Auth> k_auth[] = {
    {Auth::Unknown, "unknown"},           {Auth::None, "none"},         {Auth::Token, "token"},
    {Auth::MutualToken, "mutual-token"}, {Auth::Platform, "platform"},
};
constexpr EnumEntry<Encryption> k_encryption[] = {
    {Encryption::Unknown, "unknown"},
    {Encryption::None, "none"},
    {Encryption::Mac, "mac"},
    {Encryption::Aead, "aead"},
};
constexpr EnumEntry<KeyStorage> k_key_storage[] = {
    {KeyStorage::Unknown, "unknown"},
    {KeyStorage::None, "none"},
    {KeyStorage::Hardcoded, "hardcoded"},
    {KeyStorage::File, "file"},
    {KeyStorage::Keychain, "keychain"},
    {KeyStorage::KeychainThisDeviceOnly, "keychain-this-device-only"},
    {KeyStorage::SecureEnclave, "secure-enclave"},
};
constexpr EnumEntry<Validation> k_validation[] = {
    {Validation::Unknown, "unknown"},   {Validation::None, "none"}, {Validation::Sender, "sender"},
    {Validation::Receiver, "receiver"}, {Validation::Both, "both"},
};
constexpr EnumEntry<Protection> k_protection[] = {
    {Protection::Unknown, "unknown"},
    {Protection::None, "none"},
    {Protection::CompleteUntilFirstUserAuthentication, "complete-until-first-user-authentication"},
    {Protection::CompleteUnlessOpen, "complete-unless-open"},
    {Protection::Complete, "complete"},
    {Protection::AfterFirstUnlock, "after-first-unlock"},
    {Protection::AfterFirstUnlockThisDeviceOnly, "after-first-unlock-this-device-only"},
    {Protection::WhenUnlocked, "when-unlocked"},
    {Protection::WhenUnlockedThisDeviceOnly, "when-unlocked-this-device-only"},
    {Protection::WhenPasscodeSetThisDeviceOnly, "when-passcode-set-this-device-only"},
};
} // namespace

std::string_view auth_name(Auth value) { return enum_name(k_auth, value); }
std::optional<Auth> parse_auth(std::string_view name) { return enum_parse(k_auth, name); }
std::vector<std::string> auth_names() { return enum_names(k_auth); }

std::string_view encryption_name(Encryption value) { return enum_name(k_encryption, value); }
std::optional<Encryption> parse_encryption(std::string_view name) { return enum_parse(k_encryption, name); }
std::vector<std::string> encryption_names() { return enum_names(k_encryption); }

std::string_view key_storage_name(KeyStorage value) { return enum_name(k_key_storage, value); }
std::optional<KeyStorage> parse_key_storage(std::string_view name) { return enum_parse(k_key_storage, name); }
std::vector<std::string> key_storage_names() { return enum_names(k_key_storage); }

std::string_view validation_name(Validation value) { return enum_name(k_validation, value); }
std::optional<Validation> parse_validation(std::string_view name) { return enum_parse(k_validation, name); }
std::vector<std::string> validation_names() { return enum_names(k_validation); }

std::string_view protection_name(Protection value) { return enum_name(k_protection, value); }
std::optional<Protection> parse_protection(std::string_view name) { return enum_parse(k_protection, name); }
std::vector<std::string> protection_names() { return enum_names(k_protection); }

int protection_strength(Protection value) {
    switch (value) {
    case Protection::Unknown:
    case Protection::None: return 0;
    case Protection::CompleteUntilFirstUserAuthentication:
    case Protection::AfterFirstUnlock:
    case Protection::AfterFirstUnlockThisDeviceOnly: return 1;
    case Protection::CompleteUnlessOpen:
    case Protection::Complete:
    case Protection::WhenUnlocked: return 2;
    case Protection::WhenUnlockedThisDeviceOnly:
    case Protection::WhenPasscodeSetThisDeviceOnly: return 3;
    }
    return 0;
}

bool is_device_bound(KeyStorage value) {
    return value == KeyStorage::SecureEnclave || value == KeyStorage::KeychainThisDeviceOnly;
}

bool receiver_validates(Validation value) { return value == Validation::Receiver || value == Validation::Both; }

bool is_authenticated(Auth value) {
    return value == Auth::Token || value == Auth::MutualToken || value == Auth::Platform;
}

} // namespace axg::model
