package nl.ketensim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ketensim.domain.Language;
import nl.ketensim.domain.Partner;
import nl.ketensim.domain.Term;
import nl.ketensim.results.MetricFamily;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Staff pools and places over simulated time from {@code series.csv}: utilisation
 * ({@code utilisation.<pool>}) and mean waiting time ({@code wait_days_mean.<pool>}) per four-week
 * period, one line per pool, and the occupancy of each region's places ({@code occupancy.<region>}),
 * one line per region; each with its 95% band. The warm-up is marked when the scenario parameters give it.
 */
final class PoolSeriesCharts {

    static final String WARMUP_PARAMETER = "simulation.warmup_days";

    private PoolSeriesCharts() { }

    static List<Figure> build(Results r, Language l) {
        List<Figure> figures = new ArrayList<>();
        chart(r, l, MetricFamily.UTILISATION, "bezetting",
                Labels.pick(l, "Bezetting van de personeelspools", "Utilisation of the staff pools"),
                Labels.pick(l, "Bezetting (% van beschikbare uren)", "Utilisation (% of available hours)"), true,
                Labels.pick(l, "Bezetting van elke personeelspool (casemanagers, gemeenten, reclassering) per periode "
                                + "van 28 dagen vanaf de start van de simulatie, inclusief opwarmperiode; gemiddelde "
                                + "met 95%-betrouwbaarheidsband.",
                        "Utilisation of each staff pool (casemanagers, gemeenten, reclassering) per 28-day period from "
                                + "the start of the simulation, warm-up included; mean with 95% confidence band."))
                .ifPresent(figures::add);
        chart(r, l, MetricFamily.WAIT_DAYS_MEAN, "wachttijd",
                Labels.pick(l, "Wachttijd op de personeelspools", "Waiting time for the staff pools"),
                Labels.pick(l, "Gemiddelde wachttijd (dagen)", "Mean waiting time (days)"), false,
                Labels.pick(l, "Gemiddelde wachttijd van werk in de wachtrij van elke personeelspool per periode van "
                                + "28 dagen, inclusief opwarmperiode; gemiddelde met 95%-betrouwbaarheidsband.",
                        "Mean time work waits in the queue of each staff pool per 28-day period, warm-up included; "
                                + "mean with 95% confidence band."))
                .ifPresent(figures::add);
        chart(r, l, MetricFamily.BACKLOG_HOURS_MEAN, "werkvoorraad",
                Labels.pick(l, "Werkvoorraad van de personeelspools", "Backlog of the staff pools"),
                Labels.pick(l, "Wachtend werk (uren)", "Work waiting (hours)"), false,
                Labels.pick(l, "Gemiddeld aantal uren werk in de wachtrij van elke personeelspool (alle PI's of regio's "
                                + "samen) per periode van 28 dagen, inclusief opwarmperiode; hoe groter de werkvoorraad, "
                                + "hoe minder tijd per persoon; gemiddelde met 95%-betrouwbaarheidsband.",
                        "Mean hours of work waiting in the queue of each staff pool (all PI's or regions together) per "
                                + "28-day period, warm-up included; the larger the backlog, the less time per person; "
                                + "mean with 95% confidence band."))
                .ifPresent(figures::add);
        chart(r, l, MetricFamily.OCCUPANCY, "plaatsen",
                Labels.pick(l, "Bezetting van de plaatsen per regio", "Occupancy of the places per region"),
                Labels.pick(l, "Bezette plaatsen (% van de plaatsen)", "Occupied places (% of places)"), true,
                Labels.pick(l, "Gemiddeld bezet deel van de plaatsen van de PI's in elke regio per periode van 28 "
                                + "dagen, inclusief opwarmperiode; boven 100% bij plaatsing boven capaciteit; gemiddelde "
                                + "met 95%-betrouwbaarheidsband.",
                        "Mean occupied share of the places of the PI's in each region per 28-day period, warm-up "
                                + "included; above 100% with placement over capacity; mean with 95% confidence band."))
                .ifPresent(figures::add);
        return figures;
    }

    private static Optional<Figure> chart(Results r, Language l, MetricFamily family, String file, String title,
                                          String valueLabel, boolean percent, String caption) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        List<String> names = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (Term pool : pools(r, family)) {
            String name = pool.label(l);
            String metric = family.key(pool);
            YIntervalSeries s = new YIntervalSeries(name);
            for (SeriesRow row : r.series()) {
                if (row.metric().equals(metric) && !Double.isNaN(row.estimate().mean())) {
                    double mean = row.estimate().mean();
                    boolean ci = row.estimate().hasInterval();
                    s.add(row.startDay(), mean, ci ? row.estimate().low() : mean, ci ? row.estimate().high() : mean);
                }
            }
            if (s.getItemCount() > 0) {
                dataset.addSeries(s);
                names.add(name);
                colours.add(pool instanceof Partner p ? Palette.of(p) : Palette.series(names.size() - 1));
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.25f);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
            renderer.setSeriesFillPaint(i, colours.get(i));
            renderer.setSeriesStroke(i, new BasicStroke(3f));
        }
        NumberAxis days = new NumberAxis(Labels.pick(l, "Simulatietijd (dagen sinds de start, begin van elke periode van 28 dagen)",
                "Simulated time (days since the start, beginning of each 28-day period)"));
        ChartStyle.countAxis(days, l);
        days.setAutoRangeIncludesZero(true);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setAutoRangeIncludesZero(family != MetricFamily.OCCUPANCY);
        if (percent) {
            ChartStyle.percentAxis(values, l);
        }
        XYPlot plot = new XYPlot(dataset, days, values, renderer);
        r.parameter(WARMUP_PARAMETER).map(PoolSeriesCharts::number).filter(d -> d > 0).ifPresent(d -> {
            ValueMarker warmup = new ValueMarker(d, Color.DARK_GRAY, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
            warmup.setLabel(Labels.pick(l, "einde opwarmperiode", "end of warm-up"));
            warmup.setLabelFont(ChartStyle.LEGEND);
            warmup.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            warmup.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(warmup);
        });
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart, r.manifest(), l,
                Labels.pick(l, "band: 95%-betrouwbaarheidsinterval", "band: 95% confidence interval"));
        return Optional.of(new Figure(file, title, names, caption, chart));
    }

    /** Every partner, then any other pool of the family in the series, in order of appearance. */
    private static List<Term> pools(Results r, MetricFamily family) {
        List<Term> pools = new ArrayList<>(List.of(Partner.values()));
        for (SeriesRow row : r.series()) {
            family.parse(row.metric()).map(n -> n.part(0)).filter(pool -> !pools.contains(pool)).ifPresent(pools::add);
        }
        return pools;
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
