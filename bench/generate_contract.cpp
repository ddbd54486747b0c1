// appexguard_bench_generate CHANNELS DIR [--drift BASE_DIR]
//
// Writes a deterministic monorepo project for the pipeline benchmark (docs/performance.md, "Pipeline
// benchmark"): DIR/appexguard.toml with CHANNELS channels and CHANNELS/10 components (one app, the rest
// extensions of six extension points), app-group and keychain stores, schemas with fields, every control
// declared, and each component's own .entitlements and Info.plist on disk. With --drift it also writes
// BASE_DIR, the previous version of the same project, so that `drift --base-dir BASE_DIR` finds fields
// removed, retyped and made required, controls weakened, entitlements added and removed, channels added
// and removed. The head (DIR) is the same with or without --drift. Nothing here depends on lib/: the
// generator writes the documented format (docs/contract-format.md), as a team would.
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;

enum class Version { head, base };

constexpr int k_channels_per_extension = 10;
constexpr int k_extensions_per_group = 9;
constexpr int k_extensions_per_keychain = 18;
constexpr int k_app_links = 10;

constexpr std::string_view k_points[] = {
    "com.apple.share-services",  "com.apple.widgetkit-extension", "com.apple.usernotifications.service",
    "com.apple.intents-service", "com.apple.fileprovider-nonui",  "com.apple.photo-editing",
};

// The sizes every count derives from.
struct Shape {
    int extensions = 0; // components - 1
    int groups = 0;
    int keychains = 0;
    int schemas = 0;
};

Shape shape_for(int channels) {
    Shape s;
    s.extensions = channels / k_channels_per_extension - 1;
    s.groups = (s.extensions + k_extensions_per_group - 1) / k_extensions_per_group;
    s.keychains = (s.extensions + k_extensions_per_keychain - 1) / k_extensions_per_keychain;
    s.schemas = std::max(4, channels / 100);
    return s;
}

std::string numbered(std::string_view prefix, int n) {
    char digits[16];
    std::snprintf(digits, sizeof digits, "%05d", n);
    return std::string(prefix) + digits;
}

std::string ext_id(int e) {
    return numbered("ext", e);
}
std::string group_id(int e) {
    return numbered("group", (e - 1) / k_extensions_per_group);
}
std::string keychain_id(int e) {
    return numbered("keychain", (e - 1) / k_extensions_per_keychain);
}
std::string schema_id(int n) {
    return numbered("Message", n);
}
// The three schemas extension e speaks: files, defaults, keychain items.
std::string ext_schema(const Shape& s, int e, int which) {
    return schema_id((e * 3 + which) % s.schemas);
}

// The edits between base and head, each at a fixed period so that every size has some.
bool field_removed(int schema) {
    return schema % 7 == 3;
} // base has `legacy_note`
bool field_retyped(int schema) {
    return schema % 11 == 5;
} // base: count is a float
bool field_made_required(int schema) {
    return schema % 13 == 6;
} // base: label optional
bool controls_weakened(int e) {
    return e % 17 == 2;
} // head: inbox mac-only, receiver-validated
bool entitlement_added(int e) {
    return e % 19 == 4;
} // head: associated domains
bool entitlement_removed(int e) {
    return e % 23 == 7;
} // base: an extra keychain group
bool channel_removed(int e) {
    return e % 29 == 8;
} // base: a legacy channel
bool channel_added(int e) {
    return e % 31 == 9;
} // head: the status channel is new

