package nl.ketensim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.results.SeriesPoint;
import nl.ketensim.stats.Mser5;
import nl.ketensim.stats.StudentTInterval;

/**
 * Initialisation check: MSER-5 on every period series of the model (four-week periods from time
 * 0, warm-up included), per replication and on the mean over replications, and beside it MSER
 * with batches of one period (each period already averages four weeks of events), which resolves
 * the truncation point to 28 days instead of 140. A truncation point is within the warm-up when
 * the first period kept starts no later than the scenario's {@code simulation.warmup_days}, i.e.
 * the measured period looks stationary.
 *
 * <p>Plan layout: setting {@link #WARMUP_DAYS} holds the scenario's warm-up (days).
 */
public final class WarmupAnalysis {

    /** Setting: the scenario's warm-up in days. */
    public static final String WARMUP_DAYS = "warmup_days";
    /** The {@code replication} cell of the row for the mean series. */
    public static final String MEAN = "mean";

    private WarmupAnalysis() { }

    /**
     * @param metric      series metric, e.g. {@code population}
     * @param replication replication index, or {@link #MEAN} for the mean over replications
     * @param periods     periods in the series
     * @param mser5       MSER-5 (batches of 5 periods)
     * @param mser1       MSER with batches of 1 period
     */
    public record Row(String metric, String replication, int periods, Cut mser5, Cut mser1) { }

    /**
     * One truncation point.
     *
     * @param periods      periods discarded (-1: undetermined, series too short or with NaN)
     * @param day          first day kept (days since start; NaN when undetermined)
     * @param withinWarmup day &le; warm-up days
     * @param reliable     the MSER minimum lies before the search limit (half the series)
     */
    public record Cut(int periods, double day, boolean withinWarmup, boolean reliable) {

        static final Cut UNDETERMINED = new Cut(-1, Double.NaN, false, false);

        /** Whether a truncation point was found. */
        public boolean known() {
            return periods >= 0;
        }
    }

    /** Rows metric by metric (model order), the mean series first, then each replication. */
    public static List<Row> of(StudyPlan plan, StudyResults results) {
        double warmup = Double.parseDouble(plan.setting(WARMUP_DAYS));
        List<ReplicationResult> reps = results.variant(0);
        Map<String, List<double[]>> byMetric = new LinkedHashMap<>();
        Map<String, double[]> startDays = new LinkedHashMap<>();
        for (ReplicationResult r : reps) {
            Map<String, List<SeriesPoint>> points = new LinkedHashMap<>();
            for (SeriesPoint p : r.series()) {
                points.computeIfAbsent(p.metric(), k -> new ArrayList<>()).add(p);
            }
            points.forEach((metric, list) -> {
                byMetric.computeIfAbsent(metric, k -> new ArrayList<>())
                        .add(list.stream().mapToDouble(SeriesPoint::value).toArray());
                startDays.putIfAbsent(metric, list.stream().mapToDouble(SeriesPoint::startDay).toArray());
            });
        }
        List<Row> rows = new ArrayList<>();
        byMetric.forEach((metric, series) -> {
            double[] days = startDays.get(metric);
            rows.add(row(metric, MEAN, mean(series), days, warmup));
            for (int i = 0; i < series.size(); i++) {
                rows.add(row(metric, Integer.toString(reps.get(i).replication()), series.get(i), days, warmup));
            }
        });
        return rows;
    }

    private static Row row(String metric, String replication, double[] values, double[] days, double warmup) {
        return new Row(metric, replication, values.length, cut(values, Mser5.BATCH, days, warmup),
                cut(values, 1, days, warmup));
    }

    private static Cut cut(double[] values, int batch, double[] days, double warmup) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                return Cut.UNDETERMINED;
            }
        }
        Mser5.Truncation t = Mser5.truncate(values, batch);
        if (t.observations() < 0) {
            return Cut.UNDETERMINED;
        }
        double day = days[t.observations()];
        return new Cut(t.observations(), day, day <= warmup, t.reliable());
    }

    private static double[] mean(List<double[]> series) {
        int length = series.get(0).length;
        double[] mean = new double[length];
        double[] column = new double[series.size()];
        for (int p = 0; p < length; p++) {
            for (int i = 0; i < column.length; i++) {
                column[i] = p < series.get(i).length ? series.get(i)[p] : Double.NaN;
            }
            mean[p] = StudentTInterval.mean95(column).mean();
        }
        return mean;
    }
}
