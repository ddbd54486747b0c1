#include "load/model_loader.hpp"

#include <filesystem>
#include <map>
#include <set>

#include "load/toml/contract_loader.hpp"
#include "load/file_source.hpp"
#include "load/plist/plist_reader.hpp"
#include "load/xcode/variables.hpp"
#include "util/file.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

namespace axg::load {

namespace fs = std::filesystem;
using namespace model;

namespace {

// Build settings visible to one component in one configuration, most specific first.
class SettingsScope {
public:
    SettingsScope(const Contract& contract, const Configuration& configuration, const std::string& configuration_name,
                  const Component* component)
        : m_contract(contract), m_configuration(configuration), m_component(component) {
        const std::string& team = contract.project.team_id;
        if (!team.empty()) {
            m_builtins["AppIdentifierPrefix"] = team + ".";
            m_builtins["TeamIdentifierPrefix"] = team + ".";
            m_builtins["DEVELOPMENT_TEAM"] = team;
        }
        m_builtins["CONFIGURATION"] = configuration_name;
        // Settings Xcode itself provides to every target; a contract's settings override them.
        m_builtins["DEVELOPMENT_LANGUAGE"] = "en";
        if (component) {
            m_builtins["TARGET_NAME"] = component->id;
            m_builtins["PRODUCT_NAME"] = "$(TARGET_NAME)";
            m_builtins["EXECUTABLE_NAME"] = "$(PRODUCT_NAME)";
            m_builtins["PRODUCT_MODULE_NAME"] = "$(PRODUCT_NAME:c99extidentifier)";
            m_builtins["PRODUCT_BUNDLE_PACKAGE_TYPE"] = component->kind == ComponentKind::App ? "APPL" : "XPC!";
        }
    }

    std::optional<std::string> lookup(std::string_view name) const {
        for (const Settings* layer : {m_component ? &m_component->settings : nullptr, &m_configuration.settings,
                                      &m_contract.settings, &m_builtins}) {
            if (!layer) {
                continue;
            }
            if (auto it = layer->find(std::string(name)); it != layer->end()) {
                return it->second;
            }
        }
        if (name == "PRODUCT_BUNDLE_IDENTIFIER" && m_component) {
            return m_component->bundle_id;
        }
        return std::nullopt;
    }

    Expansion expand(std::string_view text) const {
        return expand_variables(text, [this](std::string_view name) { return lookup(name); });
    }

private:
    const Contract& m_contract;
    const Configuration& m_configuration;
    const Component* m_component;
    Settings m_builtins;
};

void expand_plist(PlistValue& value, const SettingsScope& scope) {
    switch (value.type) {
    case PlistValue::Type::String: {
        Expansion e = scope.expand(value.string);
        value.string = std::move(e.text);
        value.unresolved = std::move(e.unresolved);
        break;
    }
    case PlistValue::Type::Array:
        for (auto& item : value.array) {
            expand_plist(item, scope);
        }
        break;
    case PlistValue::Type::Dict:
        for (auto& entry : value.dict) {
            expand_plist(entry.value, scope);
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
        auto contract = parse_contract(*read.text, m_options.contract_path, m_diagnostics);
        if (!contract) {
            return std::nullopt;
        }
        Model model;
        model.contract = std::move(*contract);
        m_display_dir = fs::path(m_options.contract_path).parent_path();
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
        SettingsScope project_scope(contract, cfg, name, nullptr);
        for (const auto& [id, store] : contract.stores) {
            Expansion e = project_scope.expand(store.identifier);
            if (!e.unresolved.empty()) {
                m_diagnostics.error(store.at("id"), "the id of store \"" + util::printable(id) + "\" uses $(" +
                                                        util::printable(e.unresolved.front()) +
                                                        "), which no setting of configuration \"" + name +
                                                        "\" defines");
            }
            v.store_identifiers[id] = e.text;
        }
        for (const auto& [id, component] : contract.components) {
            SettingsScope scope(contract, cfg, name, &component);
            ComponentManifests m;
            Expansion bundle = scope.expand(component.bundle_id);
            if (!bundle.unresolved.empty()) {
                m_diagnostics.error(component.at("bundle_id"),
                                    "the bundle_id of component \"" + util::printable(id) + "\" uses $(" +
                                        util::printable(bundle.unresolved.front()) +
                                        "), which no setting of configuration \"" + name + "\" defines");
            }
            m.bundle_id = bundle.text;
            m.entitlements = manifest(component.entitlements, name, scope);
            m.info_plist = manifest(component.info_plist, name, scope);
            v.components.emplace(id, std::move(m));
        }
        return v;
    }

    std::optional<Manifest> manifest(const PerConfigPath& path, const std::string& configuration,
                                     const SettingsScope& scope) {
        const std::string& relative = path.for_configuration(configuration);
        if (relative.empty()) {
            return std::nullopt;
        }
        const PlistValue* parsed = parsed_plist(relative, path.location);
        if (!parsed) {
            return std::nullopt;
        }
        Manifest m;
        m.path = display(relative);
        m.binary = parsed->location.line == 0;
        m.root = *parsed;
        expand_plist(m.root, scope);
        return m;
    }

    std::string display(const std::string& relative) const {
        return (m_display_dir / relative).lexically_normal().string();
    }

    // Each file is read and parsed once, whatever the number of configurations using it.
    const PlistValue* parsed_plist(const std::string& relative, const util::SourceLocation& named_at) {
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
            return it->second ? &*it->second : nullptr;
        }
        std::optional<PlistValue>& slot = m_cache[key];
        auto read = m_source.read(resolved.absolute);
        if (!read.text) {
            m_diagnostics.error(named_at, "cannot read manifest \"" + util::printable(relative) + "\": " + read.error);
            return nullptr;
        }
        slot = parse_plist(*read.text, display(relative), m_diagnostics);
        return slot ? &*slot : nullptr;
    }

    const LoadOptions& m_options;
    util::Diagnostics& m_diagnostics;
    const FileSource& m_source;
    fs::path m_display_dir;
    fs::path m_contract_dir;
    fs::path m_root;
    std::vector<std::string> m_selected;
    std::map<std::string, std::optional<PlistValue>> m_cache;
    std::set<std::string> m_case_named;
    std::vector<PathCaseMismatch> m_case_mismatches;
};

} // namespace

std::optional<Model> load_model(const LoadOptions& options, util::Diagnostics& diagnostics) {
    return ModelLoader(options, diagnostics).run();
}

} // namespace axg::load
