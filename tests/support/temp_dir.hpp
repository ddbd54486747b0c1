#pragma once
// A fresh directory under the system temp dir, removed when the object goes away.

#include <filesystem>
#include <string>
#include <string_view>

namespace axg::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    // Writes `contents` to path()/relative, creating parent folders; returns the full path.
    std::filesystem::path write(std::string_view relative, std::string_view contents) const;

private:
    std::filesystem::path m_path;
};

// A minimal XML plist around `body` (the inside of <plist>, e.g. "<dict>…</dict>").
std::string xml_plist(std::string_view body);

} // namespace axg::test
