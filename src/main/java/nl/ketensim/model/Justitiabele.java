package nl.ketensim.model;

import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Partner;

/**
 * A detained person's attributes, fixed at admission (docs/model.md §2).
 *
 * @param admissionTime         simulation time of admission (days; negative for the initial population)
 * @param stayDays              length of stay (days)
 * @param woman                 sex is female (placed in women's places only)
 * @param ageBand               index into the scenario's age bands
 * @param hvb                   entered in voorlopige hechtenis (huis van bewaring)
 * @param suddenRelease         the release date is not known in advance
 * @param homeRegion            index of the home region
 * @param prison                index of the PI of placement
 * @param lvb                   has a licht verstandelijke beperking
 * @param toezicht              reclassering supervision follows release
 * @param coLocated             gemeente and reclassering work on site in this person's PI
 * @param gemeenteWilling       the gemeente is willing to take part in plan, MDO's and alignment
 *                              (whether it attends follows from its staff time)
 * @param video                 the gemeente joins this person's meetings by video (no travel)
 * @param regieDraw             uniform (0..1): the plan leaves tasks without a clear owner when it is at
 *                              or above the regie clarity at the casemanager's time share then
 * @param detectionProbability  chance (0..1) that an intake given its full hours detects a need
 * @param absenceDraw           uniform (0..1): where the person's casemanager is in the cycle of
 *                              absences at admission ({@link CasemanagerAbsence})
 * @param selfReportDays        after a release without warme overdracht, days until the person asks
 *                              the gemeente for help, if the person asks ({@link NeedDraws#aftercareDraw()})
 * @param toezichtSignal        after a release without warme overdracht, the reclassering supervising
 *                              the person passes the case on to the gemeente
 * @param needs                 one entry per {@link Basisvoorwaarde}, in ordinal order
 * @param activityHours         staff hours of each {@link Activity} per {@link Partner}, drawn at
 *                              admission (hours; index {@link ActivityHourDistribution#index}); every
 *                              MDO of the person costs the same. An entry with the sign bit set is the negated
 *                              uniform drawn for it, turned into hours when first asked for (most
 *                              people meet only some partners in some activities, and the inversion
 *                              costs more than the draw); read it with {@link #activityHours(Activity, Partner)}
 * @param hourDistribution      turns those uniforms into hours; null when every entry is hours already
 * @param transfer              the conviction and transfer to a gevangenis during the stay; null when none
 */
record Justitiabele(
        double admissionTime,
        double stayDays,
        boolean woman,
        int ageBand,
        boolean hvb,
        boolean suddenRelease,
        int homeRegion,
        int prison,
        boolean lvb,
        boolean toezicht,
        boolean coLocated,
        boolean gemeenteWilling,
        boolean video,
        double regieDraw,
        double detectionProbability,
        double absenceDraw,
        double selfReportDays,
        boolean toezichtSignal,
        NeedDraws[] needs,
        double[] activityHours,
        ActivityHourDistribution hourDistribution,
        Transfer transfer) {

    /**
     * A person whose staff hours are known (hours, each &gt;= 0; index {@link ActivityHourDistribution#index}),
     * as in exact tests.
     *
     * @throws IllegalArgumentException when an entry is negative (it would read as a uniform still to convert)
     */
    Justitiabele(double admissionTime, double stayDays, boolean woman, int ageBand, boolean hvb, boolean suddenRelease,
                 int homeRegion, int prison, boolean lvb, boolean toezicht, boolean coLocated, boolean gemeenteWilling,
                 boolean video, double regieDraw, double detectionProbability, double absenceDraw, double selfReportDays,
                 boolean toezichtSignal, NeedDraws[] needs, double[] activityHours, Transfer transfer) {
        this(admissionTime, stayDays, woman, ageBand, hvb, suddenRelease, homeRegion, prison, lvb, toezicht, coLocated,
                gemeenteWilling, video, regieDraw, detectionProbability, absenceDraw, selfReportDays, toezichtSignal,
                needs, hoursOnly(activityHours), null, transfer);
    }

    private static double[] hoursOnly(double[] activityHours) {
        for (double hours : activityHours) {
            if (toConvert(hours)) {
                throw new IllegalArgumentException("staff hours must be >= 0, not " + hours);
            }
        }
        return activityHours;
    }

    /**
     * Whether an entry of {@link #activityHours} is still the negated uniform drawn at admission:
     * its sign bit is set, so that a uniform of 0 (kept as -0.0) counts too. Hours are never below
     * 0 (means &gt;= 0, factor &gt;= 1); a mean of -0.0 would only be converted again at each read,
     * to the same -0.0.
     */
    private static boolean toConvert(double entry) {
        return Double.doubleToRawLongBits(entry) < 0;
    }

    /** Simulation time of release (days). */
    double releaseTime() {
        return admissionTime + stayDays;
    }

    /** Simulation time of the transfer to a gevangenis (days; infinite when there is none). */
    double transferTime() {
        return transfer == null ? Double.POSITIVE_INFINITY : admissionTime + transfer.afterDays();
    }

    /** Whether the person is in voorlopige hechtenis at {@code time} (days): admitted so and not yet convicted. */
    boolean inRemandAt(double time) {
        return hvb && time < transferTime();
    }

    /** Staff hours one partner spends on one activity of this person (hours). */
    double activityHours(Activity activity, Partner partner) {
        int pair = ActivityHourDistribution.index(activity, partner);
        double hours = activityHours[pair];
        if (toConvert(hours)) {
            hours = hourDistribution.hours(pair, lvb, -hours);
            activityHours[pair] = hours;
        }
        return hours;
    }

    /**
     * Reads this person's hour entries of {@code activity} (every partner), so that a meeting can
     * load them for all its bookings at once ({@link MeetingAgenda.Booking#touch}); the value means nothing.
     */
    int touchHours(Activity activity) {
        int first = ActivityHourDistribution.index(activity, Partner.CASEMANAGER);
        int last = ActivityHourDistribution.index(activity, Partner.RECLASSERING);
        long bits = Double.doubleToRawLongBits(activityHours[first]) ^ Double.doubleToRawLongBits(activityHours[last]);
        return (int) bits;
    }

    /** The draws of one basisvoorwaarde. */
    NeedDraws need(Basisvoorwaarde b) {
        return needs[b.ordinal()];
    }
}
