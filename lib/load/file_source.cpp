#include "load/file_source.hpp"

namespace axg::load {

util::ResolvedPath FilesystemSource::resolve(const std::filesystem::path& root, const std::filesystem::path& base_dir,
                                             const std::string& relative) const {
    return util::resolve_inside(root, base_dir, relative);
}

util::ReadResult FilesystemSource::read(const std::filesystem::path& path) const {
    return util::read_file(path);
}

const FileSource& filesystem_source() {
    static const FilesystemSource source;
    return source;
}

} // namespace axg::load
