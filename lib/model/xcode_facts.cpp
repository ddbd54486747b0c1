#include "model/xcode_facts.hpp"

#include <filesystem>

namespace axg::model {

const XcodeTargetFacts* XcodeFacts::target(std::string_view name) const {
    for (const auto& t : targets) {
        if (t.name == name) {
            return &t;
        }
    }
    return nullptr;
}

const XcodeTargetFacts* XcodeFacts::target_of_component(std::string_view component) const {
    auto it = component_targets.find(std::string(component));
    return it == component_targets.end() ? nullptr : target(it->second);
}

std::string XcodeFacts::absolute(std::string_view contract_path) const {
    if (contract_path.empty()) {
        return "";
    }
    return (std::filesystem::path(contract_dir) / std::filesystem::path(contract_path)).lexically_normal().string();
}

std::string XcodeFacts::relative(std::string_view absolute_path) const {
    return std::filesystem::path(absolute_path).lexically_relative(contract_dir).generic_string();
}

} // namespace axg::model
