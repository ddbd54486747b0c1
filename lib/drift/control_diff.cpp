#include "drift/control_diff.hpp"

#include <algorithm>
#include <tuple>

#include "model/queries.hpp"
#include "model/transport.hpp"
#include "util/duration.hpp"

namespace axg::drift {

using model::Channel;
using model::Store;
using Kind = ControlChange::Kind;

namespace {

std::string duration_text(const std::optional<std::chrono::seconds>& value) {
    return value ? util::format_duration(*value) : std::string("none");
}

std::string rate_text(const std::optional<util::Rate>& value) {
    if (!value) {
        return "none";
    }
    return std::to_string(value->count) + "/" + std::to_string(value->per_seconds) + "s";
}

// A lifetime got longer, or went away.
bool longer(const std::optional<std::chrono::seconds>& before, const std::optional<std::chrono::seconds>& after) {
    return before && (!after || *after > *before);
}

class ChannelComparer {
public:
    ChannelComparer(const Channel& before, const Channel& after, std::vector<ControlChange>& out)
        : m_before(before), m_after(after), m_out(out) {}

    template <typename E> void ordered(E before, E after, std::string_view key, std::string_view (*name)(E)) {
        if (after < before) {
            weakened(key, std::string(key) + " " + std::string(name(before)) + " -> " + std::string(name(after)));
        }
    }

    void weakened(std::string_view key, std::string detail) {
        m_out.push_back({Kind::ControlWeakened, model::channel_target(m_after.id), std::move(detail), m_after.at(key)});
    }

    void run() {
        ordered(m_before.auth, m_after.auth, "auth", model::auth_name);
        ordered(m_before.encryption, m_after.encryption, "encryption", model::encryption_name);
        ordered(m_before.key_storage, m_after.key_storage, "key_storage", model::key_storage_name);
        ordered(m_before.validation, m_after.validation, "validation", model::validation_name);
        if (model::is_authenticated(m_after.auth) && longer(m_before.token_ttl, m_after.token_ttl)) {
            weakened("token_ttl",
                     "token_ttl " + duration_text(m_before.token_ttl) + " -> " + duration_text(m_after.token_ttl));
        }
        if (m_before.token_rotation && !m_after.token_rotation) {
            weakened("token_rotation", "token_rotation true -> false");
        }
        if (longer(m_before.retention, m_after.retention)) {
            weakened("retention",
                     "retention " + duration_text(m_before.retention) + " -> " + duration_text(m_after.retention));
        }
        if (m_before.rate_limit &&
            (!m_after.rate_limit || m_after.rate_limit->per_second() > m_before.rate_limit->per_second())) {
            weakened("rate_limit",
                     "rate_limit " + rate_text(m_before.rate_limit) + " -> " + rate_text(m_after.rate_limit));
        }
        if (m_before.queue && (!m_after.queue || *m_after.queue > *m_before.queue)) {
            weakened("queue", "queue " + std::to_string(*m_before.queue) + " -> " +
                                  (m_after.queue ? std::to_string(*m_after.queue) : std::string("none")));
        }
        if (m_before.audit && !m_after.audit) {
            weakened("audit", "audit true -> false");
        }
        if (m_before.rereads_state && !m_after.rereads_state) {
            weakened("rereads_state", "rereads_state true -> false");
        }
        if (m_after.classification < m_before.classification) {
            m_out.push_back({Kind::ClassificationLowered, model::channel_target(m_after.id),
                             "classification " + std::string(model::classification_name(m_before.classification)) +
                                 " -> " + std::string(model::classification_name(m_after.classification)),
                             m_after.at("classification")});
        }
    }

private:
    const Channel& m_before;
    const Channel& m_after;
    std::vector<ControlChange>& m_out;
};

void compare_stores(const Store& before, const Store& after, std::vector<ControlChange>& out) {
    auto target = model::store_target(after.id);
    if (model::protection_strength(after.protection) < model::protection_strength(before.protection)) {
        out.push_back({Kind::ControlWeakened, target,
                       "protection " + std::string(model::protection_name(before.protection)) + " -> " +
                           std::string(model::protection_name(after.protection)),
                       after.at("protection")});
    }
    if (longer(before.retention, after.retention)) {
        out.push_back({Kind::ControlWeakened, target,
                       "retention " + duration_text(before.retention) + " -> " + duration_text(after.retention),
                       after.at("retention")});
    }
    if (after.classification < before.classification) {
        out.push_back({Kind::ClassificationLowered, target,
                       "classification " + std::string(model::classification_name(before.classification)) + " -> " +
                           std::string(model::classification_name(after.classification)),
                       after.at("classification")});
    }
}

} // namespace

std::vector<ControlChange> diff_controls(const model::Contract& base, const model::Contract& head) {
    std::vector<ControlChange> out;
    for (const auto& [id, after] : head.channels) {
        auto it = base.channels.find(id);
        if (it == base.channels.end()) {
            out.push_back({Kind::ChannelAdded, model::channel_target(id),
                           std::string(model::transport_facts(after.transport).name) + " from \"" + after.from + "\"",
                           after.location});
            continue;
        }
        ChannelComparer(it->second, after, out).run();
    }
    for (const auto& [id, before] : base.channels) {
        if (!head.channels.count(id)) {
            out.push_back({Kind::ChannelRemoved,
                           model::channel_target(id),
                           std::string(model::transport_facts(before.transport).name) + " from \"" + before.from +
                               "\", declared at line " + std::to_string(before.location.line) + " of the base",
                           {head.path, 0, 0}});
        }
    }
    for (const auto& [id, after] : head.stores) {
        if (auto it = base.stores.find(id); it != base.stores.end()) {
            compare_stores(it->second, after, out);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ControlChange& a, const ControlChange& b) {
        return std::tie(a.target, a.kind, a.detail) < std::tie(b.target, b.kind, b.detail);
    });
    return out;
}

} // namespace axg::drift
