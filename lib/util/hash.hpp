#pragma once
// Content hashes for stable fingerprints.

#include <string>
#include <string_view>

namespace axg::util {

// Lower-case hex SHA-256 of `data`.
std::string sha256_hex(std::string_view data);

} // namespace axg::util
