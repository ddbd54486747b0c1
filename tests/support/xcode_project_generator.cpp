#include "support/xcode_project_generator.hpp"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <fstream>
#include <set>

namespace axg::test::gen {

namespace fs = std::filesystem;

namespace {

// --- describe: the repositories ------------------------------------------------------------------------------

constexpr const char* k_base_bundle_id = "com.example.app";
constexpr const char* k_team = "ABCDE12345";

std::string plist(const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
           "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
           "<plist version=\"1.0\">\n" +
           body + "</plist>\n";
}

std::string info_plist(const Target& t) {
    std::string body = "<dict>\n"
                       "\t<key>CFBundleDevelopmentRegion</key>\n\t<string>$(DEVELOPMENT_LANGUAGE)</string>\n"
                       "\t<key>CFBundleExecutable</key>\n\t<string>$(EXECUTABLE_NAME)</string>\n"
                       "\t<key>CFBundleIdentifier</key>\n\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>\n"
                       "\t<key>CFBundleName</key>\n\t<string>$(PRODUCT_NAME)</string>\n"
                       "\t<key>CFBundlePackageType</key>\n\t<string>$(PRODUCT_BUNDLE_PACKAGE_TYPE)</string>\n"
                       "\t<key>CFBundleShortVersionString</key>\n\t<string>1.0</string>\n";
    if (t.type == ProductType::AppExtension) {
        body += "\t<key>NSExtension</key>\n\t<dict>\n"
                "\t\t<key>NSExtensionPointIdentifier</key>\n\t\t<string>" +
                t.extension_point +
                "</string>\n"
                "\t\t<key>NSExtensionPrincipalClass</key>\n\t\t<string>$(PRODUCT_MODULE_NAME).Handler</string>\n"
                "\t</dict>\n";
    }
    return plist(body + "</dict>\n");
}

std::string entitlements(const std::vector<std::string>& groups, const std::string& extra = "") {
    std::string body = "<dict>\n\t<key>com.apple.security.application-groups</key>\n\t<array>\n";
    for (const auto& g : groups) {
        body += "\t\t<string>" + g + "</string>\n";
    }
    body += "\t</array>\n" + extra;
    return plist(body + "</dict>\n");
}

Target app(std::string name, std::string bundle_id, std::string entitlements_path, Platform platform) {
    Target t;
    t.name = std::move(name);
    t.type = ProductType::App;
    t.platform = platform;
    t.info_plist = t.name + "/Info.plist";
    t.settings = {{"PRODUCT_BUNDLE_IDENTIFIER", bundle_id}, {"CODE_SIGN_ENTITLEMENTS", entitlements_path}};
    for (const char* c : {"Debug", "Release"}) {
        t.expected_bundle_id[c] = bundle_id;
        t.expected_entitlements[c] = entitlements_path;
    }
    return t;
}

Target extension(std::string name, std::string point, Platform platform = Platform::iOS) {
    Target t;
    t.name = std::move(name);
    t.type = ProductType::AppExtension;
    t.platform = platform;
    t.extension_point = std::move(point);
    t.info_plist = t.name + "/Info.plist";
    return t;
}

void set_everywhere(Target& t, const std::string& key, const std::string& value) {
    t.settings.push_back({key, value});
}

void expect(Target& t, const std::string& debug_bundle_id, const std::string& release_bundle_id,
            const std::string& entitlements_path) {
    t.expected_bundle_id = {{"Debug", debug_bundle_id}, {"Release", release_bundle_id}};
    t.expected_entitlements = {{"Debug", entitlements_path}, {"Release", entitlements_path}};
}

void add_info_plists(Project& p) {
    for (const auto& t : p.targets) {
        p.files.push_back({t.info_plist, info_plist(t)});
    }
}

// The extra projects of `several_projects`: a macOS app with its own share extension, a framework, a sample app.
std::vector<Project> other_projects() {
    std::vector<Project> out;
    Project mac;
    mac.dir = "macOS";
    mac.name = "MacApp";
    mac.project_settings = {{"DEVELOPMENT_TEAM", k_team}, {"MACOSX_DEPLOYMENT_TARGET", "13.0"}};
    Target mac_app = app("MacApp", "com.example.mac", "MacApp/MacApp.entitlements", Platform::macOS);
    mac_app.embeds = {{"MacShare", EmbedStyle::CopyPhase}};
    Target mac_share = extension("MacShare", "com.apple.share-services", Platform::macOS);
    set_everywhere(mac_share, "PRODUCT_BUNDLE_IDENTIFIER", "com.example.mac.share");
    set_everywhere(mac_share, "CODE_SIGN_ENTITLEMENTS", "MacShare/MacShare.entitlements");
    mac.targets = {mac_app, mac_share};
    mac.files = {{"MacApp/MacApp.entitlements", entitlements({"ABCDE12345.group.com.example.mac"})},
                 {"MacShare/MacShare.entitlements", entitlements({"ABCDE12345.group.com.example.mac"})}};
    add_info_plists(mac);
    out.push_back(mac);

    Project kit;
    kit.dir = "Framework";
    kit.name = "Kit";
    kit.project_settings = {{"SDKROOT", "iphoneos"}};
    Target framework;
    framework.name = "Kit";
    framework.type = ProductType::Framework;
    framework.info_plist = "Kit/Info.plist";
    set_everywhere(framework, "PRODUCT_BUNDLE_IDENTIFIER", "com.example.kit");
    kit.targets = {framework};
    add_info_plists(kit);
    out.push_back(kit);

    Project sample;
    sample.dir = "Samples/Sample";
    sample.name = "Sample";
    sample.project_settings = {{"SDKROOT", "iphoneos"}, {"DEVELOPMENT_TEAM", k_team}};
    sample.targets = {app("SampleApp", "com.example.sample", "", Platform::iOS)};
    sample.targets[0].settings.pop_back(); // no CODE_SIGN_ENTITLEMENTS
    add_info_plists(sample);
    out.push_back(sample);
    return out;
}

} // namespace

std::vector<Knobs> variants() {
    std::vector<Knobs> out;
    out.push_back({.name = "plain"});
    out.push_back({.name = "several_projects_and_workspace", .several_projects = true, .workspace = true});
    out.push_back({.name = "conditional_settings", .conditional_settings = true});
    out.push_back({.name = "self_reference", .self_reference = true});
    out.push_back({.name = "missing_pods_include", .missing_pods_include = true});
    out.push_back({.name = "undefined_variable", .undefined_variable = true});
    out.push_back({.name = "one_configuration_setting", .one_configuration_setting = true});
    out.push_back({.name = "sdkroot_auto", .object_version = 77, .sdkroot_auto = true});
    out.push_back({.name = "script_embed", .script_embed = true});
    out.push_back({.name = "shared_entitlements", .shared_entitlements = true});
    out.push_back({.name = "object_version_77", .object_version = 77});
    Knobs all{.name = "everything",
              .several_projects = true,
              .workspace = true,
              .conditional_settings = true,
              .self_reference = true,
              .missing_pods_include = true,
              .undefined_variable = true,
              .one_configuration_setting = true,
              .sdkroot_auto = true,
              .script_embed = true,
              .shared_entitlements = true};
    out.push_back(all);
    all.name = "everything_77";
    all.object_version = 77;
    out.push_back(all);
    return out;
}

Repository describe(const Knobs& k) {
    const std::string base = k_base_bundle_id;
    Project p;
    p.dir = k.several_projects ? "iOS" : "";
    p.name = "App";
    p.object_version = k.object_version;
    if (k.object_version >= 77) {
        p.synchronized_folder = "Config";
    }
    p.project_base_configuration = {{"Debug", "Config/Project-Debug.xcconfig"},
                                    {"Release", "Config/Project-Release.xcconfig"}};
    p.project_settings = {{"DEVELOPMENT_TEAM", k_team},
                          {"IPHONEOS_DEPLOYMENT_TARGET", "16.0"},
                          {"SWIFT_VERSION", "5.0"},
                          {"CODE_SIGN_STYLE", "Automatic"}};
    if (k.sdkroot_auto) {
        p.project_settings.push_back({"SDKROOT", "auto"});
        p.project_settings.push_back({"SUPPORTED_PLATFORMS", "iphoneos iphonesimulator macosx"});
        p.project_settings.push_back({"SUPPORTS_MACCATALYST", "NO"});
    } else {
        p.project_settings.push_back({"SDKROOT", "iphoneos"});
    }
    std::string shared_xcconfig = "// Identifiers every target uses.\n"
                                  "BASE_BUNDLE_ID = " +
                                  base +
                                  "\n"
                                  "APP_GROUP_ID = group.$(BASE_BUNDLE_ID)\n";
    p.files.push_back({"Config/Shared.xcconfig", shared_xcconfig});
    p.files.push_back(
        {"Config/Project-Debug.xcconfig", std::string("#include \"Shared.xcconfig\"\n") +
                                              (k.one_configuration_setting ? "DEBUG_SUFFIX = .debug\n" : "")});
    p.files.push_back({"Config/Project-Release.xcconfig", "#include \"Shared.xcconfig\"\n"});

    // The host. Its entitlements differ per configuration (one XCBuildConfiguration each, as Xcode writes them).
    Target host;
    host.name = "App";
    host.type = ProductType::App;
    host.info_plist = "App/Info.plist";
    host.base_configuration = {{"Debug", "Config/App.xcconfig"}, {"Release", "Config/App.xcconfig"}};
    std::string app_xcconfig = "// The host app.\n";
    if (k.missing_pods_include) {
        // CocoaPods' generated file, not committed (pod install writes it).
        app_xcconfig += "#include \"../Pods/Target Support Files/Pods-App/Pods-App.xcconfig\"\n";
    }
    if (k.self_reference) {
        app_xcconfig += "PRODUCT_BUNDLE_IDENTIFIER = $(BASE_BUNDLE_ID)\n";
        set_everywhere(host, "PRODUCT_BUNDLE_IDENTIFIER", "$(PRODUCT_BUNDLE_IDENTIFIER)");
    } else {
        set_everywhere(host, "PRODUCT_BUNDLE_IDENTIFIER", "$(BASE_BUNDLE_ID)");
    }
    p.files.push_back({"Config/App.xcconfig", app_xcconfig});
    host.configuration_settings["Debug"] = {{"CODE_SIGN_ENTITLEMENTS", "App/App-Debug.entitlements"}};
    host.configuration_settings["Release"] = {{"CODE_SIGN_ENTITLEMENTS", "App/App.entitlements"}};
    host.expected_bundle_id = {{"Debug", base}, {"Release", base}};
    host.expected_entitlements = {{"Debug", "App/App-Debug.entitlements"}, {"Release", "App/App.entitlements"}};
    std::string keychain = "\t<key>keychain-access-groups</key>\n\t<array>\n"
                           "\t\t<string>$(AppIdentifierPrefix)com.example.app.shared</string>\n\t</array>\n";
    p.files.push_back({"App/App.entitlements",
                       entitlements({"$(APP_GROUP_ID)"},
                                    keychain + "\t<key>aps-environment</key>\n\t<string>production</string>\n")});
    p.files.push_back({"App/App-Debug.entitlements",
                       entitlements({"$(APP_GROUP_ID)"},
                                    keychain + "\t<key>aps-environment</key>\n\t<string>development</string>\n")});

    std::string shared_entitlements = "Extensions/Shared.entitlements";
    if (k.shared_entitlements) {
        p.files.push_back({shared_entitlements, entitlements({"group.com.example.app"}, keychain)});
    }
    auto entitlements_of = [&](const std::string& own) { return k.shared_entitlements ? shared_entitlements : own; };

    // A share extension whose product name differs from its target name (the host embeds "ShareExt.appex").
    Target share = extension("Share Extension", "com.apple.share-services");
    share.product_name = "ShareExt";
    share.info_plist = "Share/Info.plist";
    set_everywhere(share, "PRODUCT_BUNDLE_IDENTIFIER",
                   "$(BASE_BUNDLE_ID).share" + std::string(k.undefined_variable ? "$(BUNDLE_ID_SUFFIX)" : ""));
    set_everywhere(share, "CODE_SIGN_ENTITLEMENTS", entitlements_of("Share/Share.entitlements"));
    expect(share, base + ".share", base + ".share", entitlements_of("Share/Share.entitlements"));
    if (!k.shared_entitlements) {
        p.files.push_back({"Share/Share.entitlements", entitlements({"group.com.example.app"})});
    }

    // A widget; with missing_pods_include its base configuration is CocoaPods' (absent) xcconfig.
    Target widget = extension("Widget", "com.apple.widgetkit-extension");
    set_everywhere(widget, "PRODUCT_BUNDLE_IDENTIFIER",
                   "$(BASE_BUNDLE_ID).widget" + std::string(k.one_configuration_setting ? "$(DEBUG_SUFFIX)" : ""));
    set_everywhere(widget, "CODE_SIGN_ENTITLEMENTS", entitlements_of("Widget/Widget.entitlements"));
    expect(widget, base + ".widget" + (k.one_configuration_setting ? ".debug" : ""), base + ".widget",
           entitlements_of("Widget/Widget.entitlements"));
    if (k.missing_pods_include) {
        widget.base_configuration = {{"Debug", "Pods/Target Support Files/Pods-Widget/Pods-Widget.debug.xcconfig"},
                                     {"Release", "Pods/Target Support Files/Pods-Widget/Pods-Widget.release.xcconfig"}};
        p.missing_files = {"Pods/Target Support Files/Pods-Widget/Pods-Widget.debug.xcconfig",
                           "Pods/Target Support Files/Pods-Widget/Pods-Widget.release.xcconfig"};
    }
    if (!k.shared_entitlements) {
        p.files.push_back({"Widget/Widget.entitlements", entitlements({"$(APP_GROUP_ID)"})});
    }

    // An intents extension; conditional settings for macOS (not this build) and for Debug (in its xcconfig).
    Target intents = extension("Intents", "com.apple.intents-service");
    std::string intents_entitlements = entitlements_of("Intents/Intents.entitlements");
    if (k.conditional_settings) {
        intents.base_configuration = {{"Debug", "Config/Intents.xcconfig"}, {"Release", "Config/Intents.xcconfig"}};
        p.files.push_back({"Config/Intents.xcconfig", "INTENTS_SUFFIX =\nINTENTS_SUFFIX[config=Debug] = .dev\n"});
        set_everywhere(intents, "PRODUCT_BUNDLE_IDENTIFIER", "$(BASE_BUNDLE_ID).intents$(INTENTS_SUFFIX)");
        set_everywhere(intents, "PRODUCT_BUNDLE_IDENTIFIER[sdk=macosx*]", "$(BASE_BUNDLE_ID).intents.mac");
        set_everywhere(intents, "CODE_SIGN_ENTITLEMENTS", intents_entitlements);
        set_everywhere(intents, "CODE_SIGN_ENTITLEMENTS[sdk=macosx*]", "Intents/Intents-macOS.entitlements");
        p.files.push_back({"Intents/Intents-macOS.entitlements",
                           entitlements({"ABCDE12345.group.com.example.app"},
                                        "\t<key>com.apple.security.app-sandbox</key>\n\t<true/>\n")});
        expect(intents, base + ".intents.dev", base + ".intents", intents_entitlements);
    } else {
        set_everywhere(intents, "PRODUCT_BUNDLE_IDENTIFIER", "$(BASE_BUNDLE_ID).intents");
        set_everywhere(intents, "CODE_SIGN_ENTITLEMENTS", intents_entitlements);
        expect(intents, base + ".intents", base + ".intents", intents_entitlements);
    }
    if (!k.shared_entitlements) {
        p.files.push_back({"Intents/Intents.entitlements", entitlements({"group.com.example.app"})});
    }

    host.embeds = {{share.name, EmbedStyle::CopyPhase},
                   {widget.name, EmbedStyle::CopyPhase},
                   {intents.name, k.script_embed ? EmbedStyle::DependencyAndScript : EmbedStyle::CopyPhase}};
    p.targets = {host, share, widget, intents};
    add_info_plists(p);

    Repository r;
    r.name = k.name;
    r.projects.push_back(p);
    r.main_project = 0;
    if (k.several_projects) {
        for (auto& other : other_projects()) {
            r.projects.push_back(std::move(other));
        }
    }
    if (k.workspace) {
        r.workspace = "Example.xcworkspace";
    }
    return r;
}

// --- pbxproj_text --------------------------------------------------------------------------------------------

namespace {

// OpenStep strings: bare when made only of these characters, quoted otherwise ('-' is legal bare, but Xcode quotes it).
std::string q(std::string_view s) {
    bool bare = !s.empty();
    for (char c : s) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
                  c == '/' || c == ':' || c == '.';
        bare = bare && ok;
    }
    if (bare) {
        return std::string(s);
    }
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out + "\"";
}

struct Object {
    std::string id;
    std::string isa;
    std::string comment;
    std::vector<std::pair<std::string, std::string>> fields; // values already in OpenStep form
};

class PbxWriter {
public:
    std::string new_id() {
        char buffer[25];
        std::snprintf(buffer, sizeof buffer, "A1B2C3D4%016llX", static_cast<unsigned long long>(++m_next));
        return buffer;
    }

