package nl.ketensim.report;

import java.util.List;
import java.util.Optional;
import nl.ketensim.domain.Language;
import nl.ketensim.results.MetricFamily;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;

/**
 * The norms of the werkstroomschema from {@code summary.csv}: intake and D&amp;R-plan within their
 * norms, the gemeente at the plan meeting, information with the partner in time, MDO on schedule
 * and warme overdracht, as shares with 95% intervals, for all justitiabelen and for short and long
 * stays.
 */
final class ProcessNormsChart {

    static final List<String> METRICS = List.of(MetricFamily.INTAKE_WITHIN_NORM_SHARE.key(),
            MetricFamily.PLAN_WITHIN_NORM_SHARE.key(), MetricFamily.GEMEENTE_PRESENT_AT_PLAN_SHARE.key(),
            MetricFamily.INFORMATION_SHARED_ON_TIME_SHARE.key(), MetricFamily.MDO_ON_SCHEDULE_SHARE.key(),
            MetricFamily.WARME_OVERDRACHT_SHARE.key());
    static final List<String> GROUPS = ResultTables.KEY_GROUPS;

    private ProcessNormsChart() { }

    static Optional<Figure> build(Results r, Language l) {
        CiBarChart bars = new CiBarChart();
        for (String metric : METRICS) {
            for (String group : GROUPS) {
                r.find(group, metric).ifPresent(s -> bars.add(Labels.group(group, l), Labels.metric(metric, r.scenarioValues(), l),
                        s.estimate()));
            }
        }
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        String title = Labels.pick(l, "Procesnormen uit het werkstroomschema", "Process norms of the work-flow scheme");
        JFreeChart chart = bars.buildShares(title, Labels.pick(l, "Norm", "Norm"),
                Labels.pick(l, "Aandeel justitiabelen dat de norm haalt (%)", "Share of justitiabelen meeting the norm (%)"),
                PlotOrientation.VERTICAL, r, l);
        chart.getCategoryPlot().getRangeAxis().setRange(0, 1.05);
        String caption = Labels.pick(l,
                "Aandeel ontslagen justitiabelen bij wie de intake binnen 10 dagen plaatsvond, het D&R-plan binnen "
                        + "4 weken klaar was, de MDO's op schema waren en een warme overdracht plaatsvond; "
                        + "gemiddelde met 95%-betrouwbaarheidsinterval.",
                "Share of released justitiabelen whose intake took place within 10 days, whose D&R plan was ready "
                        + "within 4 weeks, whose MDOs were on schedule and who had a warm handover (warme "
                        + "overdracht); mean with 95% confidence interval.");
        return Optional.of(new Figure("procesnormen", title, bars.series(), caption, chart));
    }
}
