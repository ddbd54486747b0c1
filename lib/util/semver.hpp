#pragma once
// Semantic versions (semver.org 2.0.0): MAJOR.MINOR.PATCH[-pre][+build].

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace axg::util {

struct SemVer {
    unsigned long major = 0;
    unsigned long minor = 0;
    unsigned long patch = 0;
    std::string prerelease;
    std::string str() const;
    // Precedence without build metadata; prerelease compared as a plain string.
    std::strong_ordering operator<=>(const SemVer& other) const;
    bool operator==(const SemVer& other) const { return (*this <=> other) == 0; }
};

std::optional<SemVer> parse_semver(std::string_view text);

} // namespace axg::util