    Object& add(std::string id, std::string isa, std::string comment) {
        m_objects.push_back({std::move(id), std::move(isa), std::move(comment), {}});
        return m_objects.back();
    }

    Object& object(const std::string& id) {
        for (auto& o : m_objects) {
            if (o.id == id) {
                return o;
            }
        }
        return add(id, "PBXProject", "Project object");
    }

    const std::string& comment_of(const std::string& id) const {
        static const std::string none;
        for (const auto& o : m_objects) {
            if (o.id == id) {
                return o.comment;
            }
        }
        return none;
    }

    std::string ref(const std::string& id) const {
        const std::string& c = comment_of(id);
        return c.empty() ? id : id + " /* " + c + " */";
    }

    std::string list(const std::vector<std::string>& ids, int indent) const {
        std::string tabs(static_cast<std::size_t>(indent), '\t');
        std::string out = "(\n";
        for (const auto& id : ids) {
            out += tabs + "\t" + ref(id) + ",\n";
        }
        return out + tabs + ")";
    }

    static std::string strings(const std::vector<std::string>& values) {
        std::string out = "(";
        for (const auto& v : values) {
            out += q(v) + ", ";
        }
        return out + ")";
    }

    static std::string settings(const Settings& values) {
        std::string out = "{\n";
        for (const auto& [key, value] : values) {
            out += "\t\t\t\t" + q(key) + " = " + q(value) + ";\n";
        }
        return out + "\t\t\t}";
    }

