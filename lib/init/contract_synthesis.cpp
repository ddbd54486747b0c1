#include "init/contract_synthesis.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "load/plist/plist_reader.hpp"
#include "load/xcode/build_settings.hpp"
#include "model/entitlements.hpp"
#include "model/manifest.hpp"
#include "model/queries.hpp"
#include "util/file.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

namespace axg::init {

namespace fs = std::filesystem;
using namespace model;
using namespace load;

namespace {

// Variables that the contract's own loader provides (docs/contract-format.md, built-ins: from team_id, the
// configuration, the component's bundle_id and id): never copied, a copy would only repeat or contradict them.
const std::set<std::string, std::less<>> k_provided = {"PRODUCT_BUNDLE_IDENTIFIER",
                                                       "AppIdentifierPrefix",
                                                       "TeamIdentifierPrefix",
                                                       "CONFIGURATION",
                                                       "inherited",
                                                       "DEVELOPMENT_LANGUAGE",
                                                       "TARGET_NAME",
                                                       "PRODUCT_NAME",
                                                       "EXECUTABLE_NAME",
                                                       "PRODUCT_MODULE_NAME",
                                                       "PRODUCT_BUNDLE_PACKAGE_TYPE"};

struct Picked {
    const XcodeTarget* target = nullptr;
    std::string id;
    bool app = false;
    std::map<std::string, std::string> entitlements; // configuration -> absolute path of an existing file
    std::map<std::string, std::string> info_plist;
    // Configuration -> the variables that the manifest values rules read use there (so the contract must define
    // them to expand those manifests).
    std::map<std::string, std::set<std::string>> needs;
};

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

bool defined_anywhere(const XcodeTarget& target, std::string_view name) {
    return std::any_of(target.settings.begin(), target.settings.end(),
                       [&](const auto& entry) { return entry.second.find(name) != entry.second.end(); });
}

// `text` expanded against the target's settings in one configuration as Xcode expands it, except for what the
// contract must still say: the provisioning profile's prefix ($(AppIdentifierPrefix)) stays, the contract expands
// it from team_id; and a name the target defines in no configuration stays as written (a variable of an untracked
// xcconfig: a developer's Local.xcconfig, a Developer.xcconfig made from a template), so that check reports it
// where it is used (AXG113) instead of init writing Xcode's silent "". A name defined in other configurations only
// (DEBUG_SUFFIX in Debug's xcconfig) expands to "" as in Xcode: that is how a per-configuration suffix is written.
Expansion expanded_as_xcode(const XcodeTarget& target, const std::string& configuration, std::string_view text) {
    static const BuildSettings none;
    auto found = target.settings.find(configuration);
    const BuildSettings& settings = found == target.settings.end() ? none : found->second;
    Expansion first = expand_setting(text, settings, ExpansionOptions{.keep_undefined = k_signing_names});
    std::vector<std::string_view> kept(std::begin(k_signing_names), std::end(k_signing_names));
    for (const auto& name : first.undefined) {
        if (!defined_anywhere(target, name)) {
            kept.push_back(name);
        }
    }
    if (kept.size() == std::size(k_signing_names)) {
        return first;
    }
    return expand_setting(text, settings, ExpansionOptions{.keep_undefined = kept});
}

// A value that hits an expansion limit is an input error in `diagnostics`, located at the target.
Expansion expanded(const XcodeTarget& target, const std::string& configuration, std::string_view text,
                   util::Diagnostics& diagnostics) {
    Expansion e = expanded_as_xcode(target, configuration, text);
    if (e.limit != ExpansionLimit::None) {
        diagnostics.limit(target.location, "expanding \"" + util::printable(text.substr(0, 80)) + "\" for target " +
                                               util::printable(target.name) + " (" + util::printable(configuration) +
                                               ") hits the limit of " + expansion_limit_text(e.limit));
    }
    return e;
}

// Nothing was kept as written but the provisioning profile's prefix.
bool resolved(const Expansion& e) {
    bool signing_only = std::all_of(e.kept.begin(), e.kept.end(), [](const std::string& name) {
        return std::find(std::begin(k_signing_names), std::end(k_signing_names), name) != std::end(k_signing_names);
    });
    return signing_only && e.notes.empty() && e.limit == ExpansionLimit::None;
}

// The project's value of a setting, fully resolved; nullopt when the project does not define it there or leaves
// part of it undefined (a self reference, an untracked xcconfig's variable): then it is not written, and check
// reports the variable where a manifest uses it (AXG113) instead of expanding it wrongly.
std::optional<std::string> resolved_setting(const XcodeTarget& target, const std::string& configuration,
                                            std::string_view name, util::Diagnostics& diagnostics) {
    if (!defines(target, configuration, name)) {
        return std::nullopt;
    }
    Expansion e =
        expanded(target, configuration, target.settings.find(configuration)->second.find(name)->second, diagnostics);
    return resolved(e) ? std::optional<std::string>(std::move(e.text)) : std::nullopt;
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

// One store per group of (kind, configuration, identifier) holdings that belong together: the same identifier in
// every configuration, and the same entitlement value as one component writes it (group.$(MOZ_BUNDLE_ID) is the
// Beta group in Beta and the Release group in Release: one store with an id per configuration).
class StoreLinker {
public:
    struct Store {
        StoreKind kind = StoreKind::AppGroup;
        // configuration -> identifier -> holders (component indexes)
        std::map<std::string, std::map<std::string, std::set<std::size_t>>> held;
    };

    void hold(StoreKind kind, const std::string& configuration, const std::string& identifier, std::size_t component,
              const std::string& raw) {
        std::size_t node = node_of({kind, configuration, identifier});
        m_holders[node].insert(component);
        link(node, m_by_raw.try_emplace({kind, component, raw}, node).first->second);
        link(node, m_by_identifier.try_emplace({kind, identifier}, node).first->second);
    }

    // In order of each store's first holding.
    std::vector<Store> stores() {
        std::map<std::size_t, std::size_t> index; // root -> position in out
        std::vector<Store> out;
        for (std::size_t node = 0; node < m_nodes.size(); ++node) {
            auto [it, added] = index.try_emplace(root(node), out.size());
            if (added) {
                out.push_back(Store{std::get<0>(m_nodes[node]), {}});
            }
            const auto& [kind, configuration, identifier] = m_nodes[node];
            out[it->second].held[configuration][identifier] = m_holders[node];
        }
        return out;
    }

private:
    using Node = std::tuple<StoreKind, std::string, std::string>;

    std::size_t node_of(const Node& node) {
        auto [it, added] = m_index.try_emplace(node, m_nodes.size());
        if (added) {
            m_nodes.push_back(node);
            m_parent.push_back(m_parent.size());
            m_holders.emplace_back();
        }
        return it->second;
    }
    std::size_t root(std::size_t node) {
        while (m_parent[node] != node) {
            node = m_parent[node] = m_parent[m_parent[node]];
        }
        return node;
    }
    void link(std::size_t a, std::size_t b) {
        a = root(a);
        b = root(b);
        if (a != b) {
            m_parent[std::max(a, b)] = std::min(a, b); // the first node stays the root: deterministic order
        }
    }

    std::vector<Node> m_nodes;
    std::map<Node, std::size_t> m_index;
    std::vector<std::size_t> m_parent;
    std::vector<std::set<std::size_t>> m_holders;
    std::map<std::tuple<StoreKind, std::size_t, std::string>, std::size_t> m_by_raw;
    std::map<std::pair<StoreKind, std::string>, std::size_t> m_by_identifier;
};

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
        link_channels();
        if (!m_diagnostics.empty()) {
            return std::nullopt; // an expansion limit hit on the way
        }
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

    // The manifest of one configuration, or nullptr.
    const PlistValue* manifest(const std::map<std::string, std::string>& by_configuration,
                               const std::string& configuration) {
        auto it = by_configuration.find(configuration);
        return it == by_configuration.end() ? nullptr : plist(it->second);
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
            }
            // Only the values rules read (and AXG113 checks) need the contract to define their variables.
            std::vector<std::string> strings;
            if (const PlistValue* root = manifest(p.entitlements, configuration)) {
                collect_strings(*root, strings);
            }
            if (const PlistValue* root = manifest(p.info_plist, configuration)) {
                for (const auto& entry : root->dict) {
                    if (is_rule_read_info_key(entry.key)) {
                        collect_strings(entry.value, strings);
                    }
                }
            }
            for (const auto& s : strings) {
                for (auto& name : referenced_settings(s)) {
                    p.needs[configuration].insert(name);
                }
            }
        }
    }

