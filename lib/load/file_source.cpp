#include "load/file_source.hpp"

namespace axg::load {

util::ResolvedPath FilesystemSource::resolve(const std::filesystem::path& root, const std::filesystem::path& base_dir,
                                             const std::string& relative) const {
    util::ResolvedPath resolved = util::resolve_inside(root, base_dir, relative);
    if (!resolved.error.empty()) {
        return resolved;
    }
    // A file named with the wrong letter case is found on a Mac (case-insensitive APFS) and missing anywhere else:
    // read it, and say so (AXG124), rather than fail with "cannot read".
    std::optional<std::filesystem::path> on_disk = util::find_case_insensitive(resolved.absolute);
    if (!on_disk) {
        return resolved;
    }
    std::error_code ec;
    std::filesystem::path canonical = std::filesystem::weakly_canonical(*on_disk, ec);
    if (ec || !util::is_inside(root, canonical)) {
        return resolved;
    }
    resolved.as_named = resolved.absolute;
    resolved.absolute = canonical;
    return resolved;
}

util::ReadResult FilesystemSource::read(const std::filesystem::path& path) const {
    return util::read_file(path);
}

const FileSource& filesystem_source() {
    static const FilesystemSource source;
    return source;
}

} // namespace axg::load
