package nl.ketensim.model;

import static nl.ketensim.results.MetricFamily.AROSE_IN_DETENTION;
import static nl.ketensim.results.MetricFamily.BACKLOG_HOURS_MEAN;
import static nl.ketensim.results.MetricFamily.BENEFIT_AFTER_RELEASE_SHARE;
import static nl.ketensim.results.MetricFamily.DAYS_LOST_PER_YEAR;
import static nl.ketensim.results.MetricFamily.DETECTION_AT_INTAKE_SHARE;
import static nl.ketensim.results.MetricFamily.GEMEENTE_PRESENT_AT_PLAN_SHARE;
import static nl.ketensim.results.MetricFamily.INFORMATION_SHARED_ON_TIME_SHARE;
import static nl.ketensim.results.MetricFamily.INTAKE_DAYS_MEAN;
import static nl.ketensim.results.MetricFamily.IN_REGION_SHARE;
import static nl.ketensim.results.MetricFamily.HVB_DETAINED_SHARE;
import static nl.ketensim.results.MetricFamily.TRANSFER_SHARE;
import static nl.ketensim.results.MetricFamily.INTAKE_WITHIN_NORM_SHARE;
import static nl.ketensim.results.MetricFamily.MDO_ON_SCHEDULE_SHARE;
import static nl.ketensim.results.MetricFamily.MEAN_POPULATION;
import static nl.ketensim.results.MetricFamily.MISSED_NEED_SHARE;
import static nl.ketensim.results.MetricFamily.MISSED_PER_YEAR;
import static nl.ketensim.results.MetricFamily.NEED_SHARE;
import static nl.ketensim.results.MetricFamily.NO_WORK_AFTER_4W_SHARE;
import static nl.ketensim.results.MetricFamily.OCCUPANCY;
import static nl.ketensim.results.MetricFamily.OCCUPANCY_SHARE;
import static nl.ketensim.results.MetricFamily.OVER_CAPACITY_SHARE;
import static nl.ketensim.results.MetricFamily.PLAN_WITHIN_NORM_SHARE;
import static nl.ketensim.results.MetricFamily.RELEASES_PER_YEAR;
import static nl.ketensim.results.MetricFamily.STAY_DAYS_MEAN;
import static nl.ketensim.results.MetricFamily.UTILISATION;
import static nl.ketensim.results.MetricFamily.VERLOF_SHARE;
import static nl.ketensim.results.MetricFamily.WAIT_DAYS_MEAN;
import static nl.ketensim.results.MetricFamily.WARME_OVERDRACHT_SHARE;
import static nl.ketensim.results.MetricFamily.RECIDIVE_2Y_INDICATIEF;
import static nl.ketensim.results.MetricFamily.RECIDIVE_2Y_INDICATIEF_PER_YEAR;
import static nl.ketensim.results.MetricFamily.WITHOUT_AFTER_13W;
import static nl.ketensim.results.MetricFamily.WITHOUT_AFTER_4W;
import static nl.ketensim.results.MetricFamily.WITHOUT_AT_ADMISSION;
import static nl.ketensim.results.MetricFamily.WITHOUT_AT_RELEASE;
import static nl.ketensim.results.MetricFamily.WORK_BEFORE_DETENTION_SHARE;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import nl.ketensim.results.Group;
import nl.ketensim.results.Metric;
import nl.ketensim.results.Name;
import nl.ketensim.scenario.ProcessNorms;
import umontreal.ssj.simevents.Accumulate;
import umontreal.ssj.simevents.Simulator;

/**
 * Aggregates release records and the detained population per {@link Group} as the run goes, so
 * memory does not grow with the simulated time. Only releases during measurement are counted.
 */
final class OutcomeCollector {

    private static final int DOMAINS = Basisvoorwaarde.values().length;
    private static final int KNELPUNTEN = Knelpunt.values().length;

    private final ProcessNorms norms;
    private final GroupTotals[] totals = new GroupTotals[Group.values().length];
    private final PoolReading[] poolsAtStart = new PoolReading[Partner.values().length];
    private OccupancyReading occupancyAtStart;
    private final PoolReading[] poolsAtEnd = new PoolReading[Partner.values().length];
    private OccupancyReading occupancyAtEnd;
    private List<Name> regionNames;
    private double measurementStart;
    private double measurementEnd = Double.NaN;
    private long lifetimeReleases;
    private final long[] lifetimeMissed = new long[DOMAINS];
    /** Persons in voorlopige hechtenis now, and its time integral (person-days). */
    private final Accumulate remand;
    private int inRemand;
    private double remandSumAtStart;
    private double remandSumAtEnd;

