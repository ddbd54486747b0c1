#include "load/model_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "load/toml/contract_loader.hpp"
#include "load/file_source.hpp"
#include "load/plist/plist_reader.hpp"
#include "load/xcode/build_settings.hpp"
#include "util/file.hpp"
#include "util/parallel.hpp"
#include "util/paths.hpp"
#include "util/repository_path.hpp"
#include "util/text.hpp"

namespace axg::load {

namespace fs = std::filesystem;
using namespace model;

namespace {

// The build settings one component (a component_in_configuration, or none for the project's own values) sees in one
// configuration, layered as Xcode layers them, lowest first: what Xcode and the signing step provide, [settings],
// [configurations.NAME.settings], the component's settings. A level that refers to a setting itself continues the
// level below, as in Xcode (`OTHER = "$(OTHER) -x"`).
class SettingsScope {
public:
    SettingsScope(const Contract& contract, const Configuration& configuration, const std::string& configuration_name,
                  const Component* component, util::Diagnostics& diagnostics)
        : m_diagnostics(diagnostics) {
        Settings builtins;
        const std::string& team = contract.project.team_id;
        // A legacy App ID prefix (an app registered before team ids were the prefix) differs from the team id.
        const std::string& prefix = contract.project.app_id_prefix.empty() ? team : contract.project.app_id_prefix;
        if (!team.empty()) {
            builtins["TeamIdentifierPrefix"] = team + ".";
            builtins["DEVELOPMENT_TEAM"] = team;
        }
        if (!prefix.empty()) {
            builtins["AppIdentifierPrefix"] = prefix + ".";
        }
        builtins["CONFIGURATION"] = configuration_name;
        builtins["DEVELOPMENT_LANGUAGE"] = "en";
        if (component) {
            builtins["TARGET_NAME"] = component->id;
            builtins["PRODUCT_NAME"] = "$(TARGET_NAME)";
            builtins["EXECUTABLE_NAME"] = "$(PRODUCT_NAME)";
            builtins["PRODUCT_MODULE_NAME"] = "$(PRODUCT_NAME:c99extidentifier)";
            builtins["PRODUCT_BUNDLE_PACKAGE_TYPE"] = component->kind == ComponentKind::App ? "APPL" : "XPC!";
            // The component's bundle id, unless it is written in terms of PRODUCT_BUNDLE_IDENTIFIER itself (then a
            // setting must define it, and AXG113 says so when none does).
            std::vector<std::string> names = referenced_settings(component->bundle_id.all);
            if (std::find(names.begin(), names.end(), "PRODUCT_BUNDLE_IDENTIFIER") == names.end()) {
                builtins["PRODUCT_BUNDLE_IDENTIFIER"] = component->bundle_id.all;
            }
            // Entitlements templates write iCloud.$(CFBundleIdentifier); Xcode expands it to the bundle id.
            builtins["CFBundleIdentifier"] = "$(PRODUCT_BUNDLE_IDENTIFIER)";
        }
        std::initializer_list<const Settings*> layers = {&builtins, &contract.settings, &configuration.settings,
                                                         component ? &component->settings : nullptr};
        for (const Settings* layer : layers) {
            if (!layer) {
                continue;
            }
            for (const auto& [key, value] : *layer) {
                if (!assign_setting(m_settings, key, value)) {
                    const Declared& where = component ? static_cast<const Declared&>(*component) : configuration;
                    diagnostics.limit(where.at("settings"),
                                      "the setting " + key + " is longer than " +
                                          std::to_string(k_max_expansion_bytes) +
                                          " bytes once its inherited value is substituted; it is cut there");
                }
            }
        }
    }

    // Expands a value written at `location` (`what` and `what_more` name it for messages); a capped expansion is an
    // input error.
    Expansion expand(std::string_view text, const util::SourceLocation& location, std::string_view what,
                     std::string_view what_more = {}) const {
        Expansion e = expand_setting(text, m_settings);
        if (e.limit != ExpansionLimit::None) {
            m_diagnostics.limit(location, "expanding " + std::string(what) + std::string(what_more) +
                                              " hits the limit of " + expansion_limit_text(e.limit) +
                                              "; the value is cut there");
        }
        return e;
    }

private:
    BuildSettings m_settings;
    util::Diagnostics& m_diagnostics;
};

void expand_plist(PlistValue& value, const SettingsScope& scope, const std::string& path) {
    switch (value.type) {
    case PlistValue::Type::String: {
        if (value.string.size() <= k_max_expansion_bytes && !has_setting_references(value.string)) {
            break; // nothing to expand (most values)
        }
        Expansion e = scope.expand(value.string, value.location, "a value in ", path);
        // Xcode writes "" for an undefined setting into the signed manifest; AXG113 reports the name.
        value.string = std::move(e.text);
        value.unresolved = std::move(e.undefined);
        break;
    }
    case PlistValue::Type::Array:
        for (auto& item : value.array) {
            expand_plist(item, scope, path);
        }
        break;
    case PlistValue::Type::Dict:
        for (auto& entry : value.dict) {
            expand_plist(entry.value, scope, path);
        }
        break;
    default: break;
    }
}

class ModelLoader {
public:
    ModelLoader(const LoadOptions& options, util::Diagnostics& diagnostics)
        : m_options(options), m_diagnostics(diagnostics),
          m_source(options.source ? *options.source : filesystem_source()) {}

