package nl.ketensim.model;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.Aftercare;
import umontreal.ssj.simevents.Event;

/**
 * Nazorg: the months after one release (README, "After release"). Regie moves to the gemeente, or
 * to the reclassering for its tasks under toezicht. Needs whose arrangement was under way at
 * release (staff work done, agency or supply pending) continue once a partner has the case; the others become work
 * items in the partner's pool once the partner has the case: at release after a warme overdracht
 * (the open tasks are handed over), otherwise when the gemeente learns of the person (a self-report
 * or a late signal, {@link Justitiabele#nazorgSignalDays()}) or never. Work not done by the end of
 * the follow-up is withdrawn. At the end, the statuses at +4 and +13 weeks and the indicative
 * recidive go to the collector. The object is itself the SSJ event of the end of the follow-up.
 */
final class Nazorg extends Event implements CountingSimulator.Kind {

    /** Days after release of the first status measured after release (4 weeks). */
    static final double FIRST_STATUS_DAYS = 28.0;
    private static final Basisvoorwaarde[] DOMAINS = Basisvoorwaarde.values();

    private final ChainSimulation chain;
    private final Justitiabele person;
    private final NeedTask[] tasks;
    private final ReleaseRecord record;
    private final boolean measured;
    private final Aftercare aftercare;
    private final double release;
    /** Time each need is arranged (days; infinite while open; NaN when the person has no such need). */
    private final double[] arranged = new double[DOMAINS.length];
    private final List<WorkItem> work = new ArrayList<>();
    private final CaseObserver observer;
    private boolean ended;

    /**
     * @param record   the person's record at release
     * @param measured the release lies in the measured window: its follow-up is counted
     * @param observer told, per need missed at release, whether it is still open at the end of the follow-up
     */
    Nazorg(ChainSimulation chain, Justitiabele person, NeedTask[] tasks, ReleaseRecord record, boolean measured,
           CaseObserver observer) {
        super(chain.simulator());
        this.chain = chain;
        this.person = person;
        this.tasks = tasks;
        this.record = record;
        this.measured = measured;
        this.aftercare = chain.scenario().aftercare();
        this.release = person.releaseTime();
        this.observer = observer;
    }

    /** Starts the follow-up now, at release. */
    void start() {
        boolean anyOpen = false;
        double handover = record.warmeOverdracht() ? 0.0 : person.nazorgSignalDays();
        for (int i = 0; i < tasks.length; i++) {
            NeedTask task = tasks[i];
            arranged[i] = task == null ? Double.NaN : pendingUntil(task.arrangedTime(), handover);
            anyOpen |= task != null && needsNazorg(task);
        }
        if (!anyOpen || handover >= aftercare.followUpDays()) {
            actions(); // no staff work after release: every status is known now (saves two events)
            return;
        }
        if (handover > 0) {
            new HandOver().schedule(handover);
        } else {
            handOver(); // a warme overdracht: the partner has the case at release, now (saves an event)
        }
        schedule(aftercare.followUpDays());
    }

    /**
     * When an arrangement under way at release (due at {@code due}) completes: it continues at once
     * after a warme overdracht; after a cold release it rests until the gemeente has the case
     * ({@code handover} days after release) and then takes the time it still needed; never, when
     * the gemeente does not learn of the person.
     */
    private double pendingUntil(double due, double handover) {
        if (due <= release || Double.isInfinite(due)) {
            return due;
        }
        return Double.isInfinite(handover) ? Double.POSITIVE_INFINITY : due + handover;
    }

    /** A need open at release whose arrangement is not under way: its staff work must still be done. */
    private boolean needsNazorg(NeedTask task) {
        return Double.isInfinite(task.arrangedTime());
    }

    /** The event of the hand-over. */
    private final class HandOver extends Event implements CountingSimulator.Kind {
        HandOver() {
            super(chain.simulator());
        }

        @Override
        public void actions() {
            handOver();
        }

        @Override
        public String eventKind() {
            return "nazorg: hand-over";
        }
    }

    @Override
    public String eventKind() {
        return "nazorg: end of follow-up";
    }

    /** The partner with the case: its open tasks become work items in the partner's pool. */
    private void handOver() {
        double now = chain.simulator().time();
        double end = release + aftercare.followUpDays();
        for (int i = 0; i < tasks.length; i++) {
            NeedTask task = tasks[i];
            if (task == null || !needsNazorg(task) || task.draws.declined()) {
                continue;
            }
            Partner partner = task.lead == Partner.RECLASSERING ? Partner.RECLASSERING : Partner.GEMEENTE;
            int need = i;
            WorkItem item = new NazorgWork(task.draws.hours(), end, partner) {
                @Override
                protected boolean obsolete() {
                    return ended;
                }

                @Override
                protected void completed() {
                    if (!ended) {
                        double done = chain.simulator().time();
                        arranged[need] = done + task.draws.leadTimeDays() + task.draws.externalWaitDays();
                    }
                }
            };
            work.add(item);
            chain.pool(partner, person).submit(item);
        }
    }

    /** A task on a need after release; named for the benchmark's count of events by kind. */
    private abstract class NazorgWork extends WorkItem implements CountingSimulator.Kind {
        private final Partner partner;

        NazorgWork(double hours, double deadline, Partner partner) {
            super(chain.simulator(), hours, deadline, true);
            this.partner = partner;
        }

        @Override
        public String eventKind() {
            return "work: nazorg task (" + partner.key() + ")";
        }
    }

    /** The end of the follow-up: statuses and recidive to the collector; unfinished work is withdrawn. */
    @Override
    public void actions() {
        ended = true;
        for (WorkItem item : work) {
            item.withdraw();
        }
        int address = Basisvoorwaarde.ONDERDAK.ordinal();
        boolean[] openAt4w = new boolean[DOMAINS.length];
        boolean[] openAt13w = new boolean[DOMAINS.length];
        double hazardRatio = 1.0;
        for (int i = 0; i < DOMAINS.length; i++) {
            if (Double.isNaN(arranged[i])) {
                continue;
            }
            double at = arranged[i];
            if (tasks[i].spec.requiresAddress() && !Double.isNaN(arranged[address])) {
                at = Math.max(at, arranged[address]);
            }
            openAt4w[i] = at > release + FIRST_STATUS_DAYS;
            openAt13w[i] = at > release + aftercare.followUpDays();
            if (openAt4w[i]) {
                hazardRatio *= aftercare.recidive().hazardRatio(DOMAINS[i]);
            }
            Knelpunt missed = record.missed()[i];
            if (missed != null) {
                observer.event(release + aftercare.followUpDays(), CaseEvent.FOLLOW_UP, tasks[i].lead, DOMAINS[i],
                        openAt13w[i] ? missed : null, openAt13w[i] ? 1 : 0);
            }
        }
        double recidive = 1.0 - Math.pow(1.0 - aftercare.recidive().baseline2y(), hazardRatio);
        chain.followedUp(record, openAt4w, openAt13w, recidive, measured);
    }
}