    OutcomeCollector(Simulator sim, ProcessNorms norms) {
        this.norms = norms;
        this.remand = new Accumulate(sim, "population in voorlopige hechtenis");
        for (Group g : Group.values()) {
            totals[g.ordinal()] = new GroupTotals(new Accumulate(sim, "population " + g.key()));
        }
    }

    /**
     * Counts a person into the detained population of their groups, and into voorlopige hechtenis
     * when {@code inRemandNow}.
     */
    void admitted(double stayDays, boolean woman, boolean inHomeRegion, boolean hvb, boolean transferred,
                  boolean inRemandNow) {
        for (Group g : GroupMembership.of(stayDays, woman, inHomeRegion, hvb, transferred)) {
            GroupTotals t = totals[g.ordinal()];
            t.population.update(++t.detained);
        }
        if (inRemandNow) {
            remand.update(++inRemand);
        }
    }

    /** A person leaves voorlopige hechtenis: convicted, or released from it. */
    void remandEnded() {
        remand.update(--inRemand);
    }

    /** Counts a release: out of the population, and into the outcomes when {@code measured}. */
    void released(ReleaseRecord r, boolean measured) {
        for (Group g : GroupMembership.of(r)) {
            GroupTotals t = totals[g.ordinal()];
            t.population.update(--t.detained);
            if (measured) {
                t.add(r, norms);
            }
        }
        lifetimeReleases++;
        for (int b = 0; b < DOMAINS; b++) {
            if (r.missed()[b] != null) {
                lifetimeMissed[b]++;
            }
        }
    }

    /** Integral of the detained population since time 0 (person-days). */
    double lifetimePopulationSum() {
        Accumulate population = totals[Group.ALL.ordinal()].population;
        population.update();
        return population.sum();
    }

    /** Releases since time 0. */
    long lifetimeReleases() {
        return lifetimeReleases;
    }

    /** Releases since time 0 without basisvoorwaarde {@code b} arranged. */
    long lifetimeMissed(Basisvoorwaarde b) {
        return lifetimeMissed[b.ordinal()];
    }

    /** Starts measurement now: notes the running totals to subtract at the end. */
    void startMeasurement(double now, PrisonSystem prisons) {
        measurementStart = now;
        for (GroupTotals t : totals) {
            t.population.update();
            t.populationSumAtStart = t.population.sum();
        }
        for (Partner partner : Partner.values()) {
            poolsAtStart[partner.ordinal()] = prisons.reading(partner);
        }
        occupancyAtStart = prisons.occupancy();
        remand.update();
        remandSumAtStart = remand.sum();
    }

    /**
     * Ends measurement now: notes the running totals of the population, pools and places. The
     * follow-ups of the releases measured go on until the run ends ({@link #followedUp}).
     */
    void endMeasurement(double now, PrisonSystem prisons) {
        measurementEnd = now;
        for (GroupTotals t : totals) {
            t.population.update();
            t.populationSumAtEnd = t.population.sum();
        }
        for (Partner partner : Partner.values()) {
            poolsAtEnd[partner.ordinal()] = prisons.reading(partner);
        }
        occupancyAtEnd = prisons.occupancy();
        regionNames = prisons.regionNames();
        remand.update();
        remandSumAtEnd = remand.sum();
    }

    /**
     * Counts the follow-up of a release into the outcomes after release when {@code measured}; the
     * needs open at 4 and 13 weeks as bits by basisvoorwaarde ordinal.
     */
    void followedUp(ReleaseRecord r, int openAt4w, int openAt13w, ChainSimulation.Income income,
                    double recidive, boolean measured) {
        if (!measured) {
            return;
        }
        for (Group g : GroupMembership.of(r)) {
            totals[g.ordinal()].addFollowUp(openAt4w, openAt13w, income, recidive);
        }
    }

    /** The metrics of this replication, in a fixed order; after {@link #endMeasurement}. */
    List<Metric> metrics() {
        double days = measurementEnd - measurementStart;
        List<Metric> metrics = new ArrayList<>();
        for (Group g : Group.values()) {
            totals[g.ordinal()].addMetrics(g, days, metrics);
            if (g == Group.ALL) {
                GroupTotals all = totals[g.ordinal()];
                metrics.add(Metric.of(Group.ALL, HVB_DETAINED_SHARE.of(), ratio(remandSumAtEnd - remandSumAtStart,
                        all.populationSumAtEnd - all.populationSumAtStart)));
                addPoolMetrics(metrics);
                addPlacementMetrics(metrics);
                totals[g.ordinal()].addKnelpuntMetrics(days / 365.0, metrics);
            }
        }
        return metrics;
    }