    std::optional<Model> run() {
        auto read = m_source.read(m_options.contract_path);
        if (!read.text) {
            m_diagnostics.error({m_options.contract_path, 0, 0}, "cannot read the contract: " + read.error);
            return std::nullopt;
        }
        const std::string name = contract_display_name(m_options);
        auto contract = parse_contract(*read.text, name, m_diagnostics);
        if (!contract) {
            return std::nullopt;
        }
        Model model;
        model.contract = std::move(*contract);
        m_display_dir = fs::path(name).parent_path();
        std::error_code ec;
        m_contract_dir = fs::weakly_canonical(fs::absolute(m_options.contract_path).parent_path(), ec);
        m_root = m_options.root.empty() ? m_contract_dir : fs::weakly_canonical(fs::absolute(m_options.root), ec);
        if (!m_options.root.empty() && !fs::is_directory(m_root)) {
            m_diagnostics.error({}, "--root " + m_options.root + " is not a directory");
            return std::nullopt;
        }
        if (!select_configurations(model.contract)) {
            return std::nullopt;
        }
        for (const auto& name : m_selected) {
            model.configurations.push_back(view(model.contract, name));
        }
        if (!m_diagnostics.empty()) {
            return std::nullopt;
        }
        model.path_case_mismatches = std::move(m_case_mismatches);
        return model;
    }

private:
    bool select_configurations(Contract& contract) {
        if (contract.configurations.empty()) {
            Configuration implicit;
            implicit.id = std::string(k_implicit_configuration);
            implicit.release = true;
            contract.configurations.emplace(implicit.id, implicit);
        }
        if (m_options.configuration.empty()) {
            for (const auto& [name, cfg] : contract.configurations) {
                m_selected.push_back(name);
            }
            return true;
        }
        if (!contract.configurations.count(m_options.configuration)) {
            std::vector<std::string> names;
            for (const auto& [name, cfg] : contract.configurations) {
                names.push_back(name);
            }
            m_diagnostics.error({m_options.contract_path, 0, 0},
                                "--configuration \"" + util::printable(m_options.configuration) +
                                    "\" is not declared in the contract; it declares " +
                                    util::quoted_list(names, "and"));
            return false;
        }
        m_selected.push_back(m_options.configuration);
        return true;
    }

    ConfigurationView view(const Contract& contract, const std::string& name) {
        const Configuration& cfg = contract.configurations.at(name);
        ConfigurationView v;
        v.name = name;
        v.release = cfg.release;
        SettingsScope project_scope(contract, cfg, name, nullptr, m_diagnostics);
        for (const auto& [id, store] : contract.stores) {
            const std::string& identifier = store.identifier.for_configuration(name);
            if (identifier.empty()) {
                continue; // the store does not exist in this configuration
            }
            Expansion e = project_scope.expand(identifier, store.at("id"), "the id of store \"" + id + "\"");
            if (!e.undefined.empty()) {
                v.store_identifier_undefined[id] = e.undefined; // Xcode: "" there; AXG113 reports it
            }
            v.store_identifiers[id] = e.text;
        }
        // Three steps, so that the costly two run in parallel (util::parallel_for) and the result does not depend on
        // --jobs: every manifest file is resolved and read in contract order (the source may be a git tree; the
        // confinement and the case check are per path as written), the files not parsed yet are parsed, and each
        // component's settings, bundle id and manifests are expanded into its own slot, with its own diagnostics.
        struct Pending {
            std::string id;
            Component component;
            ManifestFile entitlements;
            ManifestFile info_plist;
            ComponentManifests manifests;
            util::Diagnostics diagnostics;
        };
        std::vector<Pending> pending;
        pending.reserve(contract.components.size());
        for (const auto& [id, declared] : contract.components) {
            Pending& p = pending.emplace_back(Pending{id, component_in_configuration(declared, name), {}, {}, {}, {}});
            p.entitlements = manifest_file(p.component.entitlements, name);
            p.info_plist = manifest_file(p.component.info_plist, name);
        }
        parse_read_files();
        util::parallel_for(pending.size(), [&](std::size_t i) {
            Pending& p = pending[i];
            SettingsScope scope(contract, cfg, name, &p.component, p.diagnostics);
            Expansion bundle = scope.expand(p.component.bundle_id.all, p.component.at("bundle_id"),
                                            "the bundle_id of component \"" + p.id + "\"");
            p.manifests.bundle_id = bundle.text;
            p.manifests.bundle_id_undefined = std::move(bundle.undefined); // Xcode: "" there; AXG113 reports it
            p.manifests.entitlements = manifest(p.entitlements, scope);
            p.manifests.info_plist = manifest(p.info_plist, scope);
        });
        for (Pending& p : pending) {
            m_diagnostics.append(p.diagnostics);
            v.components.emplace_hint(v.components.end(), std::move(p.id), std::move(p.manifests));
        }
        return v;
    }

