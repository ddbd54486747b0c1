#include "drift/lock.hpp"

#include <cstdio>
#include <sstream>

#include "drift/entitlement_diff.hpp"
#include "load/toml/toml_text.hpp"

namespace axg::drift {

std::string render_lock(const model::Model& model) {
    auto snap = snapshot(model, std::string(k_lock_file_name), false);
    std::ostringstream out;
    out << "# appexguard.lock: the approved entitlements of every component, per build configuration.\n"
           "# Owned by the security reviewers (list it in CODEOWNERS): `appexguard check` fails with AXG401\n"
           "# when a component gains an entitlement or a value that is not listed here. Regenerate it with\n"
           "# `appexguard lock` and review its diff; do not edit values by hand. See docs/drift.md.\n";
    out << "lock_version = " << k_lock_version << "\n";
    for (const auto& [component, by_configuration] : snap.components) {
        for (const auto& [configuration, set] : by_configuration) {
            out << "\n[components." << load::toml_string(component) << "." << load::toml_string(configuration) << "]\n";
            for (const auto& [key, locked] : set) {
                out << load::toml_string(key) << " = [";
                for (std::size_t i = 0; i < locked.values.size(); ++i) {
                    out << (i ? ", " : "") << load::toml_string(locked.values[i].value);
                }
                out << "]\n";
            }
        }
    }
    return out.str();
}

} // namespace axg::drift
