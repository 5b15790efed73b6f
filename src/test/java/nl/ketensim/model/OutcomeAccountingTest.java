package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.results.Group;
import nl.ketensim.results.Metric;
import nl.ketensim.results.MetricFamily;
import nl.ketensim.results.MetricName;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.results.SeriesPoint;
import nl.ketensim.scenario.ProcessNorms;
import nl.ketensim.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exact bookkeeping of one short replication of the basis model: every outcome per group and every
 * period's releases are recomputed here from the release records and follow-ups the model hands
 * out one by one, and must equal what the collector and the period series report (up to rounding
 * of the sums). Not a statistical test: any seed would do, and nothing is compared with theory.
 */
class OutcomeAccountingTest {

    private static final double YEARS = 0.5;
    private static final double WARMUP = 56;

    private record Release(double day, ReleaseRecord record) { }

    private static final List<Release> RELEASES = new ArrayList<>();
    private static final Map<ReleaseRecord, ChainSimulation.FollowUp> FOLLOW_UPS = new IdentityHashMap<>();
    private static final Map<String, Double> METRICS = new HashMap<>();
    private static ReplicationResult result;
    private static ProcessNorms norms;

    @BeforeAll
    static void run() {
        Scenario scenario = ModelRuns.basis("population.inflow_per_year=3000", "simulation.warmup_days=" + WARMUP);
        norms = scenario.process();
        ChainSimulation chain = new ChainSimulation(scenario, new RandomStreams(5).forReplication(0), 0, YEARS);
        chain.listenToReleases(r -> RELEASES.add(new Release(chain.simulator().time(), r)));
        chain.listenToFollowUps(f -> FOLLOW_UPS.put(f.record(), f));
        result = chain.run();
        for (Metric m : result.metrics()) {
            assertTrue(METRICS.put(m.key(), m.value()) == null, "one value per metric: " + m.key());
        }
    }

    private static boolean measured(Release r) {
        return r.day() >= WARMUP && r.day() < WARMUP + YEARS * 365;
    }

    private static double metric(Group g, MetricName name) {
        Double value = METRICS.get(Metric.of(g, name, 0).key());
        assertTrue(value != null, "missing " + g.key() + "|" + name.key());
        return value;
    }

    private static void check(Group g, MetricName name, double expected) {
        double tolerance = Double.isNaN(expected) ? 0 : 1e-9 * Math.max(1, Math.abs(expected));
        assertEquals(expected, metric(g, name), tolerance, g.key() + "|" + name.key());
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }

    private static List<ReleaseRecord> measuredIn(Group g) {
        List<ReleaseRecord> records = new ArrayList<>();
        for (Release r : RELEASES) {
            if (measured(r) && List.of(GroupMembership.of(r.record())).contains(g)) {
                records.add(r.record());
            }
        }
        return records;
    }

    @Test
    void theRunIsLargeEnoughToMeanSomething() {
        assertTrue(measuredIn(Group.ALL).size() > 500, "releases measured: " + measuredIn(Group.ALL).size());
        assertTrue(RELEASES.stream().anyMatch(r -> !r.record().simulatedFromAdmission()), "initial population");
        for (ReleaseRecord r : measuredIn(Group.ALL)) {
            assertTrue(FOLLOW_UPS.containsKey(r), "every measured release is followed up before the run ends");
        }
    }

