#include "load/toml/lock_loader.hpp"

#include <algorithm>
#include <filesystem>

#include "load/toml/toml_reader.hpp"
#include "util/file.hpp"

namespace axg::load {

std::string lock_path_for(std::string_view contract_path) {
    return (std::filesystem::path(contract_path).parent_path() / "appexguard.lock").string();
}

std::optional<model::EntitlementSnapshot> parse_lock(std::string_view text, std::string_view path,
                                                     util::Diagnostics& diagnostics) {
    std::size_t errors_before = diagnostics.size();
    TomlReader reader(std::string(path), diagnostics);
    std::optional<toml::table> parsed = parse_toml(text, path, diagnostics);
    if (!parsed) {
        return std::nullopt;
    }
    const toml::table& root = *parsed;
    model::EntitlementSnapshot snap;
    snap.source = std::string(path);
    snap.location = {std::string(path), 0, 0};
    reader.check_keys(root, {"lock_version", "components"}, "the lock");
    if (auto version = reader.integer(root, "lock_version", "the lock")) {
        if (*version != 1) {
            reader.error(reader.locate(*root.get("lock_version")),
                         "lock_version " + std::to_string(*version) +
                             " is not supported (this appexguard writes 1); regenerate it with `appexguard lock`");
        }
    } else if (!root.contains("lock_version")) {
        reader.error(snap.location, "the lock has no lock_version; regenerate it with `appexguard lock`");
    }
    if (const toml::table* components = reader.table(root, "components", "the lock")) {
        for (const auto& [component, cnode] : *components) {
            const toml::table* configurations = cnode.as_table();
            if (!configurations) {
                reader.error(reader.locate(cnode), "components." + std::string(component.str()) + " must be a table");
                continue;
            }
            for (const auto& [configuration, snode] : *configurations) {
                const toml::table* keys = snode.as_table();
                std::string where =
                    "components." + std::string(component.str()) + "." + std::string(configuration.str());
                if (!keys) {
                    reader.error(reader.locate(snode), where + " must be a table of entitlement = [values]");
                    continue;
                }
                auto& set = snap.components[std::string(component.str())][std::string(configuration.str())];
                for (const auto& [key, vnode] : *keys) {
                    model::LockedEntitlement locked;
                    locked.location = reader.locate(key.source());
                    const toml::array* values = vnode.as_array();
                    if (!values) {
                        reader.error(reader.locate(vnode),
                                     where + "." + std::string(key.str()) + " must be an array of strings");
                        continue;
                    }
                    for (const auto& item : *values) {
                        if (auto s = item.value<std::string>()) {
                            locked.values.push_back({*s, reader.locate(item)});
                        } else {
                            reader.error(reader.locate(item),
                                         where + "." + std::string(key.str()) + " must hold strings only");
                        }
                    }
                    std::stable_sort(locked.values.begin(), locked.values.end());
                    locked.values.erase(std::unique(locked.values.begin(), locked.values.end()), locked.values.end());
                    set[std::string(key.str())] = std::move(locked);
                }
            }
        }
    }
    if (diagnostics.size() != errors_before) {
        return std::nullopt;
    }
    return snap;
}

bool read_lock(const std::string& path, std::string_view name, std::optional<model::EntitlementSnapshot>& lock,
               util::Diagnostics& diagnostics) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        return true;
    }
    auto read = util::read_file(path);
    if (!read.text) {
        diagnostics.error({path, 0, 0}, "cannot read the lock: " + read.error);
        return false;
    }
    lock = parse_lock(*read.text, name, diagnostics);
    return lock.has_value();
}

} // namespace axg::load
