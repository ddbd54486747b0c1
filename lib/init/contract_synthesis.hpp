#pragma once
// XcodeProject -> a starter model::Contract for `appexguard init`: a component per iOS app and the extensions it
// embeds (its target, and bundle id, entitlements and Info.plist per configuration), the build settings the
// manifests' checked values use, stores from every configuration's app groups and keychain groups, and candidate
// channels. Every value is the project's, per configuration where it differs (docs/init.md). What the files cannot
// tell is written "unknown".

#include <filesystem>
#include <string>
#include <vector>

#include "load/xcode/xcode_project.hpp"
#include "model/contract.hpp"
#include "util/diagnostics.hpp"

namespace axg::init {

struct SynthesizedComponent {
    std::string id;
    std::string target;
    std::string extension_point; // "" for apps
};

struct Synthesis {
    model::Contract contract;
    std::vector<SynthesizedComponent> components; // in project order
    std::vector<std::string> skipped_targets;     // "NetNewsWire (macOS target)"
    std::vector<std::string> notes;               // decisions the user should review
    std::size_t unknowns = 0;                     // "unknown" values the user must fill in
};

// `output_dir` is where the contract will be written: every path in it is relative to that directory. Manifests
// are read from disk; a malformed one is a located error (nullopt).
std::optional<Synthesis> synthesize_contract(const load::XcodeProject& project, const std::filesystem::path& output_dir,
                                             util::Diagnostics& diagnostics);

// A contract id from a target name: runs of characters other than A-Za-z0-9_- become '-'.
std::string component_id(std::string_view target_name);

} // namespace axg::init
