package nl.ketensim.report;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Language;

/** Every chart the results allow, in report order; a chart whose file or metrics are absent is left out. */
public final class Figures {

    private Figures() { }

    public static List<Figure> of(Results r, Language l) {
        Headless.ensure();
        List<Figure> figures = new ArrayList<>();
        BasisvoorwaardenCharts.atRelease(r, l).ifPresent(figures::add);
        figures.addAll(BasisvoorwaardenCharts.byGroups(r, l));
        TrajectoryCharts.path(r, l).ifPresent(figures::add);
        TrajectoryCharts.recidive(r, l).ifPresent(figures::add);
        KnelpuntenCharts.descriptive(r, l).ifPresent(figures::add);
        KnelpuntenCharts.daysLost(r, l).ifPresent(figures::add);
        KnelpuntenCharts.tornado(r, l).ifPresent(figures::add);
        ProcessNormsChart.build(r, l).ifPresent(figures::add);
        figures.addAll(PoolSeriesCharts.build(r, l));
        figures.addAll(ComparisonCharts.build(r, l));
        figures.addAll(SweepCharts.build(r, l));
        ValidationChart.build(r, l).ifPresent(figures::add);
        SensitivityCharts.build(r, l).ifPresent(figures::add);
        return figures;
    }
}
