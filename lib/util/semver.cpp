#include "util/semver.hpp"

#include <charconv>

namespace axg::util {

namespace {
bool parse_number(std::string_view part, unsigned long& out) {
    if (part.empty() || (part.size() > 1 && part[0] == '0')) {
        return false;
    }
    auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
    return ec == std::errc() && ptr == part.data() + part.size();
}

bool valid_identifiers(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    std::size_t start = 0;
    while (true) {
        auto dot = text.find('.', start);
        auto ident = text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        if (ident.empty()) {
            return false;
        }
        for (char c : ident) {
            bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
            if (!ok) {
                return false;
            }
        }
        if (dot == std::string_view::npos) {
            return true;
        }
        start = dot + 1;
    }
}
} // namespace

std::optional<SemVer> parse_semver(std::string_view text) {
    SemVer v;
    auto plus = text.find('+');
    if (plus != std::string_view::npos) {
        if (!valid_identifiers(text.substr(plus + 1))) {
            return std::nullopt;
        }
        text = text.substr(0, plus);
    }
    auto dash = text.find('-');
    if (dash != std::string_view::npos) {
        v.prerelease = std::string(text.substr(dash + 1));
        if (!valid_identifiers(v.prerelease)) {
            return std::nullopt;
        }
        text = text.substr(0, dash);
    }
    auto d1 = text.find('.');
    auto d2 = d1 == std::string_view::npos ? d1 : text.find('.', d1 + 1);
    if (d2 == std::string_view::npos) {
        return std::nullopt;
    }
    if (!parse_number(text.substr(0, d1), v.major) || !parse_number(text.substr(d1 + 1, d2 - d1 - 1), v.minor) ||
        !parse_number(text.substr(d2 + 1), v.patch)) {
        return std::nullopt;
    }
    return v;
}

std::string SemVer::str() const {
    std::string out = std::to_string(major) + '.' + std::to_string(minor) + '.' + std::to_string(patch);
    if (!prerelease.empty()) {
        out += '-' + prerelease;
    }
    return out;
}

std::strong_ordering SemVer::operator<=>(const SemVer& other) const {
    if (auto c = major <=> other.major; c != 0) return c;
    if (auto c = minor <=> other.minor; c != 0) return c;
    if (auto c = patch <=> other.patch; c != 0) return c;
    if (prerelease.empty() != other.prerelease.empty()) {
        return prerelease.empty() ? std::strong_ordering::greater : std::strong_ordering::less;
    }
    return prerelease <=> other.prerelease;
}

} // namespace axg::util