    // Every configuration is written, also one whose values use a variable the repository does not define (Brave's
    // Debug takes LOCAL_BUNDLE_ID from a developer's untracked Local.xcconfig): the variable is written as such and
    // check reports it there (AXG113), rather than the configuration going unchecked.
    void choose_configurations() { m_kept = m_project.configurations; }

    void place_settings() {
        std::set<std::string> names;
        for (const Picked& p : m_picked) {
            for (const auto& configuration : m_kept) {
                if (auto it = p.needs.find(configuration); it != p.needs.end()) {
                    names.insert(it->second.begin(), it->second.end());
                }
            }
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

    // Writes the project's values of `name` where the components whose manifests use it look them up, exactly:
    // [settings] when one value serves every use, [configurations.X] settings when it depends on the configuration
    // only, else each component's settings (a table per configuration where it differs). A use the project leaves
    // undefined gets no value, so check reports it there (AXG113) instead of a value hoisted from elsewhere.
    void place(const std::string& name) {
        using Value = std::optional<std::string>;
        std::map<std::pair<std::size_t, std::string>, Value> uses; // (component, configuration) -> project value
        for (std::size_t i = 0; i < m_picked.size(); ++i) {
            for (const auto& configuration : m_kept) {
                auto needs = m_picked[i].needs.find(configuration);
                if (needs != m_picked[i].needs.end() && needs->second.count(name)) {
                    uses[{i, configuration}] =
                        resolved_setting(*m_picked[i].target, configuration, name, m_diagnostics);
                }
            }
        }
        if (std::none_of(uses.begin(), uses.end(), [](const auto& u) { return u.second.has_value(); })) {
            return; // not defined anywhere: AXG113 reports it where it is used
        }
        auto grouped = [&](bool by_configuration) {
            std::map<std::string, std::set<Value>> groups;
            for (const auto& [key, value] : uses) {
                groups[by_configuration ? key.second : std::to_string(key.first)].insert(value);
            }
            return groups;
        };
        auto all_single = [](const std::map<std::string, std::set<Value>>& groups) {
            return std::all_of(groups.begin(), groups.end(), [](const auto& g) { return g.second.size() == 1; });
        };
        std::set<std::size_t> users;
        std::set<Value> distinct;
        for (const auto& [key, value] : uses) {
            users.insert(key.first);
            distinct.insert(value);
        }
        if (users.size() > 1 && distinct.size() == 1) {
            m_out.contract.settings[name] = **distinct.begin();
            return;
        }
        if (users.size() > 1 && all_single(grouped(true))) {
            for (const auto& [key, value] : uses) {
                if (value) {
                    m_configuration_settings[key.second][name] = *value;
                }
            }
            return;
        }
        for (std::size_t i : users) {
            std::set<Value> mine;
            for (const auto& [key, value] : uses) {
                if (key.first == i) {
                    mine.insert(value);
                }
            }
            for (const auto& [key, value] : uses) {
                if (key.first != i || !value) {
                    continue;
                }
                if (mine.size() == 1) {
                    m_component_settings[i].settings[name] = *value;
                } else {
                    m_component_settings[i].configuration_settings[key.second][name] = *value;
                }
            }
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

    // One value when every kept configuration has the same, else a table of the configurations that have one.
    PerConfigValue per_config(const std::map<std::string, std::string>& by_configuration) const {
        PerConfigValue out;
        std::set<std::string> distinct;
        for (const auto& name : m_kept) {
            if (auto it = by_configuration.find(name); it != by_configuration.end() && !it->second.empty()) {
                out.by_configuration[name] = it->second;
                distinct.insert(it->second);
            }
        }
        if (distinct.size() == 1 && out.by_configuration.size() == m_kept.size()) {
            out.all = *distinct.begin();
            out.by_configuration.clear();
        }
        return out;
    }

    PerConfigValue per_config_path(const std::map<std::string, std::string>& by_configuration) const {
        std::map<std::string, std::string> relatives;
        for (const auto& [configuration, path] : by_configuration) {
            relatives[configuration] = relative(path);
        }
        return per_config(relatives);
    }

    // The configuration a single value is read from: the default, else the first kept one that has it.
    template <typename Map> const std::string* preferred(const Map& by_configuration) const {
        if (by_configuration.count(m_default)) {
            return &m_default;
        }
        for (const auto& name : m_kept) {
            if (by_configuration.count(name)) {
                return &name;
            }
        }
        return nullptr;
    }

    void component(const Picked& p) {
        const XcodeTarget& t = *p.target;
        Component c;
        c.id = p.id;
        c.kind = p.app ? ComponentKind::App : ComponentKind::Extension;
        c.target = t.name;
        // The resolved value per configuration: the contract then needs none of the project's variables for it.
        std::map<std::string, std::string> bundle_ids;
        for (const auto& name : m_kept) {
            // A variable the repository does not define stays in it (see expanded), so that check names it.
            std::string value =
                expanded(t, name, raw_setting(t, name, "PRODUCT_BUNDLE_IDENTIFIER"), m_diagnostics).text;
            if (value.empty()) {
                continue;
            }
            if (auto [it, added] = m_bundle_ids.try_emplace({name, value}, p.id); !added) {
                note(p.id + ": its bundle identifier " + value + " in " + name + " is also " + it->second +
                     "'s; left out there");
                continue;
            }
            bundle_ids[name] = value;
        }
        c.bundle_id = per_config(bundle_ids);
        c.entitlements = per_config_path(p.entitlements);
        c.info_plist = per_config_path(p.info_plist);
        auto index = static_cast<std::size_t>(&p - m_picked.data());
        if (auto it = m_component_settings.find(index); it != m_component_settings.end()) {
            c.settings = it->second.settings;
            c.configuration_settings = it->second.configuration_settings;
        }
        SynthesizedComponent summary{p.id, t.name, ""};
        if (!p.app) {
            const std::string* from = preferred(p.info_plist);
            const PlistValue* info = from ? manifest(p.info_plist, *from) : nullptr;
            const PlistValue* point = info ? extension_point_of(*info) : nullptr;
            c.extension_point = point && point->is_string() ? point->string : "unknown";
            if (c.extension_point == "unknown") {
                note(p.id + ": no NSExtensionPointIdentifier in its Info.plist; set extension_point");
            }
            summary.extension_point = c.extension_point;
            // A keyboard writes its app groups only with open access (docs/transports.md, "Keyboards").
            const PlistValue* open = info ? extension_attribute(*info, "RequestsOpenAccess") : nullptr;
            c.open_access = c.extension_point == "com.apple.keyboard-service" && open && open->is_true();
        }
        m_out.components.push_back(summary);
        m_out.contract.components[p.id] = std::move(c);
    }

    void stores() {
        StoreLinker linker;
        for (std::size_t i = 0; i < m_picked.size(); ++i) {
            const Picked& p = m_picked[i];
            for (const auto& configuration : m_kept) {
                const PlistValue* root = manifest(p.entitlements, configuration);
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
                        Expansion identifier = expanded(*p.target, configuration, value->string, m_diagnostics);
                        if (!resolved(identifier) || identifier.text.empty()) {
                            note(p.id + ": the " + std::string(store_kind_name(kind)) + " " + value->string +
                                 " is not resolvable in " + configuration + "; declare its store by hand");
                            continue;
                        }
                        linker.hold(kind, configuration, identifier.text, i, value->string);
                    }
                }
            }
        }
        std::set<std::string> taken;
        for (const StoreLinker::Store& held : linker.stores()) {
            split(held, taken);
        }
    }

    // Per configuration, the identifier most holders use (an app's on a tie) is the store's id there, and every
    // holder of one of its identifiers is a member there (one keeping another configuration's identifier is the
    // mismatch AXG123 reports). Members are the same in every configuration of a store, so configurations whose
    // members differ get stores of their own, each existing only there (Focus' intent extension holds the Focus
    // group in the Klar builds too, where the app does not).
    void split(const StoreLinker::Store& held, std::set<std::string>& taken) {
        std::vector<std::pair<std::set<std::size_t>, std::map<std::string, std::string>>> parts; // members, ids
        std::vector<std::string> order = m_kept;
        std::stable_partition(order.begin(), order.end(), [&](const std::string& c) { return c == m_default; });
        for (const auto& configuration : order) {
            auto it = held.held.find(configuration);
            if (it == held.held.end()) {
                continue;
            }
            const std::pair<const std::string, std::set<std::size_t>>* best = nullptr;
            auto rank = [&](const auto& entry) {
                bool app = std::any_of(entry.second.begin(), entry.second.end(),
                                       [&](std::size_t i) { return m_picked[i].app; });
                return std::pair{entry.second.size(), app};
            };
            std::set<std::size_t> members;
            for (const auto& entry : it->second) {
                members.insert(entry.second.begin(), entry.second.end());
                if (!best || rank(entry) > rank(*best)) {
                    best = &entry;
                }
            }
            auto part = std::find_if(parts.begin(), parts.end(), [&](const auto& p) { return p.first == members; });
            if (part == parts.end()) {
                parts.emplace_back(members, std::map<std::string, std::string>{});
                part = std::prev(parts.end());
            }
            part->second[configuration] = best->first;
        }
        // The part with the most members takes the plain name (parts of one size keep their order: the default
        // configuration's first).
        std::stable_sort(parts.begin(), parts.end(),
                         [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
        for (const auto& [members, identifiers] : parts) {
            store(held.kind, identifiers, members, taken);
        }
    }

    void store(StoreKind kind, const std::map<std::string, std::string>& identifiers,
               const std::set<std::size_t>& members, std::set<std::string>& taken) {
        Store s;
        s.kind = kind;
        s.identifier = per_config(identifiers);
        for (std::size_t i : members) {
            s.members.push_back(m_picked[i].id);
        }
        std::sort(s.members.begin(), s.members.end());
        s.protection = Protection::Unknown;
        s.classification = kind == StoreKind::KeychainGroup ? Classification::Credential : Classification::Internal;
        s.role = default_data_role(kind);
        std::string name = identifiers.at(*preferred(identifiers));
        std::string shown = name;
        for (std::string prefix : {std::string("$(AppIdentifierPrefix)"), std::string("$(TeamIdentifierPrefix)"),
                                   m_team.empty() ? std::string("\x01") : m_team + "."}) {
            if (name.starts_with(prefix)) {
                name = name.substr(prefix.size());
            }
        }
        std::string id = unique((kind == StoreKind::KeychainGroup ? "keychain-" : "") + slug(name), taken);
        taken.insert(id);
        s.id = id;
        ++m_out.unknowns;
        if (s.members.size() > 1) {
            Channel ch;
            ch.id = id + "-shared";
            ch.transport = kind == StoreKind::KeychainGroup ? Transport::KeychainItem : Transport::AppGroupFile;
            ch.store = id;
            ch.classification = s.classification;
            std::vector<std::string> others = s.members;
            auto app = std::find_if(others.begin(), others.end(), [&](const std::string& m) {
                return m_out.contract.components.at(m).kind == ComponentKind::App;
            });
            ch.from = app != others.end() ? *app : others.front();
            others.erase(std::find(others.begin(), others.end(), ch.from));
            ch.to = others;
            // The candidate channel is the store's only one: whoever only receives on it is written read-only.
            s.read_only = others;
            ch.description = "Candidate, inferred from the shared " + std::string(store_kind_name(kind)) + " " + shown +
                             ": confirm the sender, the receivers (read_only of the store), a schema and "
                             "the controls.";
            unknown_controls(ch);
            m_out.contract.channels[ch.id] = std::move(ch);
        }
        m_out.contract.stores[id] = std::move(s);
    }

    // Per component and per value as its manifest writes it: the resolved value in each kept configuration.
    using Occurrences = std::vector<std::pair<std::string, std::map<std::string, std::string>>>; // raw -> by config

    static void occur(Occurrences& out, const std::string& raw, const std::string& configuration, std::string value) {
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& o) { return o.first == raw; });
        if (it == out.end()) {
            out.emplace_back(raw, std::map<std::string, std::string>{});
            it = std::prev(out.end());
        }
        it->second[configuration] = std::move(value);
    }

    void url_channels() {
        for (const Picked& p : m_picked) {
            Occurrences schemes;
            for (const auto& configuration : m_kept) {
                const PlistValue* info = manifest(p.info_plist, configuration);
                if (!info) {
                    continue;
                }
                for (const PlistValue* value : url_schemes_of(*info)) {
                    Expansion e = expanded(*p.target, configuration, value->string, m_diagnostics);
                    std::string scheme = e.text;
                    if (!resolved(e) || !e.kept.empty() || scheme.empty()) {
                        note(p.id + ": the URL scheme " + value->string + " is not resolvable in " + configuration +
                             "; declare its channel by hand");
                        continue;
                    }
                    occur(schemes, value->string, configuration, scheme);
                }
            }
            for (const auto& [raw, by_configuration] : schemes) {
                Channel ch;
                ch.scheme = per_config(by_configuration);
                ch.id = unique("url-" + slug(by_configuration.at(*preferred(by_configuration))), channel_ids());
                ch.transport = Transport::UrlScheme;
                ch.from = "@any-app";
                ch.to = {p.id};
                ch.description = "Candidate, from CFBundleURLSchemes of " + p.id + ": any app or web page can open it.";
                unknown_controls(ch);
                m_out.contract.channels[ch.id] = std::move(ch);
            }
        }
    }

    void link_channels() {
        for (const Picked& p : m_picked) {
            Occurrences domains;
            for (const auto& configuration : m_kept) {
                const PlistValue* root = manifest(p.entitlements, configuration);
                const PlistValue* list = root ? root->find(entitlement::k_associated_domains) : nullptr;
                if (!list) {
                    continue;
                }
                for (const PlistValue* value : list->strings()) {
                    Expansion e = expanded(*p.target, configuration, value->string, m_diagnostics);
                    std::string text = e.text;
                    if (!text.starts_with("applinks:") || !resolved(e) || !e.kept.empty()) {
                        continue;
                    }
                    occur(domains, value->string, configuration, text.substr(9, text.find('?') - 9));
                }
            }
            for (const auto& [raw, by_configuration] : domains) {
                Channel ch;
                ch.domain = per_config(by_configuration);
                std::string domain = by_configuration.at(*preferred(by_configuration));
                ch.id =
                    unique("link-" + slug(domain) + (m_picked.size() > 1 && !p.app ? "-" + p.id : ""), channel_ids());
                ch.transport = Transport::UniversalLink;
                ch.from = "@web";
                ch.to = {p.id};
                ch.description = "Candidate, from " + std::string(entitlement::k_associated_domains) + " of " + p.id +
                                 ": universal links any web page can send.";
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

    struct ComponentSettings {
        Settings settings;
        std::map<std::string, Settings> configuration_settings;
    };

    const XcodeProject& m_project;
    util::Diagnostics& m_diagnostics;
    fs::path m_output_dir;
    Synthesis m_out;
    std::string m_default;
    std::string m_team;
    std::vector<Picked> m_picked;
    std::vector<std::string> m_kept;
    std::map<std::string, std::optional<PlistValue>> m_plists;
    std::map<std::size_t, ComponentSettings> m_component_settings;
    std::map<std::string, Settings> m_configuration_settings;
    std::map<std::pair<std::string, std::string>, std::string> m_bundle_ids; // (configuration, bundle id) -> component
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
