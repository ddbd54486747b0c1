#include "support/drift_fixture.hpp"

#include <gtest/gtest.h>

#include "load/toml/lock_loader.hpp"
#include "load/model_loader.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {

ProjectFiles drift_project() {
    ProjectFiles p;
    p.contract = R"([project]
name = "Drift"
contract_version = "1.2.0"
team_id = "ABCDE12345"

[components.app]
kind = "app"
bundle_id = "com.example.drift"
entitlements = "App.entitlements"
schemas = { Note = 1, Snap = 1 }

[components.share]
kind = "extension"
extension_point = "com.apple.share-services"
bundle_id = "com.example.drift.share"
entitlements = "Share.entitlements"
schemas = { Note = 1 }

[stores.group]
kind = "app-group"
id = "group.com.example.drift"
members = ["app", "share"]
partitions = { share = "inbox/share" }
protection = "complete"
retention = "7d"
classification = "personal"

[schemas.Note]
version = 1
compatibility = "backward"
fields.title = { type = "string", required = true, max_len = 256, classification = "personal" }
fields.body = { type = "string", max_len = 4096, classification = "personal" }
fields.kind = { type = "enum", values = ["text", "link"] }

[schemas.Snap]
version = 1
compatibility = "full"
fields.count = { type = "int", min = 0, max = 100 }

[channels.share-to-app]
transport = "app-group-file"
store = "group"
from = "share"
to = ["app"]
schema = "Note"
classification = "personal"
auth = "mutual-token"
token_ttl = "5m"
token_rotation = true
encryption = "aead"
key_storage = "keychain-this-device-only"
validation = "both"
retention = "24h"
rate_limit = "30/min"
audit = true
)";
    p.files["App.entitlements"] = app_groups_plist({"group.com.example.drift"});
    p.files["Share.entitlements"] = app_groups_plist({"group.com.example.drift"});
    return p;
}

ProjectFiles without_body(ProjectFiles p) {
    p.contract = replaced(p.contract,
                          "fields.body = { type = \"string\", max_len = 4096, classification = \"personal\" }\n", "");
    return p;
}

ProjectFiles bumped(ProjectFiles p, const std::string& schema, const std::optional<std::string>& readers) {
    const std::string header = "[schemas." + schema + "]\n";
    p.contract = replaced(p.contract, header + "version = 1\n", header + "version = 2\n");
    if (readers) {
        // After the schema's own keys: before the next table.
        auto next = p.contract.find("\n[", p.contract.find(header));
        EXPECT_NE(next, std::string::npos);
        p.contract.insert(next + 1, "[[schemas." + schema + ".migrations]]\nfrom = 1\nto = 2\nreaders = \"" + *readers +
                                        "\"\n\n");
    }
    return p;
}

std::string app_groups_plist(const std::vector<std::string>& groups) {
    std::string body = "<dict>\n    <key>com.apple.security.application-groups</key>\n    <array>\n";
    for (const auto& g : groups) {
        body += "        <string>" + g + "</string>\n";
    }
    body += "    </array>\n</dict>";
    return xml_plist(body);
}

namespace {
std::optional<model::Model> load(const TempDir& dir, const ProjectFiles& p) {
    dir.write("appexguard.toml", p.contract);
    for (const auto& [path, text] : p.files) {
        dir.write(path, text);
    }
    load::LoadOptions options;
    options.contract_path = (dir.path() / "appexguard.toml").string();
    util::Diagnostics diagnostics;
    auto model = load::load_model(options, diagnostics);
    for (const auto& d : diagnostics.sorted()) {
        ADD_FAILURE() << d.str();
    }
    return model;
}
} // namespace

std::vector<model::Finding> drift_findings(const std::string& rule_id, const ProjectFiles& base,
                                           const ProjectFiles& head, const std::optional<std::string>& lock_text) {
    TempDir base_dir, head_dir;
    auto base_model = load(base_dir, base);
    auto head_model = load(head_dir, head);
    if (!base_model || !head_model) {
        return {};
    }
    std::optional<model::EntitlementSnapshot> lock;
    if (lock_text) {
        util::Diagnostics diagnostics;
        lock = load::parse_lock(*lock_text, "appexguard.lock", diagnostics);
        for (const auto& d : diagnostics.sorted()) {
            ADD_FAILURE() << d.str();
        }
    }
    model::Policy policy;
    const analysis::Analysis analysis(*head_model, {&*base_model, "base-ref", lock ? &*lock : nullptr});
    auto result = check::run_check(analysis, policy);
    std::vector<model::Finding> out;
    for (auto& f : result.findings) {
        if (f.rule_id == rule_id) {
            out.push_back(f);
        }
    }
    return out;
}

} // namespace axg::test
