package nl.ketensim.model;

import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.Detentiefasering;

/**
 * Voorwaardelijke invrijheidstelling (VI) of one person (README, "Verlof and VI"): a stay of at
 * least the minimum with a known release date ends in VI. With the Wet straffen en beschermen the
 * OM decides after a reclassering advice; before it VI followed by law and only persons under
 * toezicht got an advice (on the conditions). The advice is requested some time before release as
 * reclassering work, due at the decision. The decision does not move the release.
 */
final class ViDecision {

    /** Runs an action at a time (days) unless the person is released by then. */
    interface Steps {
        void at(double time, Runnable action);
    }

    /** Submits compressible case work to a partner's pool, withdrawn when the person is released first. */
    interface CaseWork {
        WorkItem submit(Partner partner, double hours, double deadline, Runnable onDone);
    }

    private final Detentiefasering.Vi rules;
    private final Justitiabele person;
    private final CaseObserver observer;
    private final boolean adviceRequired;
    private WorkItem advice;

    /**
     * The VI decision of {@code person}, or null when the stay does not end in VI (a sudden release
     * or a stay under the minimum): nothing to book or report, and no object for most persons.
     */
    static ViDecision of(Detentiefasering rules, Justitiabele person, CaseObserver observer) {
        return endsInVi(rules.vi(), person) ? new ViDecision(rules, person, observer) : null;
    }

    /** The VI decision of a person whose stay ends in VI (see {@link #of}). */
    private ViDecision(Detentiefasering rules, Justitiabele person, CaseObserver observer) {
        this.rules = rules.vi();
        this.person = person;
        this.observer = observer;
        this.adviceRequired = this.rules.adviceHours() > 0 && (rules.wetStraffenEnBeschermen() || person.toezicht());
    }

    private static boolean endsInVi(Detentiefasering.Vi rules, Justitiabele person) {
        return !person.suddenRelease() && person.stayDays() >= rules.minStayDays();
    }

    /** Time of the decision (days). */
    private double decisionTime() {
        return Math.max(person.admissionTime(), person.releaseTime() - rules.decisionDaysBeforeRelease());
    }

    /**
     * Books the request of the advice, when one is needed and its time is not before {@code now}
     * (days; for the initial population an earlier request is not replayed).
     *
     * @param at   runs an action at a time (days) unless the person is released by then
     * @param work submits the advice as case work
     */
    void book(double now, Steps at, CaseWork work) {
        double requestAt = Math.max(person.admissionTime(), person.releaseTime() - rules.requestDaysBeforeRelease());
        if (!adviceRequired || requestAt < now) {
            return;
        }
        at.at(requestAt, () -> {
            advice = work.submit(Partner.RECLASSERING, rules.adviceHours(), decisionTime(),
                    () -> observer.event(advice.doneTime(), CaseEvent.VI_ADVICE_DONE, Partner.RECLASSERING, null,
                            null, Double.NaN));
            observer.event(requestAt, CaseEvent.VI_ADVICE_QUEUED, Partner.RECLASSERING, null, null,
                    rules.adviceHours());
        });
    }

    /** Tells the observer of the decision (at release): with the advice in time, without it, or by law. */
    void report() {
        if (observer == CaseObserver.NONE) {
            return;
        }
        double decision = decisionTime();
        boolean advised = advice != null && advice.state() == WorkItem.State.DONE && advice.doneTime() <= decision;
        observer.event(decision, CaseEvent.VI_DECISION, Partner.RECLASSERING, null, null,
                advice == null ? Double.NaN : advised ? 1 : 0);
    }
}
