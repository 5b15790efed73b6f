package nl.ketensim.model;

import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.NeedSpec;

/**
 * The work on one need of one justitiabele, as a sequence of phases. Stretches that involve no
 * shared resource (information delay, regie stall, distance delay, release window, lead time,
 * external supply) are kept as time stamps rather than events; {@link #knelpuntAt} reads off what
 * the task was waiting for at release.
 */
final class NeedTask {

    /** Where the task is. */
    enum Phase {
        /** The need exists but has not been detected. */
        UNDETECTED,
        /** The justitiabele declined help. */
        DECLINED,
        /** Detected, but the information did not reach the lead partner; waits for a meeting. */
        AWAITING_INFORMATION,
        /** Information under way and/or stalled for lack of regie until {@link #readyTime}. */
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
    Phase phase;
    WorkItem work;
    /** Meetings held since the intake missed this need. */
    int meetingsWithoutDetection;
    private double informationArrival;
    private double readyTime;
    private double distanceEnd;
    private double windowEnd;
    private double leadTimeEnd;
    private double arrangedTime = Double.POSITIVE_INFINITY;

    /**
     * @param lead the partner whose staff do the work (reclassering already resolved to the
     *             casemanager when no toezicht follows)
     */
    NeedTask(Basisvoorwaarde basisvoorwaarde, NeedSpec spec, NeedDraws draws, Partner lead) {
        this.basisvoorwaarde = basisvoorwaarde;
        this.spec = spec;
        this.draws = draws;
        this.lead = lead;
        this.phase = Phase.UNDETECTED;
    }

    /** The information reaches the lead partner at {@code arrival}; work can start after any stall. */
    double informationArrives(double arrival) {
        informationArrival = arrival;
        readyTime = arrival + draws.stallDays();
        phase = Phase.DELAYED;
        return readyTime;
    }

    /**
     * Staff work finished at {@code time}; lays out the remaining stretches.
     *
     * @param time        completion of the staff work (days)
     * @param releaseKnown whether the release date is known in advance
     * @param releaseTime the release time (days)
     */
    void staffWorkDone(double time, boolean releaseKnown, double releaseTime) {
        phase = Phase.FINISHING;
        work = null;
        distanceEnd = time + draws.distanceDelayDays();
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

    /** Whether the need was arranged by {@code time}. */
    boolean arrangedBy(double time) {
        return arrangedTime <= time;
    }

    /**
     * What the task was waiting for, or lacked, at {@code time} (descriptive attribution).
     *
     * @param time          release time (days)
     * @param suddenRelease whether the release came without notice
     * @param intakePending the intake itself had not been done (then the intake's state counts)
     * @param intakeQueued  the pending intake was waiting for a casemanager
     */
    Knelpunt knelpuntAt(double time, boolean suddenRelease, boolean intakePending, boolean intakeQueued) {
        if (intakePending) {
            return intakeQueued ? Knelpunt.CAPACITEIT_CASEMANAGER : Knelpunt.KORT_VERBLIJF;
        }
        return switch (phase) {
            case DECLINED -> Knelpunt.JUSTITIABELE;
            case UNDETECTED, AWAITING_INFORMATION -> Knelpunt.INFORMATIEDELING;
            case DELAYED -> time < informationArrival ? Knelpunt.INFORMATIEDELING : Knelpunt.ONDUIDELIJKE_REGIE;
            case STAFF_WORK -> work != null && work.state() == WorkItem.State.QUEUED
                    ? Knelpunt.capacityOf(lead) : Knelpunt.KORT_VERBLIJF;
            case FINISHING -> finishingKnelpunt(time, suddenRelease);
        };
    }

    private Knelpunt finishingKnelpunt(double time, boolean suddenRelease) {
        if (time < distanceEnd) {
            return Knelpunt.REGIONALE_PLAATSING;
        }
        if (time < windowEnd) {
            return suddenRelease ? Knelpunt.ONVERWACHT_ONTSLAG : Knelpunt.KORT_VERBLIJF;
        }
        if (time < leadTimeEnd) {
            return Knelpunt.KORT_VERBLIJF;
        }
        return Knelpunt.EXTERNE_VOORZIENING;
    }

    /** Time the task becomes ready for staff work (days); valid in phase DELAYED. */
    double readyTime() {
        return readyTime;
    }
}