    // A manifest file one component uses in one configuration: its path for messages, and the file's entry in the
    // cache (nullptr when it names none, or cannot be read).
    struct ManifestFile {
        std::string relative;
        const std::optional<PlistValue>* parsed = nullptr;
    };

    ManifestFile manifest_file(const PerConfigValue& path, const std::string& configuration) {
        const std::string& relative = path.for_configuration(configuration);
        if (relative.empty()) {
            return {};
        }
        return {display(relative), read_file(relative, path.location)};
    }

    static std::optional<Manifest> manifest(const ManifestFile& file, const SettingsScope& scope) {
        if (!file.parsed || !*file.parsed) {
            return std::nullopt;
        }
        const PlistValue& parsed = **file.parsed;
        Manifest m;
        m.path = file.relative;
        m.binary = parsed.location.line == 0;
        m.root = parsed;
        expand_plist(m.root, scope, m.path);
        return m;
    }

    std::string display(const std::string& relative) const {
        return (m_display_dir / relative).lexically_normal().string();
    }

    // Each file is read and parsed once, whatever the number of configurations using it. Reads the file into the
    // queue of parse_read_files, unless it was read before; nullptr when it cannot be.
    const std::optional<PlistValue>* read_file(const std::string& relative, const util::SourceLocation& named_at) {
        auto resolved = m_source.resolve(m_root, m_contract_dir, relative);
        if (!resolved.error.empty()) {
            m_diagnostics.error(named_at, resolved.error);
            return nullptr;
        }
        auto key = resolved.absolute.string();
        if (resolved.case_differs() && m_case_named.insert(relative).second) {
            std::string on_disk = display(resolved.absolute.lexically_relative(m_contract_dir).generic_string());
            m_case_mismatches.push_back({display(relative), on_disk, named_at, m_options.contract_path});
        }
        if (auto it = m_cache.find(key); it != m_cache.end()) {
            return &it->second;
        }
        std::optional<PlistValue>& slot = m_cache[key];
        auto read = m_source.read(resolved.absolute);
        if (!read.text) {
            m_diagnostics.error(named_at, "cannot read manifest \"" + util::printable(relative) + "\": " + read.error);
            return &slot; // stays empty: the error is reported once
        }
        m_unparsed.push_back({&slot, std::move(*read.text), display(relative), {}});
        return &slot;
    }

    // Parses the files read_file queued, in parallel, into their cache entries.
    void parse_read_files() {
        util::parallel_for(m_unparsed.size(), [&](std::size_t i) {
            Unparsed& u = m_unparsed[i];
            *u.slot = parse_plist(u.text, u.display, u.diagnostics);
        });
        for (const Unparsed& u : m_unparsed) {
            m_diagnostics.append(u.diagnostics);
        }
        m_unparsed.clear();
    }

    struct Unparsed {
        std::optional<PlistValue>* slot;
        std::string text;
        std::string display;
        util::Diagnostics diagnostics;
    };

    const LoadOptions& m_options;
    util::Diagnostics& m_diagnostics;
    const FileSource& m_source;
    fs::path m_display_dir;
    fs::path m_contract_dir;
    fs::path m_root;
    std::vector<std::string> m_selected;
    std::map<std::string, std::optional<PlistValue>> m_cache; // by absolute path; entries are never moved
    std::vector<Unparsed> m_unparsed;
    std::set<std::string> m_case_named;
    std::vector<PathCaseMismatch> m_case_mismatches;
};

} // namespace

std::optional<Model> load_model(const LoadOptions& options, util::Diagnostics& diagnostics) {
    return ModelLoader(options, diagnostics).run();
}

std::string contract_display_name(const LoadOptions& options) {
    return options.display_name.empty() ? util::repository_name(options.contract_path) : options.display_name;
}

} // namespace axg::load