    private void addPoolMetrics(List<Metric> metrics) {
        for (Partner partner : Partner.values()) {
            PoolReading end = poolsAtEnd[partner.ordinal()];
            PoolReading start = poolsAtStart[partner.ordinal()];
            metrics.add(Metric.of(Group.ALL, UTILISATION.of(partner), end.utilisationSince(start)));
            metrics.add(Metric.of(Group.ALL, BACKLOG_HOURS_MEAN.of(partner), end.backlogHoursSince(start)));
            metrics.add(Metric.of(Group.ALL, WAIT_DAYS_MEAN.of(partner), end.meanWaitSince(start)));
        }
    }

    private void addPlacementMetrics(List<Metric> metrics) {
        OccupancyReading end = occupancyAtEnd;
        metrics.add(Metric.of(Group.ALL, OVER_CAPACITY_SHARE.of(), end.overCapacityShareSince(occupancyAtStart)));
        metrics.add(Metric.of(Group.ALL, OCCUPANCY_SHARE.of(), end.nationalOccupancySince(occupancyAtStart)));
        List<Name> regions = regionNames;
        for (int r = 0; r < regions.size(); r++) {
            metrics.add(Metric.of(Group.ALL, OCCUPANCY.of(regions.get(r)), end.occupancySince(occupancyAtStart, r)));
        }
    }

    private static double ratio(double numerator, double denominator) {
        return denominator > 0 ? numerator / denominator : Double.NaN;
    }

    /** Running totals of one group. */
    private static final class GroupTotals {
        final Accumulate population;
        double populationSumAtStart;
        double populationSumAtEnd;
        long followedUp;
        double recidiveSum;
        long workBefore;
        long benefitAt4w;
        long noWorkAt4w;
        final long[] openAt4w = new long[DOMAINS];
        final long[] openAt13w = new long[DOMAINS];
        int detained;
        long releases;
        double staySum;
        long intakeEligible;
        long intakeOnTime;
        long intakes;
        double intakeDaysSum;
        long planEligible;
        long planOnTime;
        long plansHeld;
        long gemeenteAtPlan;
        long needsAtIntake;
        long needsDetectedAtIntake;
        long informationDue;
        long informationOnTime;
        long mdosDue;
        long mdosOnTime;
        long warm;
        long verlof;
        long inRegion;
        long transferred;
        final long[] needed = new long[DOMAINS];
        final long[] arose = new long[DOMAINS];
        final long[] missed = new long[DOMAINS];
        final long[][] missedBy = new long[DOMAINS][KNELPUNTEN];
        final double[][] daysLost = new double[DOMAINS][KNELPUNTEN];

        GroupTotals(Accumulate population) {
            this.population = population;
        }

        void add(ReleaseRecord r, ProcessNorms norms) {
            releases++;
            staySum += r.stayDays();
            if (r.simulatedFromAdmission()) {
                if (!Double.isNaN(r.intakeDays())) {
                    intakes++;
                    intakeDaysSum += r.intakeDays();
                }
                if (r.stayDays() >= norms.intakeNormDays()) {
                    intakeEligible++;
                    if (r.intakeDays() <= norms.intakeNormDays()) {
                        intakeOnTime++;
                    }
                }
                if (r.stayDays() >= norms.planNormDays()) {
                    planEligible++;
                    if (r.planDays() <= norms.planNormDays()) {
                        planOnTime++;
                    }
                }
                if (!Double.isNaN(r.planDays())) {
                    plansHeld++;
                    if (r.gemeenteAtPlan()) {
                        gemeenteAtPlan++;
                    }
                }
                needsAtIntake += r.needsAtIntake();
                needsDetectedAtIntake += r.needsDetectedAtIntake();
                informationDue += r.informationDue();
                informationOnTime += r.informationOnTime();
            }
            mdosDue += r.mdosDue();
            mdosOnTime += r.mdosOnTime();
            if (r.warmeOverdracht()) {
                warm++;
            }
            if (r.verlof()) {
                verlof++;
            }
            if (r.inHomeRegion()) {
                inRegion++;
            }
            if (r.transferred()) {
                transferred++;
            }
            for (int b = 0; b < DOMAINS; b++) {
                if (r.needed()[b]) {
                    needed[b]++;
                    if (r.arose()[b]) {
                        arose[b]++;
                    }
                }
                Knelpunt k = r.missed()[b];
                if (k != null) {
                    missed[b]++;
                    missedBy[b][k.ordinal()]++;
                    double[] lost = r.daysLost()[b];
                    for (int j = 0; j < KNELPUNTEN; j++) {
                        daysLost[b][j] += lost[j];
                    }
                }
            }
        }