void write_file(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

std::string plist(const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
           "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
           "<plist version=\"1.0\">\n<dict>\n" +
           body + "</dict>\n</plist>\n";
}

std::string plist_strings(std::string_view key, const std::vector<std::string>& values) {
    std::string out = "\t<key>" + std::string(key) + "</key>\n\t<array>\n";
    for (const auto& v : values) {
        out += "\t\t<string>" + v + "</string>\n";
    }
    return out + "\t</array>\n";
}

std::string plist_string(std::string_view key, std::string_view value) {
    return "\t<key>" + std::string(key) + "</key>\n\t<string>" + std::string(value) + "</string>\n";
}

std::string keychain_group_value(std::string_view store) {
    return "$(AppIdentifierPrefix)com.example.bench." + std::string(store);
}

std::string app_group_value(std::string_view store) {
    return "group.com.example.bench." + std::string(store);
}

std::string link_domain(int k) {
    return "l" + std::to_string(k) + ".bench.example.com";
}

void write_app_manifests(const fs::path& dir, const Shape& s) {
    std::vector<std::string> groups, keychains, domains, schemes;
    for (int g = 0; g < s.groups; ++g) {
        groups.push_back(app_group_value(numbered("group", g)));
    }
    for (int k = 0; k < s.keychains; ++k) {
        keychains.push_back(keychain_group_value(numbered("keychain", k)));
    }
    for (int k = 0; k < k_app_links; ++k) {
        domains.push_back("applinks:" + link_domain(k));
    }
    for (int e = 1; e <= s.extensions; ++e) {
        schemes.push_back(numbered("bench", e));
    }
    write_file(dir / "App/App.entitlements", plist(plist_strings("com.apple.developer.associated-domains", domains) +
                                                   plist_strings("com.apple.security.application-groups", groups) +
                                                   plist_strings("keychain-access-groups", keychains)));
    std::string types = "\t<key>CFBundleURLTypes</key>\n\t<array>\n\t<dict>\n"
                        "\t<key>CFBundleURLName</key>\n\t<string>com.example.bench</string>\n" +
                        plist_strings("CFBundleURLSchemes", schemes) + "\t</dict>\n\t</array>\n";
    write_file(dir / "App/Info.plist", plist(plist_string("CFBundleDisplayName", "Bench") +
                                             plist_string("CFBundleIdentifier", "$(PRODUCT_BUNDLE_IDENTIFIER)") +
                                             plist_string("CFBundlePackageType", "APPL") + types));
}

void write_extension_manifests(const fs::path& dir, int e, Version v) {
    const std::string id = ext_id(e);
    std::vector<std::string> keychains = {keychain_group_value(keychain_id(e))};
    if (v == Version::base && entitlement_removed(e)) {
        keychains.push_back(keychain_group_value("legacy"));
    }
    std::string body = plist_strings("com.apple.security.application-groups", {app_group_value(group_id(e))}) +
                       plist_strings("keychain-access-groups", keychains);
    if (v == Version::head && entitlement_added(e)) {
        body =
            plist_strings("com.apple.developer.associated-domains", {"applinks:" + id + ".bench.example.com"}) + body;
    }
    const fs::path own = dir / "Extensions" / id;
    write_file(own / (id + ".entitlements"), plist(body));
    write_file(own / "Info.plist",
               plist(plist_string("CFBundleDisplayName", id) +
                     plist_string("CFBundleIdentifier", "$(PRODUCT_BUNDLE_IDENTIFIER)") +
                     plist_string("CFBundlePackageType", "XPC!") + "\t<key>NSExtension</key>\n\t<dict>\n" +
                     plist_string("NSExtensionPointIdentifier", k_points[e % std::size(k_points)]) +
                     plist_string("NSExtensionPrincipalClass", "$(PRODUCT_MODULE_NAME).Main") + "\t</dict>\n"));
}

void header(std::string& out, Version v) {
    out += "# Generated by appexguard_bench_generate (bench/generate_contract.cpp): a benchmark monorepo.\n\n";
    out += "[project]\nname = \"Bench\"\n";
    out += v == Version::head ? "contract_version = \"2.0.0\"\n" : "contract_version = \"1.9.0\"\n";
    out += "team_id = \"ABCDE12345\"\npolicy = \"baseline\"\ndefault_configuration = \"Release\"\n\n";
    out += "[settings]\nBASE_BUNDLE_ID = \"com.example.bench\"\n\n";
    out += "[configurations.Debug]\nrelease = false\n\n[configurations.Release]\nrelease = true\n\n";
}

void components(std::string& out, const Shape& s) {
    out += "[components.app]\nkind = \"app\"\nbundle_id = \"$(BASE_BUNDLE_ID)\"\n"
           "entitlements = \"App/App.entitlements\"\ninfo_plist = \"App/Info.plist\"\nschemas = { ";
    for (int n = 0; n < s.schemas; ++n) {
        out += (n ? ", " : "") + schema_id(n) + " = 1";
    }
    out += " }\n\n";
    for (int e = 1; e <= s.extensions; ++e) {
        const std::string id = ext_id(e);
        out += "[components." + id + "]\nkind = \"extension\"\nextension_point = \"";
        out += k_points[e % std::size(k_points)];
        out += "\"\nbundle_id = \"$(BASE_BUNDLE_ID)." + id + "\"\nentitlements = \"Extensions/" + id + "/" + id +
               ".entitlements\"\ninfo_plist = \"Extensions/" + id + "/Info.plist\"\nschemas = { ";
        for (int which = 0; which < 3; ++which) {
            out += (which ? ", " : "") + ext_schema(s, e, which) + " = 1";
        }
        out += " }\n\n";
    }
}

void store_members(std::string& out, int first, int last, const Shape& s) {
    out += "members = [\"app\"";
    for (int e = first; e <= std::min(last, s.extensions); ++e) {
        out += ", \"" + ext_id(e) + "\"";
    }
    out += "]\n";
}

void stores(std::string& out, const Shape& s) {
    for (int g = 0; g < s.groups; ++g) {
        const std::string id = numbered("group", g);
        out += "[stores." + id + "]\nkind = \"app-group\"\nid = \"" + app_group_value(id) + "\"\n";
        store_members(out, g * k_extensions_per_group + 1, (g + 1) * k_extensions_per_group, s);
        out += "partitions = { ";
        for (int e = g * k_extensions_per_group + 1; e <= std::min((g + 1) * k_extensions_per_group, s.extensions);
             ++e) {
            out += (e > g * k_extensions_per_group + 1 ? ", " : "") + ext_id(e) + " = \"inbox/" + ext_id(e) + "\"";
        }
        out += " }\n";
        out += "protection = \"complete-until-first-user-authentication\"\nretention = \"7d\"\n"
               "classification = \"personal\"\n\n";
    }
    for (int k = 0; k < s.keychains; ++k) {
        const std::string id = numbered("keychain", k);
        out += "[stores." + id + "]\nkind = \"keychain-group\"\nid = \"" + keychain_group_value(id) + "\"\n";
        store_members(out, k * k_extensions_per_keychain + 1, (k + 1) * k_extensions_per_keychain, s);
        out += "protection = \"after-first-unlock-this-device-only\"\nclassification = \"credential\"\n\n";
    }
}

void schemas(std::string& out, const Shape& s, Version v) {
    const bool base = v == Version::base;
    for (int n = 0; n < s.schemas; ++n) {
        out += "[schemas." + schema_id(n) + "]\nversion = 1\ncompatibility = \"backward\"\n";
        out +=
            "fields.id = { type = \"uuid\", required = true, classification = \"identifier\", pseudonymous = true }\n";
        out += "fields.title = { type = \"string\", required = true, max_len = 256, classification = \"personal\" }\n";
        out += std::string("fields.count = { type = \"") + (base && field_retyped(n) ? "float" : "int") +
               "\", min = 0, max = 10000 }\n";
        out += "fields.kind = { type = \"enum\", values = [\"text\", \"checklist\", \"link\"], required = true }\n";
        out += std::string("fields.label = { type = \"string\", max_len = 64") +
               (base || !field_made_required(n) ? "" : ", required = true") + " }\n";
        out += "fields.updated = { type = \"date\" }\n";
        if (base && field_removed(n)) {
            out += "fields.legacy_note = { type = \"string\", max_len = 1024, classification = \"personal\" }\n";
        }
        out += "\n";
    }
}

// One channel through a store, with every control a store transport has.
void stored_channel(std::string& out, const std::string& id, std::string_view transport, const std::string& store,
                    const std::string& from, const std::string& to, const std::string& schema,
                    std::string_view classification, bool weak) {
    out += "[channels." + id + "]\ntransport = \"" + std::string(transport) + "\"\nstore = \"" + store +
           "\"\nfrom = \"" + from + "\"\nto = [\"" + to + "\"]\nschema = \"" + schema + "\"\nclassification = \"" +
           std::string(classification) + "\"\n";
    if (transport == "keychain-item") {
        out += "auth = \"platform\"\nencryption = \"aead\"\nkey_storage = \"secure-enclave\"\n";
    } else if (weak) {
        out += "auth = \"token\"\ntoken_ttl = \"1h\"\ntoken_rotation = false\nencryption = \"mac\"\n"
               "key_storage = \"keychain\"\n";
    } else {
        out += "auth = \"mutual-token\"\ntoken_ttl = \"5m\"\ntoken_rotation = true\nencryption = \"aead\"\n"
               "key_storage = \"keychain-this-device-only\"\n";
    }
    out += std::string("validation = \"") + (weak ? "receiver" : "both") +
           "\"\nretention = \"24h\"\nrate_limit = \"30/min\"\nqueue = 64\naudit = true\n\n";
}

void extension_channels(std::string& out, const Shape& s, int e, Version v) {
    const std::string id = ext_id(e);
    const std::string group = group_id(e);
    const std::string keychain = keychain_id(e);
    const std::string files = ext_schema(s, e, 0), defaults = ext_schema(s, e, 1), secrets = ext_schema(s, e, 2);
    const bool weak = v == Version::head && controls_weakened(e);
    stored_channel(out, id + "-inbox", "app-group-file", group, id, "app", files, "personal", weak);
    stored_channel(out, id + "-snapshot", "shared-defaults", group, "app", id, defaults, "personal", false);
    stored_channel(out, id + "-session", "keychain-item", keychain, "app", id, secrets, "credential", false);
    out += "[channels." + id + "-refresh]\ntransport = \"darwin-notification\"\nfrom = \"app\"\nto = [\"" + id +
           "\"]\npayload = false\nrereads_state = true\nrate_limit = \"1/s\"\naudit = true\n\n";
    out += "[channels." + id + "-open]\ntransport = \"url-scheme\"\nfrom = \"" + id +
           "\"\nto = [\"app\"]\nscheme = \"" + numbered("bench", e) +
           "\"\nclassification = \"public\"\nvalidation = \"receiver\"\nrate_limit = \"10/s\"\naudit = true\n\n";
    stored_channel(out, id + "-export", "app-group-file", group, id, "app", files, "personal", false);
    stored_channel(out, id + "-settings", "shared-defaults", group, "app", id, defaults, "personal", false);
    if (v == Version::head || !channel_added(e)) {
        stored_channel(out, id + "-status", "shared-defaults", group, id, "app", defaults, "personal", false);
    }
    stored_channel(out, id + "-import", "app-group-file", group, "app", id, files, "personal", false);
    stored_channel(out, id + "-credential", "keychain-item", keychain, id, "app", secrets, "credential", false);
    if (v == Version::base && channel_removed(e)) {
        stored_channel(out, id + "-legacy", "app-group-file", group, id, "app", files, "personal", false);
    }
}

void app_links(std::string& out) {
    for (int k = 0; k < k_app_links; ++k) {
        out += "[channels.web-link-" + std::to_string(k) +
               "]\ntransport = \"universal-link\"\nfrom = \"@web\"\nto = [\"app\"]\ndomain = \"" + link_domain(k) +
               "\"\nclassification = \"public\"\nvalidation = \"receiver\"\nrate_limit = \"10/s\"\naudit = true\n\n";
    }
}

// Accepted risks, one per 50 extensions, so that suppression matching has work.
void suppressions(std::string& out, const Shape& s) {
    for (int e = 50; e <= s.extensions; e += 50) {
        out += "[[suppressions]]\nrule = \"AXG209\"\ntarget = \"channels." + ext_id(e) +
               "-open\"\nreason = \"The scheme only brings the app to the front.\"\nexpires = 2030-01-01\n\n";
    }
}

std::size_t write_project(const fs::path& dir, const Shape& s, Version v) {
    std::string out;
    out.reserve(static_cast<std::size_t>(s.extensions) * 4000);
    header(out, v);
    components(out, s);
    stores(out, s);
    schemas(out, s, v);
    for (int e = 1; e <= s.extensions; ++e) {
        extension_channels(out, s, e, v);
    }
    app_links(out);
    suppressions(out, s);
    write_file(dir / "appexguard.toml", out);
    write_app_manifests(dir, s);
    for (int e = 1; e <= s.extensions; ++e) {
        write_extension_manifests(dir, e, v);
    }
    return out.size();
}

int usage() {
    std::cerr << "usage: appexguard_bench_generate CHANNELS DIR [--drift BASE_DIR]   (CHANNELS: 100 to 1000000)\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3 && argc != 5) {
        return usage();
    }
    const std::string_view count = argv[1];
    int channels = 0;
    const auto parsed = std::from_chars(count.data(), count.data() + count.size(), channels);
    if (parsed.ec != std::errc{} || parsed.ptr != count.data() + count.size() || channels < 100 || channels > 1000000) {
        return usage();
    }
    if (argc == 5 && std::string_view(argv[3]) != "--drift") {
        return usage();
    }
    const Shape s = shape_for(channels);
    try {
        const std::size_t bytes = write_project(argv[2], s, Version::head);
        std::cout << "channels " << (s.extensions * k_channels_per_extension + k_app_links) << ", components "
                  << (s.extensions + 1) << ", stores " << (s.groups + s.keychains) << ", schemas " << s.schemas
                  << ", manifests " << 2 * (s.extensions + 1) << ", contract " << bytes << " bytes: " << argv[2]
                  << "\n";
        if (argc == 5) {
            const std::size_t base_bytes = write_project(argv[4], s, Version::base);
            std::cout << "base: contract " << base_bytes << " bytes: " << argv[4] << "\n";
        }
    } catch (const std::exception& e) {
        std::cerr << "appexguard_bench_generate: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
