package nl.ketensim.model;

import nl.ketensim.scenario.Detentiefasering;

/**
 * One person's re-integratieverlof as a computed window, not a chain of events (README, "Verlof
 * and VI"): with a known release date and a stay of at least the minimum, verloven fall on
 * {@code first}, {@code first + interval}, ... before release, where {@code first} is the later of
 * the served share of the stay and the start of the last phase. They are taken from the moment
 * verlof is granted: at admission without the Wet straffen en beschermen (time served), once the
 * D&amp;R-plan is made with it. On a verlof the person can do an in-person step at the home gemeente.
 */
final class VerlofWindow {

    private static final double NEVER = Double.POSITIVE_INFINITY;

    /** No verlof at all (shared: it never changes). */
    static final VerlofWindow NONE = new VerlofWindow();

    private final boolean wetStraffenEnBeschermen;
    private final double untargetedUseProbability;
    /** First possible verlof (days; infinite when the person has none). */
    private final double first;
    private final double interval;
    private final double release;
    /** Verlof is granted from this time on (days; infinite until granted). */
    private double grantedFrom = NEVER;

    private VerlofWindow() {
        this.wetStraffenEnBeschermen = true;
        this.untargetedUseProbability = 0;
        this.first = NEVER;
        this.interval = 1;
        this.release = NEVER;
    }

    /**
     * The verlof window of {@code person}: {@link #NONE} when the person has no verlof (a sudden
     * release or a stay under the minimum), which saves an object for most persons.
     */
    static VerlofWindow of(Justitiabele person, Detentiefasering rules) {
        return eligible(person, rules.verlof()) ? new VerlofWindow(person, rules) : NONE;
    }

    private static boolean eligible(Justitiabele person, Detentiefasering.Verlof verlof) {
        return !person.suddenRelease() && person.stayDays() >= verlof.minStayDays();
    }

    VerlofWindow(Justitiabele person, Detentiefasering rules) {
        Detentiefasering.Verlof verlof = rules.verlof();
        this.wetStraffenEnBeschermen = rules.wetStraffenEnBeschermen();
        this.untargetedUseProbability = verlof.untargetedUseProbability();
        this.interval = verlof.intervalDays();
        this.release = person.releaseTime();
        this.first = eligible(person, verlof)
                ? Math.max(person.admissionTime() + verlof.servedShare() * person.stayDays(),
                        release - verlof.lastPhaseDays())
                : NEVER;
        if (!wetStraffenEnBeschermen) {
            grantedFrom = person.admissionTime(); // by time served, whatever the progress
        }
    }

    /**
     * A D&amp;R-plan was made at {@code time} (days): with the Wet straffen en beschermen verlof is
     * granted from then on.
     *
     * @return whether this granted verlof that was not granted before
     */
    boolean planMade(double time) {
        if (first == NEVER || !wetStraffenEnBeschermen || time >= grantedFrom) { // NONE is never changed
            return false;
        }
        grantedFrom = time;
        return nextOccasion(time) < NEVER;
    }

    /** The first verlof at or after {@code time} (days), or infinity when none is left before release. */
    double nextOccasion(double time) {
        double from = Math.max(time, grantedFrom);
        if (first == NEVER || from == NEVER) {
            return NEVER;
        }
        double k = from <= first ? 0.0 : Math.ceil((from - first) / interval);
        double occasion = Math.max(from, first + k * interval);
        return occasion < release ? occasion : NEVER;
    }

    /**
     * When the person can do the in-person step of a need whose staff work was done at {@code time}
     * (days) at home on verlof: the next verlof, if it is used for the task; infinity otherwise. With
     * the Wet straffen en beschermen verlof serves the plan's goals, so always; without it with
     * the untargeted-use probability, decided by the need's {@link NeedDraws#verlofUseDraw()}.
     */
    double homeVisit(NeedDraws draws, double time) {
        if (!wetStraffenEnBeschermen && draws.verlofUseDraw() >= untargetedUseProbability) {
            return NEVER;
        }
        return nextOccasion(time);
    }

    /** Time of the first verlof taken (days; infinity when none before release). */
    double firstTaken() {
        return nextOccasion(grantedFrom);
    }

    /** Number of verloven taken before release. */
    int taken() {
        double firstTaken = firstTaken();
        return firstTaken == NEVER ? 0 : (int) Math.ceil((release - firstTaken) / interval);
    }

    /** Tells the observer of the verloven taken (day: the first; value: how many), at release. */
    void report(CaseObserver observer) {
        if (taken() > 0) {
            observer.event(firstTaken(), CaseEvent.VERLOF, null, null, null, taken());
        }
    }
}