        void addFollowUp(int open4w, int open13w, ChainSimulation.Income income, double recidive) {
            followedUp++;
            recidiveSum += recidive;
            workBefore += income.beforeDetention() == IncomeSource.WORK ? 1 : 0;
            benefitAt4w += income.after4w() == IncomeSource.BENEFIT ? 1 : 0;
            noWorkAt4w += income.after4w() != IncomeSource.WORK ? 1 : 0;
            for (int b = 0; b < DOMAINS; b++) {
                if (OrdinalBits.contains(open4w, b)) {
                    openAt4w[b]++;
                }
                if (OrdinalBits.contains(open13w, b)) {
                    openAt13w[b]++;
                }
            }
        }

        void addMetrics(Group group, double measuredDays, List<Metric> out) {
            out.add(Metric.of(group, RELEASES_PER_YEAR.of(), releases * 365.0 / measuredDays));
            out.add(Metric.of(group, MEAN_POPULATION.of(),
                    (populationSumAtEnd - populationSumAtStart) / measuredDays));
            out.add(Metric.of(group, STAY_DAYS_MEAN.of(), ratio(staySum, releases)));
            out.add(Metric.of(group, INTAKE_DAYS_MEAN.of(), ratio(intakeDaysSum, intakes)));
            out.add(Metric.of(group, INTAKE_WITHIN_NORM_SHARE.of(), ratio(intakeOnTime, intakeEligible)));
            out.add(Metric.of(group, PLAN_WITHIN_NORM_SHARE.of(), ratio(planOnTime, planEligible)));
            out.add(Metric.of(group, GEMEENTE_PRESENT_AT_PLAN_SHARE.of(), ratio(gemeenteAtPlan, plansHeld)));
            out.add(Metric.of(group, DETECTION_AT_INTAKE_SHARE.of(), ratio(needsDetectedAtIntake, needsAtIntake)));
            out.add(Metric.of(group, INFORMATION_SHARED_ON_TIME_SHARE.of(), ratio(informationOnTime, informationDue)));
            out.add(Metric.of(group, MDO_ON_SCHEDULE_SHARE.of(), ratio(mdosOnTime, mdosDue)));
            out.add(Metric.of(group, WARME_OVERDRACHT_SHARE.of(), ratio(warm, releases)));
            out.add(Metric.of(group, VERLOF_SHARE.of(), ratio(verlof, releases)));
            out.add(Metric.of(group, IN_REGION_SHARE.of(), ratio(inRegion, releases)));
            out.add(Metric.of(group, TRANSFER_SHARE.of(), ratio(transferred, releases)));
            for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
                int i = b.ordinal();
                out.add(Metric.of(group, NEED_SHARE.of(b), ratio(needed[i], releases)));
                out.add(Metric.of(group, WITHOUT_AT_ADMISSION.of(b), ratio(needed[i] - arose[i], releases)));
                out.add(Metric.of(group, AROSE_IN_DETENTION.of(b), ratio(arose[i], releases)));
                out.add(Metric.of(group, WITHOUT_AT_RELEASE.of(b), ratio(missed[i], releases)));
                out.add(Metric.of(group, MISSED_NEED_SHARE.of(b), ratio(missed[i], needed[i])));
                out.add(Metric.of(group, WITHOUT_AFTER_4W.of(b), ratio(openAt4w[i], followedUp)));
                out.add(Metric.of(group, WITHOUT_AFTER_13W.of(b), ratio(openAt13w[i], followedUp)));
            }
            out.add(Metric.of(group, WORK_BEFORE_DETENTION_SHARE.of(), ratio(workBefore, followedUp)));
            out.add(Metric.of(group, BENEFIT_AFTER_RELEASE_SHARE.of(), ratio(benefitAt4w, followedUp)));
            out.add(Metric.of(group, NO_WORK_AFTER_4W_SHARE.of(), ratio(noWorkAt4w, followedUp)));
            double recidive = ratio(recidiveSum, followedUp);
            out.add(Metric.of(group, RECIDIVE_2Y_INDICATIEF.of(), recidive));
            out.add(Metric.of(group, RECIDIVE_2Y_INDICATIEF_PER_YEAR.of(), recidive * releases * 365.0 / measuredDays));
        }

        void addKnelpuntMetrics(double years, List<Metric> out) {
            for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
                for (Knelpunt k : Knelpunt.values()) {
                    out.add(Metric.of(Group.ALL, MISSED_PER_YEAR.of(b, k),
                            missedBy[b.ordinal()][k.ordinal()] / years));
                }
            }
            for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
                for (Knelpunt k : Knelpunt.values()) {
                    out.add(Metric.of(Group.ALL, DAYS_LOST_PER_YEAR.of(b, k), daysLost[b.ordinal()][k.ordinal()] / years));
                }
            }
        }
    }
}