    @Test
    void processOutcomesPerGroupAreTheMeansOfTheRecords() {
        for (Group g : Group.values()) {
            List<ReleaseRecord> rs = measuredIn(g);
            double n = rs.size();
            double stay = 0;
            double intakeSum = 0;
            double intakes = 0;
            double intakeEligible = 0;
            double intakeOnTime = 0;
            double planEligible = 0;
            double planOnTime = 0;
            double plans = 0;
            double gemeente = 0;
            double atIntake = 0;
            double detected = 0;
            double infoDue = 0;
            double infoOnTime = 0;
            double mdosDue = 0;
            double mdosOnTime = 0;
            double warm = 0;
            double inRegion = 0;
            for (ReleaseRecord r : rs) {
                stay += r.stayDays();
                if (r.simulatedFromAdmission()) {
                    if (!Double.isNaN(r.intakeDays())) {
                        intakes++;
                        intakeSum += r.intakeDays();
                    }
                    if (r.stayDays() >= norms.intakeNormDays()) {
                        intakeEligible++;
                        intakeOnTime += r.intakeDays() <= norms.intakeNormDays() ? 1 : 0;
                    }
                    if (r.stayDays() >= norms.planNormDays()) {
                        planEligible++;
                        planOnTime += r.planDays() <= norms.planNormDays() ? 1 : 0;
                    }
                    if (!Double.isNaN(r.planDays())) {
                        plans++;
                        gemeente += r.gemeenteAtPlan() ? 1 : 0;
                    }
                    atIntake += r.needsAtIntake();
                    detected += r.needsDetectedAtIntake();
                    infoDue += r.informationDue();
                    infoOnTime += r.informationOnTime();
                }
                mdosDue += r.mdosDue();
                mdosOnTime += r.mdosOnTime();
                warm += r.warmeOverdracht() ? 1 : 0;
                inRegion += r.inHomeRegion() ? 1 : 0;
            }
            check(g, MetricFamily.RELEASES_PER_YEAR.of(), n / YEARS);
            check(g, MetricFamily.STAY_DAYS_MEAN.of(), ratio(stay, n));
            check(g, MetricFamily.INTAKE_DAYS_MEAN.of(), ratio(intakeSum, intakes));
            check(g, MetricFamily.INTAKE_WITHIN_NORM_SHARE.of(), ratio(intakeOnTime, intakeEligible));
            check(g, MetricFamily.PLAN_WITHIN_NORM_SHARE.of(), ratio(planOnTime, planEligible));
            check(g, MetricFamily.GEMEENTE_PRESENT_AT_PLAN_SHARE.of(), ratio(gemeente, plans));
            check(g, MetricFamily.DETECTION_AT_INTAKE_SHARE.of(), ratio(detected, atIntake));
            check(g, MetricFamily.INFORMATION_SHARED_ON_TIME_SHARE.of(), ratio(infoOnTime, infoDue));
            check(g, MetricFamily.MDO_ON_SCHEDULE_SHARE.of(), ratio(mdosOnTime, mdosDue));
            check(g, MetricFamily.WARME_OVERDRACHT_SHARE.of(), ratio(warm, n));
            check(g, MetricFamily.IN_REGION_SHARE.of(), ratio(inRegion, n));
        }
        List<ReleaseRecord> all = measuredIn(Group.ALL);
        assertTrue(all.stream().anyMatch(r -> r.stayDays() < norms.intakeNormDays()), "short stays are not eligible");
        assertTrue(all.stream().anyMatch(r -> !r.gemeenteAtPlan()) && all.stream().anyMatch(ReleaseRecord::gemeenteAtPlan));
        assertTrue(all.stream().anyMatch(r -> r.mdosOnTime() > 0));
    }

