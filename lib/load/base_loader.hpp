#pragma once
// The project as it was at a base: a git revision (read from the object database, no checkout)
// or another directory. Same contract path, same loader, so the two models compare one to one.

#include <optional>
#include <string>

#include "load/model_loader.hpp"

namespace axg::load {

struct BaseSpec {
    std::string ref; // git revision: HEAD~1, origin/main, a tag, a commit id
    std::string dir; // a directory that plays the role of the project root (--root, or the contract's directory)
    bool empty() const { return ref.empty() && dir.empty(); }
    // For messages: the ref, or the directory.
    std::string label() const { return ref.empty() ? dir : ref; }
};

// Loads every configuration of the base. `head` gives the contract path and root as the user
// named them. Errors are prefixed with the base they come from.
std::optional<model::Model> load_base(const LoadOptions& head, const BaseSpec& spec, util::Diagnostics& diagnostics);

} // namespace axg::load
