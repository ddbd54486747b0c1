#pragma once
// Two versions of the contract's channels and stores compared: IPC surfaces added or removed, and
// security controls that got weaker (each control enum is ordered weakest to strongest).

#include <string>
#include <vector>

#include "model/contract.hpp"

namespace axg::drift {

struct ControlChange {
    enum class Kind { ChannelAdded, ChannelRemoved, ControlWeakened, ClassificationLowered };
    Kind kind;
    std::string target;            // channels.<id> or stores.<id>
    std::string detail;            // "encryption aead -> none"
    util::SourceLocation location; // in the current contract
};

// Sorted by target, kind, detail.
std::vector<ControlChange> diff_controls(const model::Contract& base, const model::Contract& head);

} // namespace axg::drift
