#pragma once
// Small hand-made contracts for the graph, threat and blast-radius tests.

#include <string>

#include "support/rule_fixture.hpp"

namespace axg::test {

// A keyboard (with open access, so that it may write the group) feeds the app over an app-group
// file; the app feeds a widget; the app and the widget share a keychain group holding a credential. `{AUTH}` and
// `{VALIDATION}` are the keyboard channel's controls, to cut (or not) the path from the keyboard to the credential.
inline std::string chain_contract(const std::string& auth, const std::string& validation) {
    return k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.app"

[components.keyboard]
kind = "extension"
extension_point = "com.apple.keyboard-service"
bundle_id = "com.example.app.keyboard"
open_access = true

[components.widget]
kind = "extension"
extension_point = "com.apple.widgetkit-extension"
bundle_id = "com.example.app.widget"

[stores.group]
kind = "app-group"
id = "group.com.example.app"
members = ["app", "keyboard"]
protection = "complete"
retention = "1d"
classification = "personal"

[stores.vault]
kind = "keychain-group"
id = "ABCDE12345.com.example.vault"
members = ["widget"]
protection = "when-unlocked-this-device-only"
classification = "credential"

[schemas.Words]
version = 1
fields.text = { type = "string", max_len = 64 }

[channels.keyboard-to-app]
transport = "app-group-file"
store = "group"
from = "keyboard"
to = ["app"]
schema = "Words"
classification = "personal"
auth = ")" +
           auth + R"("
validation = ")" +
           validation + R"("
encryption = "aead"
rate_limit = "10/s"
retention = "1h"
audit = true

[channels.app-to-widget]
transport = "xpc"
from = "app"
to = ["widget"]
classification = "internal"
validation = "none"
)";
}

} // namespace axg::test
