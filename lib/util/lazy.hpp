#pragma once
// A value computed on first use, once, even when several threads ask for it at the same time (the rules run in
// parallel and several read the same threats): the first caller computes it, the others wait for it.

#include <mutex>
#include <optional>

namespace axg::util {

template <typename T> class Lazy {
public:
    template <typename Make> const T& get(Make&& make) const {
        std::call_once(m_once, [&] { m_value.emplace(make()); });
        return *m_value;
    }

private:
    mutable std::once_flag m_once;
    mutable std::optional<T> m_value;
};

} // namespace axg::util
