package nl.ketensim.model;

import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.NeedSpec;
import nl.ketensim.scenario.ProcessNorms;

/**
 * The work on one need of one justitiabele, as a sequence of phases, with the days it has lost to
 * each knelpunt so far. The time from admission on is a chain of stretches, each either waiting for
 * a cause (a knelpunt) or waiting on a piece of staff work (queued: that pool's capacity; in
 * service: the work itself takes time, kort verblijf). Stretches that involve no shared resource
 * (regie stall, distance, release window, lead time, external supply) are time stamps, not events.
 * At release the open stretch is closed: the days lost then partition the need's open time, and the
 * knelpunt of the stretch open at release is the descriptive knelpunt of a missed need.
 */
final class NeedTask {

    private static final Knelpunt[] KNELPUNTEN = Knelpunt.values();
    private static final Partner[] PARTNERS = Partner.values();
    /** {@link #stretchCause} when the open stretch waits for no knelpunt. */
    private static final byte NO_CAUSE = -1;

    /** Where the task is. */
    enum Phase {
        /** Detention has yet to create the need (it arises later in the stay). */
        NOT_ARISEN,
        /** The need exists but has not been detected. */
        UNDETECTED,
        /** The justitiabele declined help. */
        DECLINED,
        /** Detected; the casemanager's registration and sending of the screening is pending. */
        AWAITING_REGISTRATION,
        /** Detected, but the information did not reach the lead partner; waits for a meeting it attends. */
        AWAITING_MEETING,
        /** The information was sent; the lead partner's staff have yet to take it in. */
        RECEIVING,
        /** The lead partner missed the plan meeting: no owner until a later meeting it attends (MDO or alignment). */
        NO_OWNER,
        /** Owned; stalled for lack of regie until it is ready (see {@link NeedTask#owned}). */
        DELAYED,
        /** Waiting for or receiving staff time. */
        STAFF_WORK,
        /** Staff work done; distance, release window, lead time and external supply follow. */
        FINISHING
    }

    final Basisvoorwaarde basisvoorwaarde;
    final NeedSpec spec;
    final NeedDraws draws;
    final Partner lead;
    /** Told of every stretch of lost time (a {@link CaseEvent#STAGE}). */
    private final CaseObserver observer;
    Phase phase;
    WorkItem work;
    /** Chance (0..1) that the meetings since the intake all missed this need. */
    double undetectedSurvival = 1.0;
    private double informationArrival = Double.NaN;
    private double workDone;
    private boolean releaseKnown;
    private double releaseTime;
    private double distanceEnd;
    private double windowEnd;
    private double leadTimeEnd;
    private double arrangedTime = Double.POSITIVE_INFINITY;
    private final double[] daysLost = new double[KNELPUNTEN.length];
    private double stretchStart;
    /*
     * The knelpunt and pool of the open stretch as ordinals in bytes rather than references: tens
     * of thousands of tasks are alive at once, and this keeps a task at 128 bytes instead of 136.
     */
    /** Ordinal of the {@link Knelpunt} the open stretch waits for, or {@link #NO_CAUSE}. */
    private byte stretchCause = NO_CAUSE;
    private WorkItem stretchWork;
    /** Ordinal of the {@link Partner} whose pool {@link #stretchWork} is in. */
    private byte stretchPool;
    private boolean finishingStretch;

    /**
     * @param lead the partner whose staff do the work (reclassering already resolved to the
     *             casemanager when no toezicht follows)
     * @param observer told of each stretch of lost time as it closes ({@link CaseObserver#NONE} if untraced)
     */
    NeedTask(Basisvoorwaarde basisvoorwaarde, NeedSpec spec, NeedDraws draws, Partner lead, CaseObserver observer) {
        this.basisvoorwaarde = basisvoorwaarde;
        this.observer = observer;
        this.spec = spec;
        this.draws = draws;
        this.lead = lead;
        this.phase = draws.onsetDays() > 0 ? Phase.NOT_ARISEN : Phase.UNDETECTED;
    }

