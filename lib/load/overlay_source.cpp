#include "load/overlay_source.hpp"

namespace axg::load {

namespace fs = std::filesystem;

namespace {
fs::path normal(const fs::path& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    return (ec ? path : absolute).lexically_normal();
}
} // namespace

OverlaySource::OverlaySource(const FileSource& base, const fs::path& path, std::string text)
    : m_base(base), m_path(normal(path)), m_text(std::move(text)) {}

util::ResolvedPath OverlaySource::resolve(const fs::path& root, const fs::path& base_dir,
                                          const std::string& relative) const {
    return m_base.resolve(root, base_dir, relative);
}

util::ReadResult OverlaySource::read(const fs::path& path) const {
    if (normal(path) == m_path) {
        return {m_text, ""};
    }
    return m_base.read(path);
}

} // namespace axg::load