    std::string text(int object_version, const std::string& root) const {
        std::set<std::string> isas;
        for (const auto& o : m_objects) {
            isas.insert(o.isa);
        }
        std::string out = "// !$*UTF8*$!\n{\n\tarchiveVersion = 1;\n\tclasses = {\n\t};\n\tobjectVersion = " +
                          std::to_string(object_version) + ";\n\tobjects = {\n";
        for (const auto& isa : isas) {
            std::vector<const Object*> section;
            for (const auto& o : m_objects) {
                if (o.isa == isa) {
                    section.push_back(&o);
                }
            }
            std::sort(section.begin(), section.end(), [](const Object* a, const Object* b) { return a->id < b->id; });
            out += "\n/* Begin " + isa + " section */\n";
            for (const Object* o : section) {
                out += "\t\t" + ref(o->id) + " = {\n\t\t\tisa = " + isa + ";\n";
                for (const auto& [key, value] : o->fields) {
                    out += "\t\t\t" + key + " = " + value + ";\n";
                }
                out += "\t\t};\n";
            }
            out += "/* End " + isa + " section */\n";
        }
        out += "\t};\n\trootObject = " + ref(root) + ";\n}\n";
        return out;
    }

private:
    std::deque<Object> m_objects; // stable references while objects are added
    unsigned long long m_next = 0;
};

std::string file_type(const std::string& path) {
    auto ext = fs::path(path).extension().string();
    if (ext == ".xcconfig") {
        return "text.xcconfig";
    }
    if (ext == ".entitlements") {
        return "text.plist.entitlements";
    }
    if (ext == ".plist") {
        return "text.plist.xml";
    }
    return "text";
}

std::string product_file(const Target& t) {
    std::string name = t.product_name.empty() ? t.name : t.product_name;
    switch (t.type) {
    case ProductType::App: return name + ".app";
    case ProductType::AppExtension: return name + ".appex";
    case ProductType::Framework: return name + ".framework";
    }
    return name;
}

std::string product_type(const Target& t) {
    switch (t.type) {
    case ProductType::App: return "com.apple.product-type.application";
    case ProductType::AppExtension: return "com.apple.product-type.app-extension";
    case ProductType::Framework: return "com.apple.product-type.framework";
    }
    return "";
}

std::string explicit_file_type(const Target& t) {
    switch (t.type) {
    case ProductType::App: return "wrapper.application";
    case ProductType::AppExtension: return "\"wrapper.app-extension\"";
    case ProductType::Framework: return "wrapper.framework";
    }
    return "";
}

} // namespace

