#include "report/markdown.hpp"

#include "report/report_view.hpp"

namespace axg::report {

std::string render_markdown(const ReportInput& input, const Template& tmpl, std::size_t budget) {
    std::vector<const model::Finding*> ordered = review_order(input.findings);
    mstch::map base = report_view(input, ordered);
    std::vector<mstch::node> rows_all;
    std::vector<mstch::node> details_all;
    for (const model::Finding* f : ordered) {
        mstch::map view = finding_view(*f, input);
        if (!f->suppressed) {
            rows_all.push_back(view);
        }
        details_all.push_back(std::move(view));
    }
    auto render_with = [&](std::size_t rows, std::size_t details) {
        mstch::map view = base;
        view["rows"] = mstch::array(rows_all.begin(), rows_all.begin() + static_cast<std::ptrdiff_t>(rows));
        view["has_omitted_rows"] = rows < rows_all.size();
        view["omitted_rows"] = static_cast<int>(rows_all.size() - rows);
        view["details"] = mstch::array(details_all.begin(), details_all.begin() + static_cast<std::ptrdiff_t>(details));
        view["has_details"] = !details_all.empty();
        view["details_count"] = static_cast<int>(details_all.size());
        view["has_omitted_details"] = details < details_all.size();
        view["omitted_details"] = static_cast<int>(details_all.size() - details);
        return render_template(tmpl, view, TemplateEscape::Markdown);
    };
    std::string text = render_with(rows_all.size(), details_all.size());
    if (text.size() <= budget) {
        return text;
    }
    // The largest count that fits, by bisection: details go first, then table rows.
    auto largest_fitting = [&](std::size_t high, auto render) {
        std::size_t low = 0;
        while (low < high) {
            std::size_t mid = (low + high + 1) / 2;
            if (render(mid).size() <= budget) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    };
    std::size_t rows = rows_all.size();
    if (render_with(rows, 0).size() > budget) {
        rows = largest_fitting(rows, [&](std::size_t n) { return render_with(n, 0); });
        return render_with(rows, 0);
    }
    std::size_t details = largest_fitting(details_all.size(), [&](std::size_t n) { return render_with(rows, n); });
    return render_with(rows, details);
}

} // namespace axg::report
