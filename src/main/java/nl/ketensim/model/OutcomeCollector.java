package nl.ketensim.model;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
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
    private double measurementStart;
    private long lifetimeReleases;
    private final long[] lifetimeMissed = new long[DOMAINS];

    OutcomeCollector(Simulator sim, ProcessNorms norms) {
        this.norms = norms;
        for (Group g : Group.values()) {
            totals[g.ordinal()] = new GroupTotals(new Accumulate(sim, "population " + g.key()));
        }
    }

    /** Counts a person into the detained population of their groups. */
    void admitted(double stayDays, boolean woman, boolean inHomeRegion) {
        for (Group g : Group.of(stayDays, woman, inHomeRegion)) {
            GroupTotals t = totals[g.ordinal()];
            t.population.update(++t.detained);
        }
    }

    /** Counts a release: out of the population, and into the outcomes when {@code measured}. */
    void released(ReleaseRecord r, boolean measured) {
        for (Group g : Group.of(r.stayDays(), r.woman(), r.inHomeRegion())) {
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
    }

    /**
     * The metrics of this replication, in a fixed order.
     *
     * @param now   the end of measurement (days)
     * @param pools the prison system, for utilisation and waits
     */
    List<Metric> metrics(double now, PrisonSystem pools) {
        double years = (now - measurementStart) / 365.0;
        List<Metric> metrics = new ArrayList<>();
        for (Group g : Group.values()) {
            totals[g.ordinal()].addMetrics(g.key(), now - measurementStart, metrics, norms);
            if (g == Group.ALL) {
                addPoolMetrics(pools, metrics);
                totals[g.ordinal()].addKnelpuntMetrics(years, metrics);
            }
        }
        return metrics;
    }

    private void addPoolMetrics(PrisonSystem system, List<Metric> metrics) {
        for (Partner partner : Partner.values()) {
            PoolReading end = system.reading(partner);
            PoolReading start = poolsAtStart[partner.ordinal()];
            metrics.add(new Metric("all", "utilisation." + partner.key(), "share", end.utilisationSince(start)));
            metrics.add(new Metric("all", "backlog_hours_mean." + partner.key(), "hours",
                    end.backlogHoursSince(start)));
            metrics.add(new Metric("all", "wait_days_mean." + partner.key(), "days", end.meanWaitSince(start)));
        }
    }

    /** Unit of a share within a norm, naming the norm: {@code share (norm 10 d)}. */
    static String normUnit(double normDays) {
        return "share (norm " + (normDays == Math.rint(normDays) ? Long.toString((long) normDays) : Double.toString(normDays))
                + " d)";
    }

    private static double ratio(double numerator, double denominator) {
        return denominator > 0 ? numerator / denominator : Double.NaN;
    }

    /** Running totals of one group. */
    private static final class GroupTotals {
        final Accumulate population;
        double populationSumAtStart;
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
        final long[] needed = new long[DOMAINS];
        final long[] missed = new long[DOMAINS];
        final long[] openAfterFollowUp = new long[DOMAINS];
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
            for (int b = 0; b < DOMAINS; b++) {
                if (r.needed()[b]) {
                    needed[b]++;
                }
                Knelpunt k = r.missed()[b];
                if (k != null) {
                    missed[b]++;
                    missedBy[b][k.ordinal()]++;
                    double[] lost = r.daysLost()[b];
                    for (int j = 0; j < KNELPUNTEN; j++) {
                        daysLost[b][j] += lost[j];
                    }
                    if (r.openAfterFollowUp()[b]) {
                        openAfterFollowUp[b]++;
                    }
                }
            }
        }

        void addMetrics(String group, double measuredDays, List<Metric> out, ProcessNorms norms) {
            population.update();
            out.add(new Metric(group, "releases_per_year", "persons/year", releases * 365.0 / measuredDays));
            out.add(new Metric(group, "mean_population", "persons",
                    (population.sum() - populationSumAtStart) / measuredDays));
            out.add(new Metric(group, "stay_days_mean", "days", ratio(staySum, releases)));
            out.add(new Metric(group, "intake_days_mean", "days", ratio(intakeDaysSum, intakes)));
            out.add(new Metric(group, "intake_within_norm_share", normUnit(norms.intakeNormDays()),
                    ratio(intakeOnTime, intakeEligible)));
            out.add(new Metric(group, "plan_within_norm_share", normUnit(norms.planNormDays()),
                    ratio(planOnTime, planEligible)));
            out.add(new Metric(group, "gemeente_present_at_plan_share", "share", ratio(gemeenteAtPlan, plansHeld)));
            out.add(new Metric(group, "detection_at_intake_share", "share",
                    ratio(needsDetectedAtIntake, needsAtIntake)));
            out.add(new Metric(group, "information_shared_on_time_share", normUnit(norms.planNormDays()),
                    ratio(informationOnTime, informationDue)));
            out.add(new Metric(group, "mdo_on_schedule_share", "share", ratio(mdosOnTime, mdosDue)));
            out.add(new Metric(group, "warme_overdracht_share", "share", ratio(warm, releases)));
            for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
                int i = b.ordinal();
                out.add(new Metric(group, "need_share." + b.key(), "share", ratio(needed[i], releases)));
                out.add(new Metric(group, "without_at_release." + b.key(), "share", ratio(missed[i], releases)));
                out.add(new Metric(group, "missed_need_share." + b.key(), "share", ratio(missed[i], needed[i])));
                out.add(new Metric(group, "without_after_followup." + b.key(), "share",
                        ratio(openAfterFollowUp[i], releases)));
            }
        }

        void addKnelpuntMetrics(double years, List<Metric> out) {
            for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
                for (Knelpunt k : Knelpunt.values()) {
                    out.add(new Metric("all", "missed_per_year." + b.key() + "." + k.key(), "persons/year",
                            missedBy[b.ordinal()][k.ordinal()] / years));
                }
            }
            for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
                for (Knelpunt k : Knelpunt.values()) {
                    out.add(new Metric("all", "days_lost_per_year." + b.key() + "." + k.key(), "days/year",
                            daysLost[b.ordinal()][k.ordinal()] / years));
                }
            }
        }
    }
}
