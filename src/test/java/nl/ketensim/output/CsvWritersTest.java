package nl.ketensim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import nl.ketensim.experiment.ExperimentResult;
import nl.ketensim.stats.ExperimentSummary;
import nl.ketensim.stats.StudentTInterval;
import org.junit.jupiter.api.Test;

class CsvWritersTest {

    private final ExperimentResult result = Fixtures.experiment();
    private final ExperimentSummary summary = ExperimentSummary.of(result.replications());

    @Test
    void summaryHasTheAgreedColumnsAndOneRowPerMetric() throws IOException {
        StringBuilder out = new StringBuilder();
        SummaryCsv.write(summary, out);

        String[] lines = out.toString().split("\n", -1);
        assertEquals("group,metric,unit,mean,ci95_low,ci95_high,replications", lines[0]);
        double half = StudentTInterval.mean95(new double[] {100.5, 101.5}).halfWidth();
        assertEquals("all,stay_days_mean,days,101," + Decimals.format(101 - half) + ","
                + Decimals.format(101 + half) + ",2", lines[1]);
        assertEquals("vrouw,stay_days_mean,days,80,,,1", lines[2]);
        assertEquals(7, lines.length); // header, 5 metrics, empty string after the final '\n'
        assertEquals("", lines[6]);
    }

    @Test
    void knelpuntenHasSharesWithinEachBasisvoorwaarde() throws IOException {
        StringBuilder out = new StringBuilder();
        KnelpuntenCsv.write(KnelpuntenTable.from(summary), out);

        String[] lines = out.toString().split("\n");
        assertEquals("basisvoorwaarde,knelpunt,missed_per_year_mean,ci95_low,ci95_high,share,"
                + "days_lost_per_year_mean,days_lost_ci95_low,days_lost_ci95_high", lines[0]);
        // id: kort_verblijf mean 400, capaciteit_gemeente mean 100 -> shares 0.8 and 0.2, enum order
        assertEquals("id,kort_verblijf,400,", lines[1].substring(0, "id,kort_verblijf,400,".length()));
        assertEquals("0.8,,,", lines[1].substring(lines[1].indexOf("0.8,,,")));
        // no days_lost_per_year metrics in this result: the days-lost columns stay empty
        assertEquals("id,capaciteit_gemeente,100,100,100,0.2,,,", lines[2]);
        // zorg: all zero -> share 0
        assertEquals("zorg,externe_voorziening,0,0,0,0,,,", lines[3]);
        assertEquals(4, lines.length);
    }

    @Test
    void replicationsIsWideInReplicationOrder() throws IOException {
        StringBuilder out = new StringBuilder();
        ReplicationsCsv.write(result, out);

        assertEquals("""
                replication,events,all|stay_days_mean,vrouw|stay_days_mean,all|missed_per_year.id.kort_verblijf,\
                all|missed_per_year.id.capaciteit_gemeente,all|missed_per_year.zorg.externe_voorziening
                0,1000,100.5,80,300,100,0
                1,1200,101.5,,500,100,0
                """, out.toString());
    }

    @Test
    void seriesHasOneRowPerPeriodAndMetricWithIntervalsOverReplications() throws IOException {
        var r0 = new nl.ketensim.results.ReplicationResult(0, java.util.List.of(), java.util.List.of(
                new nl.ketensim.results.SeriesPoint("utilisation.gemeente", "share", 0, 0, 0.5),
                new nl.ketensim.results.SeriesPoint("utilisation.gemeente", "share", 1, 28, 0.7)), 10);
        var r1 = new nl.ketensim.results.ReplicationResult(1, java.util.List.of(), java.util.List.of(
                new nl.ketensim.results.SeriesPoint("utilisation.gemeente", "share", 0, 0, 0.7),
                new nl.ketensim.results.SeriesPoint("utilisation.gemeente", "share", 1, 28, 0.7)), 10);
        StringBuilder out = new StringBuilder();
        SeriesCsv.write(java.util.List.of(r0, r1), out);

        String[] lines = out.toString().split("\n");
        assertEquals("metric,unit,period,start_day,mean,ci95_low,ci95_high,replications", lines[0]);
        double half = StudentTInterval.mean95(new double[] {0.5, 0.7}).halfWidth();
        assertEquals("utilisation.gemeente,share,0,0,0.6," + Decimals.format(0.6 - half) + ","
                + Decimals.format(0.6 + half) + ",2", lines[1]);
        assertEquals("utilisation.gemeente,share,1,28,0.7,0.7,0.7,2", lines[2]);
        assertEquals(3, lines.length);
    }
}
