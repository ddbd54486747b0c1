#include "drift/lock.hpp"

#include <cstdio>
#include <sstream>

#include "drift/entitlement_diff.hpp"

namespace axg::drift {

std::string toml_quote(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", u);
            out += buffer;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

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
            out << "\n[components." << toml_quote(component) << "." << toml_quote(configuration) << "]\n";
            for (const auto& [key, locked] : set) {
                out << toml_quote(key) << " = [";
                for (std::size_t i = 0; i < locked.values.size(); ++i) {
                    out << (i ? ", " : "") << toml_quote(locked.values[i].value);
                }
                out << "]\n";
            }
        }
    }
    return out.str();
}

} // namespace axg::drift
