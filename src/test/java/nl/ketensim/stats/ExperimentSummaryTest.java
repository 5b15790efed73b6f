package nl.ketensim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.experiment.ExperimentResult;
import nl.ketensim.experiment.FakeModel;
import nl.ketensim.results.Metric;
import nl.ketensim.results.ReplicationResult;
import org.junit.jupiter.api.Test;

class ExperimentSummaryTest {

    @Test
    void summarisesEveryMetricInTheModelsOrder() {
        ExperimentResult result = FakeModel.experiment(6);

        ExperimentSummary summary = ExperimentSummary.of(result.replications());

        List<String> keys = summary.metrics().stream().map(MetricSummary::key).toList();
        assertEquals(result.metricLayout().stream().map(Metric::key).toList(), keys);
    }

    @Test
    void summaryOfAMetricIsTheIntervalOfItsValues() {
        List<ReplicationResult> replications = List.of(
                new ReplicationResult(0, List.of(new Metric("vrouw", "stay_days_mean", "days", 10)), 1),
                new ReplicationResult(1, List.of(new Metric("vrouw", "stay_days_mean", "days", Double.NaN)), 1),
                new ReplicationResult(2, List.of(new Metric("vrouw", "stay_days_mean", "days", 14)), 1));

        MetricSummary s = ExperimentSummary.of(replications).find("vrouw", "stay_days_mean").orElseThrow();

        assertEquals("days", s.unit());
        assertEquals(StudentTInterval.mean95(new double[] {10, 14}), s.estimate());
        assertEquals(2, s.estimate().n());
    }

    @Test
    void findIsEmptyForAnUnmeasuredMetric() {
        assertTrue(ExperimentSummary.of(FakeModel.experiment(2).replications()).find("all", "nope").isEmpty());
    }
}