    /**
     * Whether the lead partner is invited to an MDO at {@code time} (days) for this need under
     * {@code rule}: under {@code OPEN_NEEDS} while the need is detected and not arranged; under
     * {@code WORK_LEFT} while the lead has information to take in, regie to take up or staff work to do.
     */
    boolean bringsLeadToMdo(ProcessNorms.MdoPartners rule, double time) {
        return switch (rule) {
            case ALL -> true;
            case OPEN_NEEDS -> phase != Phase.NOT_ARISEN && phase != Phase.UNDETECTED && phase != Phase.DECLINED
                    && arrangedTime > time;
            case WORK_LEFT -> phase == Phase.AWAITING_REGISTRATION || phase == Phase.AWAITING_MEETING
                    || phase == Phase.RECEIVING || phase == Phase.NO_OWNER || phase == Phase.DELAYED
                    || phase == Phase.STAFF_WORK;
        };
    }

    /** Whether the need exists yet (from before detention, or created by it by now). */
    boolean arisen() {
        return phase != Phase.NOT_ARISEN;
    }

    // ----- stretches ------------------------------------------------------------------------

    /** From {@code time} (days) on, the need waits for {@code cause}. */
    void waitFor(Knelpunt cause, double time) {
        closeStretch(time);
        stretchStart = time;
        stretchCause = (byte) cause.ordinal();
    }

    /** From {@code time} (days) on, the need waits on {@code item} in a pool of {@code partner}. */
    void waitOn(WorkItem item, Partner partner, double time) {
        closeStretch(time);
        stretchStart = time;
        stretchWork = item;
        stretchPool = (byte) partner.ordinal();
    }

    /** Whether the need waits on {@code item} now. */
    boolean waitsOn(WorkItem item) {
        return stretchWork == item;
    }

    /**
     * Closes the open stretch at {@code time} (days), adding its days to the knelpunten, and returns
     * the knelpunt the need was waiting for at that time (null when none was open).
     */
    Knelpunt closeStretch(double time) {
        Knelpunt atEnd = stretchCause == NO_CAUSE ? null : KNELPUNTEN[stretchCause];
        if (stretchWork != null) {
            atEnd = chargeWork(time);
        } else if (finishingStretch) {
            atEnd = chargeFinishing(time);
        } else if (atEnd != null) {
            lose(atEnd, lead, stretchStart, time);
        }
        stretchCause = NO_CAUSE;
        stretchWork = null;
        finishingStretch = false;
        stretchStart = time;
        return atEnd;
    }

    /** Queued part → the pool's capacity; part in service → the work itself takes time (kort verblijf). */
    private Knelpunt chargeWork(double time) {
        WorkItem item = stretchWork;
        double started = item.takenUp() ? Math.min(item.startTime(), time) : time;
        started = Math.max(started, stretchStart);
        Partner pool = PARTNERS[stretchPool];
        Knelpunt queue = Knelpunt.capacityOf(pool);
        lose(queue, pool, stretchStart, started);
        lose(Knelpunt.KORT_VERBLIJF, pool, started, time);
        return item.takenUp() && item.startTime() <= time ? Knelpunt.KORT_VERBLIJF : queue;
    }

    private Knelpunt chargeFinishing(double time) {
        boolean sudden = windowEnd == Double.POSITIVE_INFINITY;
        Knelpunt window = sudden ? Knelpunt.ONVERWACHT_ONTSLAG : Knelpunt.KORT_VERBLIJF;
        double t = stretchStart;
        t = charge(Knelpunt.REGIONALE_PLAATSING, t, distanceEnd, time);
        t = charge(window, t, windowEnd, time);
        t = charge(Knelpunt.KORT_VERBLIJF, t, leadTimeEnd, time);
        charge(Knelpunt.EXTERNE_VOORZIENING, t, arrangedTime, time);
        if (time < distanceEnd) {
            return Knelpunt.REGIONALE_PLAATSING;
        }
        if (time < windowEnd) {
            return window;
        }
        return time < leadTimeEnd ? Knelpunt.KORT_VERBLIJF : Knelpunt.EXTERNE_VOORZIENING;
    }

    /** Charges [from, min(to, until)) to {@code k}; returns where the next part starts. */
    private double charge(Knelpunt k, double from, double to, double until) {
        double end = Math.min(to, until);
        if (end > from) {
            lose(k, lead, from, end);
            return end;
        }
        return from;
    }

