#pragma once
// appexguard.lock: the approved entitlements per component and configuration, written
// canonically (sorted keys and values, one stable layout) so that its diff in a pull request
// shows exactly the privileges that change. Security reviewers own the file (docs/drift.md).

#include <string>
#include <string_view>

#include "model/manifest.hpp"

namespace axg::drift {

inline constexpr std::string_view k_lock_file_name = "appexguard.lock";
inline constexpr int k_lock_version = 1;

// The lock's text for every configuration of `model` (load it with every configuration).
std::string render_lock(const model::Model& model);

} // namespace axg::drift
