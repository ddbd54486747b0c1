#pragma once
// How a target puts another target's product inside its own: the usual "Embed App Extensions" copy phase, an
// ExtensionKit "Extensions" phase, another copy phase, a shell script, or (XcodeGen) a target dependency. App Clips
// and watch apps are embedded too, but they are apps of their own, not extensions: they are recorded so that init
// can say why it leaves them out.

#include <string>
#include <string_view>

namespace axg::load {

enum class EmbedKind {
    PlugIns,        // copy-files phase to PlugIns (dstSubfolderSpec 13): Xcode's "Embed App Extensions"
    Extensions,     // copy-files phase to $(EXTENSIONS_FOLDER_PATH) (ExtensionKit)
    OtherCopyPhase, // a copy-files phase with another destination
    ScriptPhase,    // a dependency of the app that no copy phase copies, named by one of the app's script phases
    DependencyOnly, // a dependency of the app that nothing in the project visibly copies
    XcodeGen,       // an XcodeGen target dependency that is embedded (explicitly or by default)
    AppClip,        // an App Clip (product type application.on-demand-install-capable): not an extension
    Watch,          // a watchOS app or extension: runs on the watch, not in the iOS app's sandbox
};

struct Embedding {
    std::string target; // the embedded target's name
    EmbedKind kind = EmbedKind::PlugIns;
    std::string detail; // the phase's name and destination, for messages ("Embed Foundation Extensions")
};

// Product types. App extensions: app-extension*, ExtensionKit, watch and TV extensions.
bool is_extension_product(std::string_view product_type);
bool is_app_product(std::string_view product_type); // com.apple.product-type.application*, App Clips included
bool is_app_clip_product(std::string_view product_type);
bool is_watch_product(std::string_view product_type); // watch apps (watchapp, watchapp2, container), watch extensions

// True for the kinds that put an app extension into the app (everything but App Clips and watch content).
bool embeds_extension(EmbedKind kind);

// Whether init should tell the user how the extension was found (everything but the usual PlugIns copy phase and
// XcodeGen's own embedding).
bool is_unusual(EmbedKind kind);

// "X is a dependency of App copied by a script phase (\"Copy extensions\")", for init's notes.
std::string describe_embedding(const Embedding& embedding, std::string_view host);

} // namespace axg::load