    /** Days [from, to) lost to {@code k} while with {@code partner}'s staff or waiting for them. */
    private void lose(Knelpunt k, Partner partner, double from, double to) {
        daysLost[k.ordinal()] += to - from;
        if (to > from) {
            observer.event(from, CaseEvent.STAGE, partner, basisvoorwaarde, k, to - from);
        }
    }

    /** Days lost to each knelpunt so far (indexed by {@link Knelpunt#ordinal()}); do not modify. */
    double[] daysLost() {
        return daysLost;
    }

    // ----- phases ---------------------------------------------------------------------------

    /** The information reached the lead partner at {@code arrival} (days). */
    void informationArrives(double arrival) {
        informationArrival = arrival;
    }

    /** Time the information reached the lead partner (days; NaN if it has not). */
    double informationArrival() {
        return informationArrival;
    }

    /**
     * The task has an owner from {@code ownedFrom} (days); when the plan left regie unclear it
     * stalls first ({@link NeedDraws#stallDays()}), then it is ready for staff work.
     *
     * @return the time it is ready (days)
     */
    double owned(double ownedFrom, boolean regieUnclear) {
        double readyTime = ownedFrom + (regieUnclear ? draws.stallDays() : 0.0);
        phase = Phase.DELAYED;
        waitFor(Knelpunt.ONDUIDELIJKE_REGIE, ownedFrom);
        return readyTime;
    }

    /**
     * Staff work finished at {@code time}; lays out the remaining stretches.
     *
     * @param time         completion of the staff work (days)
     * @param releaseKnown whether the release date is known in advance (or the need is filed anyway)
     * @param releaseTime  the release time (days)
     * @param verlof       the person's verlof: an in-person step far from home is done on the next
     *                     verlof used for it when that comes before the distance delay ends
     */
    void staffWorkDone(double time, boolean releaseKnown, double releaseTime, VerlofWindow verlof) {
        closeStretch(time);
        phase = Phase.FINISHING;
        work = null;
        this.workDone = time;
        this.releaseKnown = releaseKnown;
        this.releaseTime = releaseTime;
        layOut(time + draws.distanceDelayDays());
        visitHome(verlof);
        finishingStretch = true;
        stretchStart = time;
    }

    /** As {@link #staffWorkDone(double, boolean, double, VerlofWindow)} for a person without verlof. */
    void staffWorkDone(double time, boolean releaseKnown, double releaseTime) {
        staffWorkDone(time, releaseKnown, releaseTime, VerlofWindow.NONE);
    }

    /**
     * Verlof was granted (or is known) after the staff work was done: a distance delay still
     * running ends at the next verlof used for the task, when that is sooner. Stretches after the
     * staff work are time stamps, so they are laid out again.
     */
    void visitHome(VerlofWindow verlof) {
        if (phase != Phase.FINISHING || draws.distanceDelayDays() <= 0) {
            return;
        }
        double visit = Math.max(workDone, verlof.homeVisit(draws, workDone));
        if (visit < distanceEnd) {
            layOut(visit);
        }
    }

    /** Lays out the stretches after the staff work from the end of the distance delay on. */
    private void layOut(double distanceEnd) {
        this.distanceEnd = distanceEnd;
        if (spec.releaseWindowDays() <= 0) {
            windowEnd = distanceEnd;
        } else if (releaseKnown) {
            windowEnd = Math.max(distanceEnd, releaseTime - spec.releaseWindowDays());
        } else {
            windowEnd = Double.POSITIVE_INFINITY;
        }
        leadTimeEnd = windowEnd + draws.leadTimeDays();
        arrangedTime = leadTimeEnd + draws.externalWaitDays();
    }

    /**
     * The task was arranged by {@code release} on its own but waits for the address another need
     * has yet to arrange: closes its stretches and charges the days from its own arrangement to
     * {@code cause}, the address need's knelpunt at release.
     *
     * @return {@code cause}
     */
    Knelpunt waitedForAddress(Knelpunt cause, double release) {
        closeStretch(arrangedTime);
        daysLost[cause.ordinal()] += release - arrangedTime;
        return cause;
    }

    /** Time the need is arranged (days; infinite while its staff work is not done or its window unknown). */
    double arrangedTime() {
        return arrangedTime;
    }

    /** Whether the need was arranged by {@code time}. */
    boolean arrangedBy(double time) {
        return arrangedTime <= time;
    }
}
