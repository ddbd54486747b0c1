// `appexguard init` then `check` on generated hostile-but-legal Xcode projects (tests/support/
// xcode_project_generator), one ctest case per variant and property, with the generator's description as the oracle:
//   (a) init on the repository root exits 0;
//   (b) check on the written contract exits 0 or 1, never 2;
//   (c) init chose the iOS app project; its app and every extension the app embeds (by a PlugIns copy phase, or by
//       a target dependency and a script phase) are components, and nothing else is; in every configuration the
//       entitlements path and the expanded bundle id are what Xcode resolves;
//   (d) run in-process, init never writes a contract that does not load with its manifests.
// Plus the generator's own sanity: its pbxproj parses, and the object graph holds what the description says.

#include <filesystem>
#include <ostream>

#include <gtest/gtest.h>

#include "support/corpus_repos.hpp"
#include "support/init_probe.hpp"
#include "support/pbx_graph.hpp"
#include "support/paths.hpp"
#include "support/temp_dir.hpp"
#include "support/xcode_project_generator.hpp"

namespace axg::test::gen {
// Test parameters print as their variant name.
void PrintTo(const Knobs& knobs, std::ostream* out) {
    *out << knobs.name;
}
} // namespace axg::test::gen

namespace axg::test {
namespace {

namespace fs = std::filesystem;

fs::path normal(const fs::path& path) {
    std::error_code ec;
    return fs::weakly_canonical(path, ec).lexically_normal();
}

class InitGenerated : public ::testing::TestWithParam<gen::Knobs> {
protected:
    void SetUp() override {
        m_repository = gen::describe(GetParam());
        gen::write_repository(m_repository, m_repo.path());
    }

    const gen::Project& main_project() const { return m_repository.projects.at(m_repository.main_project); }

    // The host app and what it embeds, with the description's per-configuration values.
    std::vector<ExpectedComponent> expected() const {
        const gen::Project& p = main_project();
        fs::path source_root = m_repo.path() / p.dir;
        std::vector<ExpectedComponent> out;
        auto add = [&](const gen::Target& t) {
            ExpectedComponent c;
            c.target = t.name;
            c.extension = t.type == gen::ProductType::AppExtension;
            for (const auto& [configuration, id] : t.expected_bundle_id) {
                c.bundle_id[configuration] = Expectation::exact(id);
            }
            for (const auto& [configuration, path] : t.expected_entitlements) {
                c.entitlements[configuration] =
                    path.empty() ? Expectation::absent() : Expectation::exact(normal(source_root / path).string());
            }
            out.push_back(std::move(c));
        };
        for (const auto& t : p.targets) {
            if (t.type == gen::ProductType::App && t.platform != gen::Platform::macOS) {
                add(t);
                for (const auto& e : t.embeds) {
                    for (const auto& other : p.targets) {
                        if (other.name == e.target) {
                            add(other);
                        }
                    }
                }
            }
        }
        return out;
    }

    gen::Repository m_repository;
    TempDir m_repo;
    TempDir m_work;
};

// The generator's own sanity, read through the object graph (tests/support/pbx_graph). Its output was also checked
// once by hand with the independent npm parser (@bacons/xcode, /work/shared/corpora-oracle/pbxproj-oracle.js).
TEST_P(InitGenerated, GeneratedProjectsParseAsDescribed) {
    for (const auto& p : m_repository.projects) {
        SCOPED_TRACE(p.xcodeproj());
        std::string error;
        auto graph = read_pbx_graph(m_repo.path() / p.xcodeproj() / "project.pbxproj", error);
        ASSERT_TRUE(graph) << error;
        EXPECT_EQ(graph->object_version, p.object_version);
        ASSERT_EQ(graph->targets.size(), p.targets.size());
        for (std::size_t i = 0; i < p.targets.size(); ++i) {
            const gen::Target& t = p.targets[i];
            const GraphTarget& g = graph->targets[i];
            EXPECT_EQ(g.name, t.name);
            EXPECT_EQ(g.product_path, (t.product_name.empty() ? t.name : t.product_name) +
                                          (t.type == gen::ProductType::App            ? ".app"
                                           : t.type == gen::ProductType::AppExtension ? ".appex"
                                                                                      : ".framework"));
            EXPECT_EQ(g.keys.size(), p.configurations.size()) << t.name;
            std::vector<std::string> copied, depended;
            for (const auto& e : t.embeds) {
                depended.push_back(e.target);
                if (e.style == gen::EmbedStyle::CopyPhase) {
                    copied.push_back(e.target);
                }
            }
            EXPECT_EQ(g.embedded, copied) << t.name;
            EXPECT_EQ(g.dependencies, depended) << t.name;
        }
    }
}

TEST_P(InitGenerated, InitExitsZeroAndCheckDoesNotFail) {
    InitCheckRun run = init_then_check(m_repo.path(), m_work.path());
    EXPECT_EQ(run.init.exit_code, 0) << "(a) " << run.init.err.substr(0, 1500);
    ASSERT_TRUE(run.wrote_contract()) << "(b) not checkable: no contract (" << run.contract_error << ")";
    EXPECT_TRUE(run.check.exit_code == 0 || run.check.exit_code == 1)
        << "(b) check exited " << run.check.exit_code << ": " << run.check.err.substr(0, 1500);
}

TEST_P(InitGenerated, EmbeddedExtensionsAreComponentsWithXcodesValues) {
    InitCheckRun run = init_then_check(m_repo.path(), m_work.path());
    ASSERT_TRUE(run.wrote_contract()) << "(c) not checkable: init exited " << run.init.exit_code << ": "
                                      << run.init.err.substr(0, 1500) << run.contract_error;
    fs::path chosen = run.project.filename() == "project.pbxproj" ? run.project.parent_path() : run.project;
    EXPECT_EQ(chosen, normal(m_repo.path() / main_project().xcodeproj())) << "(c) init chose another project";
    std::vector<ExpectedComponent> want = expected();
    Tally tally = expect_components(run, want);
    EXPECT_EQ(run.contract->components.size(), want.size())
        << "(c) the contract's components are not exactly the app and the extensions it embeds";
    std::printf("[generated] %s: %s\n", GetParam().name.c_str(), tally.str().c_str());
}

TEST_P(InitGenerated, InitWritesOnlyAContractThatLoads) {
    expect_init_writes_only_loadable_contracts(m_repo.path(), m_work.path());
}

INSTANTIATE_TEST_SUITE_P(Variants, InitGenerated, ::testing::ValuesIn(gen::variants()),
                         [](const auto& info) { return test_name(info.param.name); });

} // namespace
} // namespace axg::test
