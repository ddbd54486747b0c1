#pragma once
// A FileSource that holds one file in memory and reads everything else through another source: `init` loads the
// contract it is about to write, with every manifest it names, before writing it.

#include <filesystem>
#include <string>

#include "load/file_source.hpp"

namespace axg::load {

class OverlaySource : public FileSource {
public:
    // `path` is compared after std::filesystem::absolute + lexically_normal.
    OverlaySource(const FileSource& base, const std::filesystem::path& path, std::string text);

    util::ResolvedPath resolve(const std::filesystem::path& root, const std::filesystem::path& base_dir,
                               const std::string& relative) const override;
    util::ReadResult read(const std::filesystem::path& path) const override;

private:
    const FileSource& m_base;
    std::filesystem::path m_path;
    std::string m_text;
};

} // namespace axg::load
