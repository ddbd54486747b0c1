#include "report/markdown.hpp"

#include <algorithm>

#include "report/report_view.hpp"

namespace axg::report {

std::string render_markdown(const ReportInput& input, const Template& tmpl, std::size_t budget) {
    std::vector<const model::Finding*> ordered = review_order(input.findings);
    // One view, its counts changed between trial renders: copying it (it holds every finding, for templates that
    // list them) per trial was most of the cost.
    mstch::map view = report_view(input, ordered, tmpl);
    // The table lists the active findings, the details all of them. A finding's view is built when a render first
    // needs it: a comment has room for a few hundred findings, a monorepo may have 20,000 (building and copying a
    // view per finding for every trial render took 10 s and 1.2 GB at 18,000 findings).
    std::vector<const model::Finding*> active;
    for (const model::Finding* f : ordered) {
        if (!f->suppressed) {
            active.push_back(f);
        }
    }
    std::vector<mstch::node> row_views;
    std::vector<mstch::node> detail_views;
    auto views = [&](const std::vector<const model::Finding*>& of, std::vector<mstch::node>& built, std::size_t n) {
        while (built.size() < n) {
            built.emplace_back(finding_view(*of[built.size()], input));
        }
        return mstch::array(built.begin(), built.begin() + static_cast<std::ptrdiff_t>(n));
    };
    auto render_with = [&](std::size_t rows, std::size_t details) {
        view["rows"] = views(active, row_views, rows);
        view["has_omitted_rows"] = rows < active.size();
        view["omitted_rows"] = static_cast<int>(active.size() - rows);
        view["details"] = views(ordered, detail_views, details);
        view["has_details"] = !ordered.empty();
        view["details_count"] = static_cast<int>(ordered.size());
        view["has_omitted_details"] = details < ordered.size();
        view["omitted_details"] = static_cast<int>(ordered.size() - details);
        return render_template(tmpl, view, TemplateEscape::Markdown);
    };
    // The largest count in [0, high] whose render fits the budget (the size grows with the count), by galloping
    // then bisection, so that no trial renders much more than what fits: trials cost O(answer · log answer).
    auto largest_fitting = [&](std::size_t high, auto render) {
        std::size_t low = 0;
        for (std::size_t step = 1; low < high; step *= 2) {
            const std::size_t probe = std::min(high, low + step);
            if (render(probe).size() > budget) {
                high = probe - 1;
                break;
            }
            low = probe;
        }
        while (low < high) {
            const std::size_t mid = low + (high - low + 1) / 2;
            if (render(mid).size() <= budget) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    };
    // Details go first, then table rows.
    const std::size_t rows = largest_fitting(active.size(), [&](std::size_t n) { return render_with(n, 0); });
    if (rows < active.size()) {
        return render_with(rows, 0);
    }
    const std::size_t details = largest_fitting(ordered.size(), [&](std::size_t n) { return render_with(rows, n); });
    return render_with(rows, details);
}

} // namespace axg::report
