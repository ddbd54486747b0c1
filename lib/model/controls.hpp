#pragma once
// The security controls a channel or store declares. Each enum is ordered from weakest to
// strongest, so "weakened" and "at least as strict as" are comparisons. `Unknown` is what
// `appexguard init` writes where the files cannot tell; check asks for it (AXG905).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace axg::model {

enum class Auth { Unknown, None, Token, MutualToken, Platform };
enum class Encryption { Unknown, None, Mac, Aead };
enum class KeyStorage { Unknown, None, Hardcoded, File, Keychain, KeychainThisDeviceOnly, SecureEnclave };
enum class Validation { Unknown, None, Sender, Receiver, Both };

// File data protection (app-group containers) and keychain accessibility share one scale:
// how soon after boot / how long after lock the data is readable.
enum class Protection {
    Unknown,
    None,
    CompleteUntilFirstUserAuthentication, // NSFileProtectionCompleteUntilFirstUserAuthentication
    CompleteUnlessOpen,
    Complete,
    AfterFirstUnlock, // keychain kSecAttrAccessibleAfterFirstUnlock
    AfterFirstUnlockThisDeviceOnly,
    WhenUnlocked,
    WhenUnlockedThisDeviceOnly,
    WhenPasscodeSetThisDeviceOnly,
};

std::string_view auth_name(Auth value);
std::optional<Auth> parse_auth(std::string_view name);
std::vector<std::string> auth_names();

std::string_view encryption_name(Encryption value);
std::optional<Encryption> parse_encryption(std::string_view name);
std::vector<std::string> encryption_names();

std::string_view key_storage_name(KeyStorage value);
std::optional<KeyStorage> parse_key_storage(std::string_view name);
std::vector<std::string> key_storage_names();

std::string_view validation_name(Validation value);
std::optional<Validation> parse_validation(std::string_view name);
std::vector<std::string> validation_names();

std::string_view protection_name(Protection value);
std::optional<Protection> parse_protection(std::string_view name);
std::vector<std::string> protection_names();

// Strength on a 0..3 scale comparable across file and keychain classes:
// 0 none, 1 readable after first unlock, 2 readable while unlocked, 3 while unlocked and device-bound.
int protection_strength(Protection value);
bool is_device_bound(KeyStorage value);
bool receiver_validates(Validation value);
bool is_authenticated(Auth value);

} // namespace axg::model
