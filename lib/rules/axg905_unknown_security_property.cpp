// AXG905 unknown-security-property: security controls written "unknown" (as `appexguard init` writes where the
// project files cannot tell). Every other rule skips them, so they are asked for here — as one to-do per
// component that owns unknowns, listing them, rather than one finding per key (a fresh contract has dozens).
//
// Attribution, each unknown counted once: a channel's belong to its sender when the sender is a component (its
// code chooses how the message is protected), else to its first receiving component (the only team code on a
// channel from @any-app or @web); a store's protection to its first member that is an app, else its first member.
// An unknown no component owns (a channel between external actors, a store without members) is a finding on its
// own element.

#include <algorithm>
#include <map>
#include <vector>

#include "model/queries.hpp"
#include "rules/registry.hpp"
#include "util/text.hpp"

namespace axg::rules {

namespace {

struct Unknown {
    std::string element; // "channel \"url-x\""
    std::string key;     // "auth"
    util::SourceLocation location;
};

struct Owner {
    std::string what; // "component \"app\"", "channel \"c\""
    std::vector<Unknown> unknowns;
};

std::string channel_owner(const model::Contract& c, const model::Channel& ch) {
    if (!model::is_external(ch.from) && c.component(ch.from)) {
        return ch.from;
    }
    for (const auto& to : ch.to) {
        if (!model::is_external(to) && c.component(to)) {
            return to;
        }
    }
    return "";
}

std::string store_owner(const model::Contract& c, const model::Store& s) {
    for (const auto& m : s.members) {
        const model::Component* comp = c.component(m);
        if (comp && comp->kind == model::ComponentKind::App) {
            return m;
        }
    }
    for (const auto& m : s.members) {
        if (c.component(m)) {
            return m;
        }
    }
    return "";
}

// auth, encryption of channel "a"; protection of store "s"
std::string listing(const std::vector<Unknown>& unknowns) {
    std::vector<std::pair<std::string, std::vector<std::string>>> by_element; // in order of first appearance
    for (const auto& u : unknowns) {
        auto it =
            std::find_if(by_element.begin(), by_element.end(), [&](const auto& e) { return e.first == u.element; });
        if (it == by_element.end()) {
            by_element.push_back({u.element, {}});
            it = std::prev(by_element.end());
        }
        it->second.push_back(u.key);
    }
    std::string out;
    for (const auto& [element, keys] : by_element) {
        out += (out.empty() ? "" : "; ") + util::join(keys, ", ") + " of " + element;
    }
    return out;
}

void run(const RuleContext& ctx, Findings& out) {
    const model::Contract& c = ctx.model.contract;
    std::map<std::string, Owner> owners; // finding target -> what it owns
    auto add = [&](const std::string& component, const std::string& own_target, const std::string& element,
                   const model::Declared& decl, std::string_view key) {
        std::string target = component.empty() ? own_target : model::component_target(component);
        Owner& o = owners[target];
        o.what = component.empty() ? element : "component \"" + component + "\"";
        o.unknowns.push_back({element, std::string(key), decl.at(key)});
    };
    for (const auto& [id, ch] : c.channels) {
        std::string owner = channel_owner(c, ch);
        std::string element = "channel \"" + id + "\"";
        std::string target = model::channel_target(id);
        if (ch.auth == model::Auth::Unknown) {
            add(owner, target, element, ch, "auth");
        }
        if (ch.encryption == model::Encryption::Unknown) {
            add(owner, target, element, ch, "encryption");
        }
        if (ch.key_storage == model::KeyStorage::Unknown) {
            add(owner, target, element, ch, "key_storage");
        }
        if (ch.validation == model::Validation::Unknown) {
            add(owner, target, element, ch, "validation");
        }
    }
    for (const auto& [id, store] : c.stores) {
        if (store.protection == model::Protection::Unknown && store.has("protection")) {
            add(store_owner(c, store), model::store_target(id), "store \"" + id + "\"", store, "protection");
        }
    }
    for (auto& [target, o] : owners) {
        std::stable_sort(o.unknowns.begin(), o.unknowns.end(),
                         [](const Unknown& a, const Unknown& b) { return a.location < b.location; });
        std::size_t n = o.unknowns.size();
        auto& f = out.add(target, o.unknowns.front().location,
                          o.what + " leaves " + std::to_string(n) + " security control" + (n == 1 ? "" : "s") +
                              " unknown: " + listing(o.unknowns),
                          "find out and declare the real value of each; until then no rule can check them");
        for (std::size_t i = 1; i < n; ++i) {
            f.related.push_back(o.unknowns[i].location);
        }
    }
}

} // namespace

const Rule k_axg905{"AXG905",
                    "unknown-security-property",
                    model::Severity::Medium,
                    "governance",
                    "Security controls left \"unknown\", one to-do per component that owns them",
                    &run};

} // namespace axg::rules
