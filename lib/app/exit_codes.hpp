#pragma once
// The process exit codes, the same for every command.

namespace axg::app {

inline constexpr int k_exit_clean = 0;    // nothing at or above --fail-on
inline constexpr int k_exit_findings = 1; // findings at or above --fail-on
inline constexpr int k_exit_input = 2;    // the input could not be used (bad contract, manifest, flag)

} // namespace axg::app