std::string pbxproj_text(const Project& p) {
    PbxWriter w;
    std::string project_id = w.new_id();
    w.add(project_id, "PBXProject", "Project object");

    // Files, grouped by their first folder (a PBXGroup with that path) so that group paths compose.
    std::string synchronized_id;
    if (!p.synchronized_folder.empty()) {
        synchronized_id = w.new_id();
        w.add(synchronized_id, "PBXFileSystemSynchronizedRootGroup", p.synchronized_folder).fields = {
            {"path", q(p.synchronized_folder)}, {"sourceTree", "\"<group>\""}};
    }
    std::map<std::string, std::string> file_ids; // project-relative path -> PBXFileReference id
    std::map<std::string, std::vector<std::string>> folder_children;
    std::vector<std::string> main_children;
    auto add_file = [&](const std::string& path) {
        if (file_ids.count(path)) {
            return;
        }
        std::size_t slash = path.find('/');
        std::string folder = slash == std::string::npos ? "" : path.substr(0, slash);
        if (!synchronized_id.empty() && folder == p.synchronized_folder) {
            return; // the synchronized folder holds it
        }
        std::string id = w.new_id();
        std::string name = fs::path(path).filename().string();
        Object& ref = w.add(id, "PBXFileReference", name);
        ref.fields = {{"lastKnownFileType", file_type(path)}};
        std::string inner = folder.empty() ? path : path.substr(slash + 1);
        if (inner != name) {
            ref.fields.push_back({"name", q(name)});
        }
        ref.fields.push_back({"path", q(inner)});
        ref.fields.push_back({"sourceTree", "\"<group>\""});
        file_ids[path] = id;
        (folder.empty() ? main_children : folder_children[folder]).push_back(id);
    };
    for (const auto& f : p.files) {
        add_file(f.path);
    }
    for (const auto& f : p.missing_files) {
        add_file(f);
    }
    for (const auto& [folder, children] : folder_children) {
        std::string id = w.new_id();
        w.add(id, "PBXGroup", folder).fields = {
            {"children", w.list(children, 3)}, {"path", q(folder)}, {"sourceTree", "\"<group>\""}};
        main_children.push_back(id);
    }
    if (!synchronized_id.empty()) {
        main_children.push_back(synchronized_id);
    }

    auto configuration = [&](const std::string& name, Settings settings, const std::string& base) {
        std::string id = w.new_id();
        Object& o = w.add(id, "XCBuildConfiguration", name);
        if (!base.empty()) {
            std::size_t slash = base.find('/');
            if (!synchronized_id.empty() && slash != std::string::npos &&
                base.substr(0, slash) == p.synchronized_folder) {
                o.fields.push_back({"baseConfigurationReferenceAnchor", w.ref(synchronized_id)});
                o.fields.push_back({"baseConfigurationReferenceRelativePath", q(base.substr(slash + 1))});
            } else {
                o.fields.push_back({"baseConfigurationReference", w.ref(file_ids.at(base))});
            }
        }
        o.fields.push_back({"buildSettings", PbxWriter::settings(settings)});
        o.fields.push_back({"name", q(name)});
        return id;
    };
    auto configuration_list = [&](const std::string& owner, const std::vector<std::string>& ids) {
        std::string id = w.new_id();
        w.add(id, "XCConfigurationList", "Build configuration list for " + owner).fields = {
            {"buildConfigurations", w.list(ids, 3)},
            {"defaultConfigurationIsVisible", "0"},
            {"defaultConfigurationName", "Release"}};
        return id;
    };

    // Targets: ids first, so that embeds and dependencies can point at any of them.
    std::map<std::string, std::string> target_ids, product_ids;
    std::vector<std::string> products;
    for (const auto& t : p.targets) {
        target_ids[t.name] = w.new_id();
        product_ids[t.name] = w.new_id();
        w.add(product_ids[t.name], "PBXFileReference", product_file(t)).fields = {
            {"explicitFileType", explicit_file_type(t)},
            {"includeInIndex", "0"},
            {"path", q(product_file(t))},
            {"sourceTree", "BUILT_PRODUCTS_DIR"}};
        products.push_back(product_ids[t.name]);
    }
    std::vector<std::string> target_list;
    for (const auto& t : p.targets) {
        std::vector<std::string> phases, dependencies, copied;
        for (const char* kind : {"PBXSourcesBuildPhase", "PBXFrameworksBuildPhase", "PBXResourcesBuildPhase"}) {
            std::string id = w.new_id();
            std::string label = std::string(kind) == "PBXSourcesBuildPhase"      ? "Sources"
                                : std::string(kind) == "PBXFrameworksBuildPhase" ? "Frameworks"
                                                                                 : "Resources";
            w.add(id, kind, label).fields = {{"buildActionMask", "2147483647"},
                                             {"files", "(\n\t\t\t)"},
                                             {"runOnlyForDeploymentPostprocessing", "0"}};
            phases.push_back(id);
        }
        std::string script;
        for (const auto& e : t.embeds) {
            const Target* embedded = nullptr;
            for (const auto& other : p.targets) {
                if (other.name == e.target) {
                    embedded = &other;
                }
            }
            if (!embedded) {
                continue;
            }
            std::string proxy = w.new_id();
            w.add(proxy, "PBXContainerItemProxy", "PBXContainerItemProxy").fields = {
                {"containerPortal", w.ref(project_id)},
                {"proxyType", "1"},
                {"remoteGlobalIDString", target_ids[e.target]},
                {"remoteInfo", q(e.target)}};
            std::string dependency = w.new_id();
            w.add(dependency, "PBXTargetDependency", "PBXTargetDependency").fields = {
                {"target", target_ids[e.target] + " /* " + e.target + " */"}, {"targetProxy", w.ref(proxy)}};
            dependencies.push_back(dependency);
            if (e.style == EmbedStyle::CopyPhase) {
                std::string build_file = w.new_id();
                w.add(build_file, "PBXBuildFile", product_file(*embedded) + " in Embed Foundation Extensions")
                    .fields = {{"fileRef", w.ref(product_ids[e.target])},
                               {"settings", "{ATTRIBUTES = (RemoveHeadersOnCopy, ); }"}};
                copied.push_back(build_file);
            } else {
                script += "ditto \"${BUILT_PRODUCTS_DIR}/" + product_file(*embedded) +
                          "\" \"${TARGET_BUILD_DIR}/${PLUGINS_FOLDER_PATH}/" + product_file(*embedded) + "\"\n";
            }
        }
        if (!copied.empty()) {
            std::string id = w.new_id();
            w.add(id, "PBXCopyFilesBuildPhase", "Embed Foundation Extensions").fields = {
                {"buildActionMask", "2147483647"},
                {"dstPath", "\"\""},
                {"dstSubfolderSpec", "13"},
                {"files", w.list(copied, 3)},
                {"name", "\"Embed Foundation Extensions\""},
                {"runOnlyForDeploymentPostprocessing", "0"}};
            phases.push_back(id);
        }
        if (!script.empty()) {
            std::string id = w.new_id();
            w.add(id, "PBXShellScriptBuildPhase", "Embed Extensions By Script").fields = {
                {"buildActionMask", "2147483647"}, {"files", "(\n\t\t\t)"},
                {"inputPaths", "(\n\t\t\t)"},      {"name", "\"Embed Extensions By Script\""},
                {"outputPaths", "(\n\t\t\t)"},     {"runOnlyForDeploymentPostprocessing", "0"},
                {"shellPath", "/bin/sh"},          {"shellScript", q(script)}};
            phases.push_back(id);
        }
        std::vector<std::string> configs;
        for (const auto& c : p.configurations) {
            Settings s = {{"PRODUCT_NAME", t.product_name.empty() ? "$(TARGET_NAME)" : t.product_name},
                          {"INFOPLIST_FILE", t.info_plist}};
            if (t.platform == Platform::macOS) {
                s.push_back({"SDKROOT", "macosx"});
            }
            s.insert(s.end(), t.settings.begin(), t.settings.end());
            if (auto it = t.configuration_settings.find(c); it != t.configuration_settings.end()) {
                s.insert(s.end(), it->second.begin(), it->second.end());
            }
            auto base = t.base_configuration.find(c);
            configs.push_back(configuration(c, s, base == t.base_configuration.end() ? "" : base->second));
        }
        w.add(target_ids[t.name], "PBXNativeTarget", t.name).fields = {
            {"buildConfigurationList", w.ref(configuration_list("PBXNativeTarget \"" + t.name + "\"", configs))},
            {"buildPhases", w.list(phases, 3)},
            {"buildRules", "(\n\t\t\t)"},
            {"dependencies", w.list(dependencies, 3)},
            {"name", q(t.name)},
            {"productName", q(t.product_name.empty() ? t.name : t.product_name)},
            {"productReference", w.ref(product_ids[t.name])},
            {"productType", q(product_type(t))}};
        target_list.push_back(target_ids[t.name]);
    }

    std::string products_group = w.new_id();
    w.add(products_group, "PBXGroup", "Products").fields = {
        {"children", w.list(products, 3)}, {"name", "Products"}, {"sourceTree", "\"<group>\""}};
    main_children.push_back(products_group);
    std::string main_group = w.new_id();
    w.add(main_group, "PBXGroup", "").fields = {{"children", w.list(main_children, 3)}, {"sourceTree", "\"<group>\""}};

    std::vector<std::string> project_configs;
    for (const auto& c : p.configurations) {
        auto base = p.project_base_configuration.find(c);
        Settings s = p.project_settings;
        if (c == "Debug") {
            s.push_back({"DEBUG_INFORMATION_FORMAT", "dwarf"});
        }
        project_configs.push_back(configuration(c, s, base == p.project_base_configuration.end() ? "" : base->second));
    }
    std::string project_list = configuration_list("PBXProject \"" + p.name + "\"", project_configs);
    Object& project = w.object(project_id);
    project.fields = {{"attributes",
                       "{\n\t\t\t\tBuildIndependentTargetsInParallel = 1;\n\t\t\t\tLastSwiftUpdateCheck = "
                       "1500;\n\t\t\t\tLastUpgradeCheck = 1500;\n\t\t\t}"},
                      {"buildConfigurationList", w.ref(project_list)}};
    if (p.object_version < 77) {
        project.fields.push_back({"compatibilityVersion", "\"Xcode 14.0\""});
    }
    project.fields.push_back({"developmentRegion", "en"});
    project.fields.push_back({"hasScannedForEncodings", "0"});
    project.fields.push_back({"knownRegions", "(\n\t\t\t\ten,\n\t\t\t\tBase,\n\t\t\t)"});
    project.fields.push_back({"mainGroup", main_group});
    if (p.object_version >= 77) {
        project.fields.push_back({"preferredProjectObjectVersion", std::to_string(p.object_version)});
    }
    project.fields.push_back({"productRefGroup", w.ref(products_group)});
    project.fields.push_back({"projectDirPath", "\"\""});
    project.fields.push_back({"projectRoot", "\"\""});
    project.fields.push_back({"targets", w.list(target_list, 3)});
    return w.text(p.object_version, project_id);
}

void write_repository(const Repository& repository, const fs::path& dir) {
    auto write = [](const fs::path& path, const std::string& text) {
        fs::create_directories(path.parent_path());
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << text;
    };
    for (const auto& p : repository.projects) {
        fs::path project_dir = p.dir.empty() ? dir : dir / p.dir;
        write(dir / p.xcodeproj() / "project.pbxproj", pbxproj_text(p));
        for (const auto& f : p.files) {
            write(project_dir / f.path, f.text);
        }
    }
    if (!repository.workspace.empty()) {
        std::string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Workspace\n   version = \"1.0\">\n";
        for (const auto& p : repository.projects) {
            text += "   <FileRef\n      location = \"group:" + p.xcodeproj() + "\">\n   </FileRef>\n";
        }
        write(dir / repository.workspace / "contents.xcworkspacedata", text + "</Workspace>\n");
    }
}

} // namespace axg::test::gen