    @Test
    void needOutcomesPerGroupCountTheRecordsAndFollowUps() {
        for (Group g : Group.values()) {
            List<ReleaseRecord> rs = measuredIn(g);
            double n = rs.size();
            double recidive = 0;
            for (ReleaseRecord r : rs) {
                recidive += FOLLOW_UPS.get(r).recidive();
            }
            for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
                int i = b.ordinal();
                double needed = 0;
                double arose = 0;
                double missed = 0;
                double open4 = 0;
                double open13 = 0;
                for (ReleaseRecord r : rs) {
                    needed += r.needed()[i] ? 1 : 0;
                    arose += r.needed()[i] && r.arose()[i] ? 1 : 0;
                    missed += r.missed()[i] != null ? 1 : 0;
                    open4 += FOLLOW_UPS.get(r).openAt4w()[i] ? 1 : 0;
                    open13 += FOLLOW_UPS.get(r).openAt13w()[i] ? 1 : 0;
                }
                check(g, MetricFamily.NEED_SHARE.of(b), ratio(needed, n));
                check(g, MetricFamily.WITHOUT_AT_ADMISSION.of(b), ratio(needed - arose, n));
                check(g, MetricFamily.AROSE_IN_DETENTION.of(b), ratio(arose, n));
                check(g, MetricFamily.WITHOUT_AT_RELEASE.of(b), ratio(missed, n));
                check(g, MetricFamily.MISSED_NEED_SHARE.of(b), ratio(missed, needed));
                check(g, MetricFamily.WITHOUT_AFTER_4W.of(b), ratio(open4, n));
                check(g, MetricFamily.WITHOUT_AFTER_13W.of(b), ratio(open13, n));
            }
            double workBefore = 0;
            double benefit = 0;
            double noWork = 0;
            for (ReleaseRecord r : rs) {
                ChainSimulation.Income income = FOLLOW_UPS.get(r).income();
                workBefore += income.beforeDetention() == IncomeSource.WORK ? 1 : 0;
                benefit += income.after4w() == IncomeSource.BENEFIT ? 1 : 0;
                noWork += income.after4w() != IncomeSource.WORK ? 1 : 0;
            }
            check(g, MetricFamily.WORK_BEFORE_DETENTION_SHARE.of(), ratio(workBefore, n));
            check(g, MetricFamily.BENEFIT_AFTER_RELEASE_SHARE.of(), ratio(benefit, n));
            check(g, MetricFamily.NO_WORK_AFTER_4W_SHARE.of(), ratio(noWork, n));
            check(g, MetricFamily.RECIDIVE_2Y_INDICATIEF.of(), ratio(recidive, n));
            check(g, MetricFamily.RECIDIVE_2Y_INDICATIEF_PER_YEAR.of(), ratio(recidive, n) * n / YEARS);
        }
    }

    @Test
    void missesAndDaysLostPerYearAddUpTheMeasuredReleases() {
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            for (Knelpunt k : Knelpunt.values()) {
                double count = 0;
                double days = 0;
                for (ReleaseRecord r : measuredIn(Group.ALL)) {
                    if (r.missed()[b.ordinal()] != null) {
                        count += r.missed()[b.ordinal()] == k ? 1 : 0;
                        days += r.daysLost()[b.ordinal()][k.ordinal()];
                    }
                }
                check(Group.ALL, MetricFamily.MISSED_PER_YEAR.of(b, k), count / YEARS);
                check(Group.ALL, MetricFamily.DAYS_LOST_PER_YEAR.of(b, k), days / YEARS);
            }
        }
    }

    @Test
    void everyFourWeekPeriodCountsItsReleases() {
        // Periods close every 28 days from time 0 while a whole period still fits before the end of
        // measurement; the last one runs to that end (here 196..238.5).
        double end = WARMUP + YEARS * 365;
        List<Double> closes = new ArrayList<>();
        for (double t = PeriodSeries.PERIOD_DAYS; t + PeriodSeries.PERIOD_DAYS < end; t += PeriodSeries.PERIOD_DAYS) {
            closes.add(t);
        }
        closes.add(end);
        int periods = closes.size();
        assertEquals(8, periods);
        for (int p = 0; p < periods; p++) {
            double start = p * PeriodSeries.PERIOD_DAYS;
            double stop = closes.get(p);
            double released = 0;
            double[] missed = new double[Basisvoorwaarde.values().length];
            for (Release r : RELEASES) {
                if (r.day() >= start && r.day() < stop) {
                    released++;
                    for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
                        missed[b.ordinal()] += r.record().missed()[b.ordinal()] != null ? 1 : 0;
                    }
                }
            }
            assertEquals(released * 365 / (stop - start), point(p, MetricFamily.RELEASES_PER_YEAR.of()), 1e-9,
                    "period " + p);
            for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
                assertEquals(ratio(missed[b.ordinal()], released), point(p, MetricFamily.WITHOUT_AT_RELEASE.of(b)),
                        1e-12, "period " + p + " " + b);
            }
        }
        assertEquals(periods, result.series().stream().mapToInt(SeriesPoint::period).max().orElse(-1) + 1);
    }

    @Test
    void measuredMeansAreTheLengthWeightedMeansOfTheirPeriods() {
        // Measurement (56..238.5) is periods 2 to 7 exactly: population, utilisation, backlog and
        // occupancy over it are the means of those periods weighted by their length.
        double end = WARMUP + YEARS * 365;
        List<MetricName> names = new ArrayList<>(List.of(MetricFamily.POPULATION.of()));
        List<MetricName> measured = new ArrayList<>(List.of(MetricFamily.MEAN_POPULATION.of()));
        for (nl.ketensim.domain.Partner partner : nl.ketensim.domain.Partner.values()) {
            names.add(MetricFamily.UTILISATION.of(partner));
            measured.add(MetricFamily.UTILISATION.of(partner));
            names.add(MetricFamily.BACKLOG_HOURS_MEAN.of(partner));
            measured.add(MetricFamily.BACKLOG_HOURS_MEAN.of(partner));
        }
        for (SeriesPoint s : result.series()) {
            MetricName name = MetricName.parse(s.metric()).orElseThrow();
            if (s.period() == 0 && name.family() == MetricFamily.OCCUPANCY) {
                names.add(name);
                measured.add(name);
            }
        }
        assertTrue(names.size() > 8, "regions in the series: " + names);
        for (int i = 0; i < names.size(); i++) {
            double sum = 0;
            for (int p = 2; p <= 7; p++) {
                double stop = p == 7 ? end : (p + 1) * PeriodSeries.PERIOD_DAYS;
                sum += point(p, names.get(i)) * (stop - p * PeriodSeries.PERIOD_DAYS);
            }
            assertEquals(sum / (end - WARMUP), metric(Group.ALL, measured.get(i)), 1e-9, names.get(i).key());
        }
    }

    private static double point(int period, MetricName name) {
        return result.series().stream().filter(s -> s.period() == period && s.metric().equals(name.key()))
                .mapToDouble(SeriesPoint::value).findFirst().orElseThrow();
    }
}
