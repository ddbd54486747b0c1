#include "init/contract_synthesis.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "load/plist/plist_reader.hpp"
#include "load/xcode/variables.hpp"
#include "model/entitlements.hpp"
#include "model/queries.hpp"
#include "util/file.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

namespace axg::init {

namespace fs = std::filesystem;
using namespace model;
using namespace load;

namespace {

// Variables that the contract's own loader provides (from team_id, the configuration, the bundle_id): never copied.
const std::set<std::string, std::less<>> k_provided = {"PRODUCT_BUNDLE_IDENTIFIER", "AppIdentifierPrefix",
                                                       "TeamIdentifierPrefix", "CONFIGURATION", "inherited"};

struct Picked {
    const XcodeTarget* target = nullptr;
    std::string id;
    bool app = false;
    std::map<std::string, std::string> entitlements; // configuration -> absolute path of an existing file
    std::map<std::string, std::string> info_plist;
    std::set<std::string> variables; // used by its bundle id and manifests
};

std::vector<std::string> variables_in(std::string_view text) {
    std::vector<std::string> names;
    expand_variables(text, [&](std::string_view name) -> std::optional<std::string> {
        names.emplace_back(name.substr(0, name.find(':')));
        return std::nullopt;
    });
    return names;
}

void collect_strings(const PlistValue& value, std::vector<std::string>& out) {
    if (value.is_string()) {
        out.push_back(value.string);
    }
    for (const auto& item : value.array) {
        collect_strings(item, out);
    }
    for (const auto& entry : value.dict) {
        collect_strings(entry.value, out);
    }
}

std::string raw_setting(const XcodeTarget& target, const std::string& configuration, std::string_view key) {
    auto settings = target.settings.find(configuration);
    if (settings == target.settings.end()) {
        return "";
    }
    auto it = settings->second.find(key);
    return it == settings->second.end() ? "" : it->second;
}

bool defines(const XcodeTarget& target, const std::string& configuration, std::string_view key) {
    auto settings = target.settings.find(configuration);
    return settings != target.settings.end() && settings->second.find(key) != settings->second.end();
}

std::string expanded(const XcodeTarget& target, const std::string& configuration, std::string_view text) {
    auto settings = target.settings.find(configuration);
    return settings == target.settings.end() ? std::string(text) : expand_settings(text, settings->second);
}

bool is_ios(const XcodeTarget& target) {
    return target.builds_for_ios();
}

std::string slug(std::string_view text) {
    std::string out;
    for (char ch : text) {
        bool ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
        if (ok) {
            out += ch;
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') {
        out.pop_back();
    }
    return out.empty() ? "component" : out;
}

std::string unique(std::string id, const std::set<std::string>& taken) {
    std::string candidate = id;
    for (int n = 2; taken.count(candidate); ++n) {
        candidate = id + "-" + std::to_string(n);
    }
    return candidate;
}

class Synthesizer {
public:
    Synthesizer(const XcodeProject& project, const fs::path& output_dir, util::Diagnostics& diagnostics)
        : m_project(project), m_diagnostics(diagnostics) {
        std::error_code ec;
        m_output_dir = fs::weakly_canonical(fs::absolute(output_dir), ec);
    }

    std::optional<Synthesis> run() {
        choose_default_configuration();
        if (!pick_targets()) {
            return std::nullopt;
        }
        for (Picked& p : m_picked) {
            read_manifests(p);
        }
        if (!m_diagnostics.empty()) {
            return std::nullopt;
        }
        choose_configurations();
        place_settings();
        project();
        for (const Picked& p : m_picked) {
            component(p);
        }
        stores();
        url_channels();
        return std::move(m_out);
    }

private:
    void choose_default_configuration() {
        const auto& configs = m_project.configurations;
        if (std::find(configs.begin(), configs.end(), "Release") != configs.end()) {
            m_default = "Release";
            return;
        }
        for (const auto& name : configs) {
            if (!util::contains_ci(name, "debug")) {
                m_default = name;
                return;
            }
        }
        m_default = configs.empty() ? "Release" : configs.front();
    }

    bool pick_targets() {
        std::map<std::string, std::pair<const XcodeTarget*, Embedding>> embedded; // extension -> (host, how)
        std::map<std::string, std::pair<const XcodeTarget*, Embedding>> skipped;  // App Clips and watch content
        std::set<std::string> taken;
        auto add = [&](const XcodeTarget& t, bool app) {
            Picked p;
            p.target = &t;
            p.app = app;
            p.id = unique(component_id(t.name), taken);
            taken.insert(p.id);
            m_picked.push_back(std::move(p));
        };
        for (const XcodeTarget& t : m_project.targets) {
            if (t.is_app() && !t.is_app_clip() && is_ios(t)) {
                add(t, true);
                for (const Embedding& e : t.embeddings) {
                    (embeds_extension(e.kind) ? embedded : skipped).try_emplace(e.target, &t, e);
                }
                for (const std::string& name : t.embedded) {
                    embedded.try_emplace(name, &t, Embedding{name, EmbedKind::PlugIns, ""});
                }
            }
        }
        if (m_picked.empty()) {
            m_diagnostics.error({m_project.path.string(), 0, 0},
                                "no iOS application target in this project (appexguard models an iOS app and the "
                                "extensions it embeds)");
            return false;
        }
        for (const XcodeTarget& t : m_project.targets) {
            bool picked =
                std::any_of(m_picked.begin(), m_picked.end(), [&](const Picked& p) { return p.target == &t; });
            if (picked || !(t.is_app() || t.is_extension())) {
                continue;
            }
            auto host = embedded.find(t.name);
            auto other = skipped.find(t.name);
            if (other != skipped.end()) {
                m_out.skipped_targets.push_back(t.name + " (" +
                                                describe_embedding(other->second.second, other->second.first->name) +
                                                "; appexguard models the iOS app and its app extensions)");
            } else if (t.is_app_clip()) {
                m_out.skipped_targets.push_back(t.name + " (an App Clip, not an app extension)");
            } else if (!is_ios(t)) {
                m_out.skipped_targets.push_back(t.name + " (SDKROOT " + t.setting(m_default, "SDKROOT") + ", not iOS)");
            } else if (t.is_extension() && host != embedded.end()) {
                add(t, false);
                if (is_unusual(host->second.second.kind)) {
                    note("included: " + describe_embedding(host->second.second, host->second.first->name));
                }
            } else {
                m_out.skipped_targets.push_back(t.name + " (not embedded by an iOS app)");
            }
        }
        return true;
    }

    const PlistValue* plist(const std::string& path) {
        if (auto it = m_plists.find(path); it != m_plists.end()) {
            return it->second ? &*it->second : nullptr;
        }
        std::optional<PlistValue>& slot = m_plists[path];
        std::error_code ec;
        std::string display = fs::proximate(path, ec).generic_string();
        util::ReadResult read = util::read_file(path);
        if (!read.text) {
            m_diagnostics.error({display, 0, 0}, "cannot read manifest: " + read.error);
            return nullptr;
        }
        slot = parse_plist(*read.text, display, m_diagnostics);
        return slot ? &*slot : nullptr;
    }

    void read_manifests(Picked& p) {
        const XcodeTarget& t = *p.target;
        for (const auto& configuration : m_project.configurations) {
            for (auto [value, into, what] :
                 {std::tuple{t.code_sign_entitlements(configuration), &p.entitlements, "entitlements"},
                  std::tuple{t.info_plist_file(configuration), &p.info_plist, "Info.plist"}}) {
                auto path = m_project.resolve_path(value);
                if (!path) {
                    continue;
                }
                std::error_code ec;
                fs::path canonical = fs::weakly_canonical(*path, ec);
                if (auto on_disk = util::find_case_insensitive(canonical)) {
                    // Found on a case-insensitive Mac only: the contract names the file as it is on disk.
                    note(p.id + ": the " + std::string(what) + " file " + value + " exists only as " +
                         on_disk->filename().string() + " (the letter case differs: it builds on a Mac only); " +
                         "the contract names the file on disk (check reports it, AXG124)");
                    canonical = fs::weakly_canonical(*on_disk, ec);
                }
                if (!fs::is_regular_file(canonical, ec)) {
                    note(p.id + ": the " + std::string(what) + " file " + value + " of configuration " + configuration +
                         " does not exist; left out");
                    continue;
                }
                (*into)[configuration] = canonical.string();
                if (const PlistValue* root = plist(canonical.string())) {
                    std::vector<std::string> strings;
                    collect_strings(*root, strings);
                    for (const auto& s : strings) {
                        for (auto& name : variables_in(s)) {
                            p.variables.insert(name);
                        }
                    }
                }
            }
            for (auto& name : variables_in(raw_setting(t, configuration, "PRODUCT_BUNDLE_IDENTIFIER"))) {
                p.variables.insert(name);
            }
        }
    }

    // A configuration whose bundle identifiers cannot be resolved from the repository's files (Brave's Debug takes
    // LOCAL_BUNDLE_ID from a developer's untracked Local.xcconfig) is left out rather than written half-known.
    void choose_configurations() {
        for (const auto& configuration : m_project.configurations) {
            std::string reason;
            for (const Picked& p : m_picked) {
                for (const auto& name : variables_in(p.target->product_bundle_identifier(configuration))) {
                    if (!k_provided.count(name) && reason.empty()) {
                        reason = "$(" + name + ") in the bundle identifier of " + p.target->name +
                                 " is not defined by the project's files";
                    }
                }
            }
            if (!reason.empty() && configuration != m_default) {
                m_out.skipped_configurations.push_back(configuration + ": " + reason);
                continue;
            }
            m_kept.push_back(configuration);
        }
    }

    void place_settings() {
        std::set<std::string> names;
        for (const Picked& p : m_picked) {
            names.insert(p.variables.begin(), p.variables.end());
        }
        m_team = m_picked.front().target->development_team(m_default);
        bool literal_team = m_team.size() == 10 && std::all_of(m_team.begin(), m_team.end(), [](char ch) {
                                return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
                            });
        if (!literal_team) {
            m_team.clear();
        }
        for (const auto& name : names) {
            if (k_provided.count(name) || (name == "DEVELOPMENT_TEAM" && !m_team.empty())) {
                continue;
            }
            place(name);
        }
    }

    void place(const std::string& name) {
        // (component index, configuration) -> value, where the project defines it.
        std::map<std::pair<std::size_t, std::string>, std::string> values;
        std::set<std::size_t> users;
        for (std::size_t i = 0; i < m_picked.size(); ++i) {
            if (!m_picked[i].variables.count(name)) {
                continue;
            }
            for (const auto& configuration : m_kept) {
                if (defines(*m_picked[i].target, configuration, name)) {
                    values[{i, configuration}] = m_picked[i].target->setting(configuration, name);
                    users.insert(i);
                }
            }
        }
        if (values.empty()) {
            return; // not defined anywhere: AXG113 reports it where it is used
        }
        std::set<std::string> distinct;
        for (const auto& [key, value] : values) {
            distinct.insert(value);
        }
        auto constant_per = [&](bool by_configuration) {
            std::map<std::string, std::set<std::string>> groups;
            for (const auto& [key, value] : values) {
                groups[by_configuration ? key.second : std::to_string(key.first)].insert(value);
            }
            return std::all_of(groups.begin(), groups.end(), [](const auto& g) { return g.second.size() == 1; });
        };
        bool everywhere = std::all_of(m_kept.begin(), m_kept.end(), [&](const std::string& configuration) {
            return std::any_of(values.begin(), values.end(),
                               [&](const auto& v) { return v.first.second == configuration; });
        });
        if (users.size() == 1 && constant_per(false)) {
            m_component_settings[*users.begin()][name] = values.begin()->second;
        } else if (distinct.size() == 1) {
            m_out.contract.settings[name] = *distinct.begin();
            m_shared_names.insert(name);
        } else if (constant_per(true)) {
            for (const auto& [key, value] : values) {
                m_configuration_settings[key.second][name] = value;
            }
            if (everywhere) {
                m_shared_names.insert(name);
            }
        } else if (constant_per(false)) {
            for (const auto& [key, value] : values) {
                m_component_settings[key.first][name] = value;
            }
        } else {
            // Differs between components and between configurations: the contract's settings cannot say that.
            for (const auto& [key, value] : values) {
                m_configuration_settings[key.second].emplace(name, value); // the first component's (the app's)
            }
            note("$(" + name + ") differs between components and between configurations; the contract uses the " +
                 m_picked[users.empty() ? 0 : *users.begin()].target->name + " value per configuration");
        }
    }

    void project() {
        Project& p = m_out.contract.project;
        p.name = m_project.name;
        p.contract_version = util::SemVer{0, 1, 0, ""};
        p.team_id = m_team;
        p.policy = "baseline";
        p.default_configuration = m_default;
        fs::path named = m_project.kind == XcodeProjectKind::Pbxproj ? m_project.path.parent_path() : m_project.path;
        p.xcode_project = relative(named.string());
        if (m_team.empty()) {
            note("team_id: DEVELOPMENT_TEAM of " + m_picked.front().target->name +
                 " is not a literal Team ID; add team_id to [project] so that $(AppIdentifierPrefix) expands");
        }
        for (const auto& name : m_kept) {
            Configuration& cfg = m_out.contract.configurations[name];
            cfg.id = name;
            cfg.release = !util::contains_ci(name, "debug");
            if (auto it = m_configuration_settings.find(name); it != m_configuration_settings.end()) {
                cfg.settings = it->second;
            }
        }
    }

    std::string relative(const std::string& absolute) const {
        std::error_code ec;
        return fs::weakly_canonical(absolute, ec).lexically_relative(m_output_dir).generic_string();
    }

    PerConfigPath per_config(const std::map<std::string, std::string>& by_configuration) const {
        PerConfigPath out;
        std::set<std::string> distinct;
        for (const auto& name : m_kept) {
            if (auto it = by_configuration.find(name); it != by_configuration.end()) {
                out.by_configuration[name] = relative(it->second);
                distinct.insert(it->second);
            }
        }
        if (distinct.size() == 1 && out.by_configuration.size() == m_kept.size()) {
            out.all = out.by_configuration.begin()->second;
            out.by_configuration.clear();
        }
        return out;
    }

    const PlistValue* default_manifest(const std::map<std::string, std::string>& by_configuration) {
        auto it = by_configuration.find(m_default);
        if (it == by_configuration.end()) {
            return nullptr;
        }
        return plist(it->second);
    }

    void component(const Picked& p) {
        const XcodeTarget& t = *p.target;
        Component c;
        c.id = p.id;
        c.kind = p.app ? ComponentKind::App : ComponentKind::Extension;
        std::set<std::string> raws;
        std::set<std::string> values;
        for (const auto& name : m_kept) {
            raws.insert(raw_setting(t, name, "PRODUCT_BUNDLE_IDENTIFIER"));
            values.insert(t.product_bundle_identifier(name));
        }
        c.bundle_id = raw_setting(t, m_default, "PRODUCT_BUNDLE_IDENTIFIER");
        if (raws.size() > 1 && values.size() == 1) {
            c.bundle_id = *values.begin();
        } else if (raws.size() > 1) {
            note(p.id + ": the bundle identifier is written differently per configuration; the contract uses the " +
                 m_default + " one");
        }
        if (m_bundle_ids.count(c.bundle_id)) {
            c.bundle_id = t.product_bundle_identifier(m_default);
        }
        m_bundle_ids.insert(c.bundle_id);
        c.entitlements = per_config(p.entitlements);
        c.info_plist = per_config(p.info_plist);
        auto index = static_cast<std::size_t>(&p - m_picked.data());
        if (auto it = m_component_settings.find(index); it != m_component_settings.end()) {
            c.settings = it->second;
        }
        SynthesizedComponent summary{p.id, t.name, ""};
        if (!p.app) {
            const PlistValue* info = default_manifest(p.info_plist);
            const PlistValue* point = info ? extension_point_of(*info) : nullptr;
            c.extension_point = point && point->is_string() ? point->string : "unknown";
            if (c.extension_point == "unknown") {
                note(p.id + ": no NSExtensionPointIdentifier in its Info.plist; set extension_point");
            }
            summary.extension_point = c.extension_point;
        }
        m_out.components.push_back(summary);
        m_out.contract.components[p.id] = std::move(c);
    }

    struct Group {
        StoreKind kind;
        std::vector<std::string> members;
        std::vector<std::pair<bool, std::string>> raws; // (held by an app, raw value)
    };

    void stores() {
        std::map<std::pair<StoreKind, std::string>, Group> groups;
        for (const Picked& p : m_picked) {
            const PlistValue* root = default_manifest(p.entitlements);
            if (!root) {
                continue;
            }
            for (auto [key, kind] : {std::pair{entitlement::k_app_groups, StoreKind::AppGroup},
                                     std::pair{entitlement::k_keychain_groups, StoreKind::KeychainGroup}}) {
                const PlistValue* list = root->find(key);
                if (!list) {
                    continue;
                }
                for (const PlistValue* value : list->strings()) {
                    std::string identifier = expanded(*p.target, m_default, value->string);
                    Group& g = groups.try_emplace({kind, identifier}, Group{kind, {}, {}}).first->second;
                    if (std::find(g.members.begin(), g.members.end(), p.id) == g.members.end()) {
                        g.members.push_back(p.id);
                    }
                    g.raws.emplace_back(p.app, value->string);
                }
            }
            links(p, *root);
        }
        std::set<std::string> taken;
        for (auto& [key, g] : groups) {
            Store s;
            s.kind = g.kind;
            s.identifier = store_identifier(key.second, g);
            std::sort(g.members.begin(), g.members.end());
            s.members = g.members;
            s.protection = Protection::Unknown;
            s.classification =
                g.kind == StoreKind::KeychainGroup ? Classification::Credential : Classification::Internal;
            std::string name = key.second;
            for (std::string prefix : {std::string("$(AppIdentifierPrefix)"), std::string("$(TeamIdentifierPrefix)"),
                                       m_team.empty() ? std::string("\x01") : m_team + "."}) {
                if (name.starts_with(prefix)) {
                    name = name.substr(prefix.size());
                }
            }
            std::string id = unique((g.kind == StoreKind::KeychainGroup ? "keychain-" : "") + slug(name), taken);
            taken.insert(id);
            s.id = id;
            ++m_out.unknowns;
            if (s.members.size() > 1) {
                Channel ch;
                ch.id = id + "-shared";
                ch.transport = g.kind == StoreKind::KeychainGroup ? Transport::KeychainItem : Transport::AppGroupFile;
                ch.store = id;
                ch.classification = s.classification;
                std::vector<std::string> members = s.members;
                auto app = std::find_if(members.begin(), members.end(), [&](const std::string& m) {
                    return m_out.contract.components.at(m).kind == ComponentKind::App;
                });
                ch.from = app != members.end() ? *app : members.front();
                members.erase(std::find(members.begin(), members.end(), ch.from));
                ch.to = members;
                ch.description = "Candidate, inferred from the shared " + std::string(store_kind_name(g.kind)) + " " +
                                 key.second + ": confirm the sender, the receivers, a schema and the controls.";
                unknown_controls(ch);
                m_out.contract.channels[ch.id] = std::move(ch);
            }
            m_out.contract.stores[id] = std::move(s);
        }
    }

    // The store's id as the entitlements write it when the contract can expand it in every configuration (so that a
    // per-configuration group such as group.$(MOZ_BUNDLE_ID) follows the configuration), else its expanded value.
    std::string store_identifier(const std::string& value, const Group& g) const {
        std::vector<std::pair<bool, std::string>> raws = g.raws;
        std::stable_sort(raws.begin(), raws.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& [app, raw] : raws) {
            auto names = variables_in(raw);
            bool expressible = !names.empty() && std::all_of(names.begin(), names.end(), [&](const std::string& n) {
                return m_shared_names.count(n) ||
                       ((n == "AppIdentifierPrefix" || n == "TeamIdentifierPrefix") && !m_team.empty());
            });
            if (expressible) {
                return raw;
            }
        }
        return value;
    }

    void links(const Picked& p, const PlistValue& entitlements) {
        const PlistValue* list = entitlements.find(entitlement::k_associated_domains);
        if (!list) {
            return;
        }
        for (const PlistValue* value : list->strings()) {
            std::string text = expanded(*p.target, m_default, value->string);
            if (!text.starts_with("applinks:") || has_variables(text)) {
                continue;
            }
            std::string domain =
                text.substr(9, text.find('?') == std::string::npos ? std::string::npos : text.find('?') - 9);
            Channel ch;
            ch.id = "link-" + slug(domain) + (m_picked.size() > 1 && !p.app ? "-" + p.id : "");
            ch.transport = Transport::UniversalLink;
            ch.from = "@web";
            ch.to = {p.id};
            ch.domain = domain;
            ch.description = "Candidate, from " + std::string(entitlement::k_associated_domains) + " of " + p.id +
                             ": universal links any web page can send.";
            unknown_controls(ch);
            m_out.contract.channels.emplace(ch.id, std::move(ch));
        }
    }

    void url_channels() {
        for (const Picked& p : m_picked) {
            const PlistValue* info = default_manifest(p.info_plist);
            if (!info) {
                continue;
            }
            for (const PlistValue* value : url_schemes_of(*info)) {
                std::string scheme = expanded(*p.target, m_default, value->string);
                if (has_variables(scheme) || scheme.empty()) {
                    note(p.id + ": the URL scheme " + value->string +
                         " is not resolvable; declare its channel by hand");
                    continue;
                }
                Channel ch;
                ch.id = unique("url-" + slug(scheme), channel_ids());
                ch.transport = Transport::UrlScheme;
                ch.from = "@any-app";
                ch.to = {p.id};
                ch.scheme = scheme;
                ch.description = "Candidate, from CFBundleURLSchemes of " + p.id + " (" + m_default +
                                 "): any app or web page can open it.";
                unknown_controls(ch);
                m_out.contract.channels[ch.id] = std::move(ch);
            }
        }
    }

    std::set<std::string> channel_ids() const {
        std::set<std::string> out;
        for (const auto& [id, ch] : m_out.contract.channels) {
            out.insert(id);
        }
        return out;
    }

    void unknown_controls(Channel& ch) {
        ch.auth = Auth::Unknown;
        ch.encryption = Encryption::Unknown;
        ch.key_storage = KeyStorage::Unknown;
        ch.validation = Validation::Unknown;
        m_out.unknowns += 4;
    }

    void note(std::string text) {
        if (std::find(m_out.notes.begin(), m_out.notes.end(), text) == m_out.notes.end()) {
            m_out.notes.push_back(std::move(text));
        }
    }

    const XcodeProject& m_project;
    util::Diagnostics& m_diagnostics;
    fs::path m_output_dir;
    Synthesis m_out;
    std::string m_default;
    std::string m_team;
    std::vector<Picked> m_picked;
    std::vector<std::string> m_kept;
    std::map<std::string, std::optional<PlistValue>> m_plists;
    std::map<std::size_t, Settings> m_component_settings;
    std::map<std::string, Settings> m_configuration_settings;
    std::set<std::string> m_shared_names; // placed in [settings] or in every configuration's settings
    std::set<std::string> m_bundle_ids;
};

} // namespace

std::string component_id(std::string_view target_name) {
    return slug(target_name);
}

std::optional<Synthesis> synthesize_contract(const XcodeProject& project, const fs::path& output_dir,
                                             util::Diagnostics& diagnostics) {
    return Synthesizer(project, output_dir, diagnostics).run();
}

} // namespace axg::init
