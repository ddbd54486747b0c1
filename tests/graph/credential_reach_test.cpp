// The one-pass nearest-credential search (graph/credential_reach.hpp) against its definition: for
// every component of many pseudo-random contracts, the credential exposure with the fewest control
// steps, then the smallest `where`, among the non-own exposures of a full blast-radius walk.

#include <gtest/gtest.h>

#include <random>

#include "graph/blast_radius.hpp"
#include "graph/credential_reach.hpp"

namespace axg::test {
namespace {

using model::Classification;

model::Contract random_contract(unsigned seed) {
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    model::Contract c;
    const int components = 3 + pick(8);
    const int stores = pick(4);
    std::vector<std::string> ids;
    for (int i = 0; i < components; ++i) {
        model::Component comp;
        comp.id = "c" + std::to_string(i);
        comp.kind = i == 0 ? model::ComponentKind::App : model::ComponentKind::Extension;
        ids.push_back(comp.id);
        c.components.emplace(comp.id, comp);
    }
    const Classification classes[] = {Classification::Public, Classification::Personal, Classification::Credential};
    for (int i = 0; i < stores; ++i) {
        model::Store s;
        s.id = "s" + std::to_string(i);
        s.classification = classes[pick(3)];
        for (const auto& id : ids) {
            if (pick(3) == 0) {
                s.members.push_back(id);
                if (pick(3) == 0) {
                    s.read_only.push_back(id);
                }
            }
        }
        c.stores.emplace(s.id, s);
    }
    const model::Transport transports[] = {model::Transport::AppGroupFile, model::Transport::Xpc,
                                           model::Transport::UrlScheme, model::Transport::ExtensionContext};
    const int channels = pick(3 * components);
    for (int i = 0; i < channels; ++i) {
        model::Channel ch;
        ch.id = "ch" + std::to_string(i);
        ch.transport = transports[pick(4)];
        ch.from = pick(8) == 0 ? "@any-app" : ids[pick(components)];
        ch.to.push_back(ids[pick(components)]);
        if (pick(3) == 0) {
            ch.to.push_back(ids[pick(components)]);
        }
        if (ch.transport == model::Transport::AppGroupFile && stores > 0) {
            ch.store = "s" + std::to_string(pick(stores));
            if (pick(3) == 0) { // ciphertext to the members that are not members of the key's store
                ch.encryption = model::Encryption::Aead;
                ch.key_store = "s" + std::to_string(pick(stores));
            }
        }
        ch.classification = classes[pick(3)];
        ch.auth = pick(3) == 0 ? model::Auth::Token : model::Auth::None;
        ch.validation = pick(4) == 0 ? model::Validation::Receiver : model::Validation::None;
        ch.payload = pick(5) != 0;
        ch.rereads_state = !ch.payload && pick(2) == 0;
        c.channels.emplace(ch.id, ch);
    }
    return c;
}

// The definition, from one walk per component.
std::optional<graph::Exposure> by_walk(const graph::ContractIndex& index, const std::string& start) {
    auto radius = graph::blast_radius(index, start);
    std::optional<graph::Exposure> best;
    for (const auto& e : radius->exposures) {
        if (e.classification == Classification::Credential && !e.own &&
            (!best || graph::control_steps(e) < graph::control_steps(*best) ||
             (graph::control_steps(e) == graph::control_steps(*best) && e.where < best->where))) {
            best = e;
        }
    }
    return best;
}

TEST(CredentialReach, MatchesOneWalkPerComponentOnRandomContracts) {
    std::size_t reached = 0;
    for (unsigned seed = 1; seed <= 400; ++seed) {
        model::Contract contract = random_contract(seed);
        graph::ContractIndex index(contract);
        std::vector<std::string> starts;
        for (const auto& [id, component] : contract.components) {
            starts.push_back(id);
        }
        auto got = graph::nearest_foreign_credentials(index, starts);
        for (const auto& start : starts) {
            auto want = by_walk(index, start);
            auto it = got.find(start);
            ASSERT_EQ(it != got.end(), want.has_value()) << "seed " << seed << " start " << start;
            if (!want) {
                continue;
            }
            ++reached;
            EXPECT_EQ(it->second.where, want->where) << "seed " << seed << " start " << start;
            EXPECT_EQ(graph::control_steps(it->second), graph::control_steps(*want))
                << "seed " << seed << " start " << start;
            ASSERT_FALSE(it->second.path.empty());
            EXPECT_EQ(it->second.path.front().from, graph::component_node(start));
        }
    }
    EXPECT_GT(reached, 200u); // the generator makes contracts where credentials are reachable, often
}

} // namespace
} // namespace axg::test
