#pragma once
// What the Xcode project says about the targets a contract describes, reduced to plain data so that rules
// (AXG120-AXG122) can compare contract and project without knowing the project file formats. Built by
// load/xcode_facts_loader from the project named by [project] xcode_project.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/path_case.hpp"
#include "util/source_location.hpp"

namespace axg::model {

struct XcodeTargetFacts {
    std::string name;
    bool app = false;
    bool extension = false;
    bool ios = true;                   // SDKROOT is iphoneos or unset
    std::vector<std::string> embedded; // extension targets this one embeds
    util::SourceLocation location;     // where the target is declared in the project file
    // Configuration name -> value. Paths are absolute and normalised ("" when the setting is empty);
    // bundle identifiers are expanded as far as the project defines its variables.
    std::map<std::string, std::string> entitlements;
    std::map<std::string, std::string> info_plist;
    std::map<std::string, std::string> bundle_id;
};

struct EntitlementsFile {
    std::string path;                 // absolute, normalised
    std::string display;              // as the user would open it
    std::vector<std::string> used_by; // targets whose CODE_SIGN_ENTITLEMENTS is (or may be) this file
};

struct XcodeFacts {
    std::string path;              // the project file, for messages
    util::SourceLocation named_at; // [project] xcode_project in the contract
    std::vector<XcodeTargetFacts> targets;
    std::vector<EntitlementsFile> entitlements_files; // every *.entitlements below the project's source root
    std::string contract_dir;                         // absolute: contract paths are relative to it
    // Component id -> the target it describes (same bundle identifier in some configuration, else the same
    // Info.plist or entitlements file). Components without a target are absent.
    std::map<std::string, std::string> component_targets;
    // Manifests the project names with a letter case that differs from the file on disk (the paths above are the
    // on-disk ones).
    std::vector<PathCaseMismatch> case_mismatches;

    const XcodeTargetFacts* target(std::string_view name) const;
    const XcodeTargetFacts* target_of_component(std::string_view component) const;
    // A contract path made absolute against contract_dir and normalised ("" stays "").
    std::string absolute(std::string_view contract_path) const;
    // An absolute path written relative to contract_dir, as a contract would name it.
    std::string relative(std::string_view absolute_path) const;
};

} // namespace axg::model
