#include "load/xcode/embedding.hpp"

namespace axg::load {

bool is_extension_product(std::string_view type) {
    return type.starts_with("com.apple.product-type.app-extension") ||
           type == "com.apple.product-type.extensionkit-extension" ||
           type == "com.apple.product-type.watchkit2-extension" ||
           type == "com.apple.product-type.watchkit-extension" || type == "com.apple.product-type.tv-app-extension";
}

bool is_app_product(std::string_view type) {
    return type.starts_with("com.apple.product-type.application");
}

bool is_app_clip_product(std::string_view type) {
    return type == "com.apple.product-type.application.on-demand-install-capable";
}

bool is_watch_product(std::string_view type) {
    return type.starts_with("com.apple.product-type.application.watchapp") ||
           type == "com.apple.product-type.watchkit2-extension" || type == "com.apple.product-type.watchkit-extension";
}

bool embeds_extension(EmbedKind kind) {
    return kind != EmbedKind::AppClip && kind != EmbedKind::Watch;
}

bool is_unusual(EmbedKind kind) {
    return kind != EmbedKind::PlugIns && kind != EmbedKind::XcodeGen;
}

std::string describe_embedding(const Embedding& embedding, std::string_view host) {
    std::string name(embedding.target);
    std::string app(host);
    std::string detail = embedding.detail.empty() ? "" : " (" + embedding.detail + ")";
    switch (embedding.kind) {
    case EmbedKind::PlugIns: return name + " is copied into " + app + "'s PlugIns folder" + detail;
    case EmbedKind::Extensions:
        return name + " is an ExtensionKit extension copied into " + app + "'s Extensions" + detail;
    case EmbedKind::OtherCopyPhase: return name + " is copied into " + app + " by a copy phase" + detail;
    case EmbedKind::ScriptPhase: return name + " is a dependency of " + app + " copied by a script phase" + detail;
    case EmbedKind::DependencyOnly:
        return name + " is a dependency of " + app +
               " that no copy phase copies (it may be copied by a script or a later step)";
    case EmbedKind::XcodeGen: return name + " is an embedded XcodeGen dependency of " + app;
    case EmbedKind::AppClip: return name + " is an App Clip embedded in " + app + detail;
    case EmbedKind::Watch: return name + " is watch content embedded in " + app + detail;
    }
    return name;
}

} // namespace axg::load
