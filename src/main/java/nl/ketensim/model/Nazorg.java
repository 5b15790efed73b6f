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
 * release (staff work done, agency or supply pending) continue once a partner has the case; the
 * others become work items in the partner's pool once the partner has the case. After a warme
 * overdracht the partners have the case at release. After a cold release the gemeente learns of the
 * person only by a signal and then takes the person on as staff work (its intake hours): the person
 * asks for help ({@link Justitiabele#selfReportDays()} after release, when the person chose to for
 * an open need, {@link NeedDraws#aftercareDraw()}), or the reclassering under toezicht passes the
 * case on ({@link Justitiabele#toezichtSignal()}; its information hours at release). Whether and
 * when the gemeente has the case thus follows from those choices and the pools' queues; without a
 * signal, or with one taken up too late, it never has it within the follow-up. Work not done by the
 * end of the follow-up is withdrawn. At the end, the statuses at +4 and +13 weeks and the
 * indicative recidive go to the collector. The object is itself the SSJ event of the end of the
 * follow-up.
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
    /** The gemeente is taking the person on, or has (after a signal). */
    private boolean signalled;

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
        boolean warm = record.warmeOverdracht();
        boolean anyOpen = false;
        boolean anyWork = false;
        boolean asks = false;
        for (int i = 0; i < tasks.length; i++) {
            NeedTask task = tasks[i];
            arranged[i] = task == null ? Double.NaN : task.arrangedTime();
            if (task != null && arranged[i] > release && !task.draws.declined()) {
                anyOpen = true;
                anyWork |= needsNazorg(task);
                asks |= task.draws.aftercareDraw() < aftercare.selfReportProbability();
                if (!warm && !Double.isInfinite(arranged[i])) {
                    arranged[i] = Double.POSITIVE_INFINITY; // under way: rests until a partner has the case
                }
            }
        }
        boolean selfReport = asks && person.selfReportDays() < aftercare.followUpDays();
        if (!anyOpen || (warm && !anyWork) || (!warm && !selfReport && !person.toezichtSignal())) {
            actions(); // no staff work after release: every status is known now (saves events)
            return;
        }
        schedule(aftercare.followUpDays());
        if (warm) {
            handOver();
            return;
        }
        if (person.toezichtSignal()) {
            submit(Partner.RECLASSERING, person.activityHours(Activity.INFORMATION, Partner.RECLASSERING), false,
                    this::signal); // registering and passing the case on, as the screening in detention
        }
        if (selfReport) {
            new Event(chain.simulator()) {
                @Override
                public void actions() {
                    signal();
                }
            }.schedule(person.selfReportDays());
        }
    }

    /** A signal reaches the gemeente: it takes the person on (its intake hours), then has the case. */
    private void signal() {
        if (ended || signalled) {
            return;
        }
        signalled = true;
        submit(Partner.GEMEENTE, person.activityHours(Activity.INTAKE, Partner.GEMEENTE), true, this::handOver);
    }

    /**
     * The partners have the case now: arrangements that were under way at release continue for the
     * time they still needed then; the open tasks become work items in the partner's pool.
     */
    private void handOver() {
        double now = chain.simulator().time();
        for (int i = 0; i < tasks.length; i++) {
            NeedTask task = tasks[i];
            if (task == null || task.draws.declined()) {
                continue;
            }
            double due = task.arrangedTime();
            if (due > release && !Double.isInfinite(due)) {
                arranged[i] = now + (due - release);
                continue;
            }
            if (!needsNazorg(task)) {
                continue;
            }
            Partner partner = task.lead == Partner.RECLASSERING ? Partner.RECLASSERING : Partner.GEMEENTE;
            int need = i;
            submit(partner, task.draws.hours(), true, () -> {
                double done = chain.simulator().time();
                arranged[need] = done + task.draws.leadTimeDays() + task.draws.externalWaitDays();
            });
        }
    }

    /** A need open at release whose arrangement is not under way: its staff work must still be done. */
    private boolean needsNazorg(NeedTask task) {
        return Double.isInfinite(task.arrangedTime());
    }

    /** Submits staff work due at the end of the follow-up; {@code onDone} runs if it is done before then. */
    private void submit(Partner partner, double hours, boolean compressible, Runnable onDone) {
        WorkItem item = new WorkItem(chain.simulator(), hours, release + aftercare.followUpDays(), compressible) {
            @Override
            protected boolean obsolete() {
                return ended;
            }

            @Override
            protected boolean wanted() {
                return !ended;
            }

            @Override
            protected void completed() {
                onDone.run();
            }
        };
        work.add(item);
        chain.pool(partner, person).submit(item);
    }

    @Override
    public String eventKind() {
        return "nazorg: end of follow-up";
    }

    /**
     * The end of the follow-up: statuses, the source of income before detention and at +4 weeks
     * ({@link IncomeSource}) and recidive to the collector; unfinished work is withdrawn.
     */
    @Override
    public void actions() {
        ended = true;
        for (WorkItem item : work) {
            item.withdraw();
        }
        int address = Basisvoorwaarde.ONDERDAK.ordinal();
        int openAt4w = 0; // bits by basisvoorwaarde ordinal
        int openAt13w = 0;
        double hazardRatio = 1.0;
        for (int i = 0; i < DOMAINS.length; i++) {
            if (Double.isNaN(arranged[i])) {
                continue;
            }
            double at = arranged[i];
            if (tasks[i].spec.requiresAddress() && !Double.isNaN(arranged[address])) {
                at = Math.max(at, arranged[address]);
            }
            boolean open13w = at > release + aftercare.followUpDays();
            if (at > release + FIRST_STATUS_DAYS) {
                openAt4w |= OrdinalBits.bit(i);
                hazardRatio *= aftercare.recidive().hazardRatio(DOMAINS[i]);
            }
            if (open13w) {
                openAt13w |= OrdinalBits.bit(i);
            }
            Knelpunt missed = record.missed()[i];
            if (missed != null) {
                observer.event(release + aftercare.followUpDays(), CaseEvent.FOLLOW_UP, tasks[i].lead, DOMAINS[i],
                        open13w ? missed : null, open13w ? 1 : 0);
            }
        }
        int income = Basisvoorwaarde.WERK_INKOMEN.ordinal();
        IncomeSource before = IncomeSource.beforeDetention(person.need(Basisvoorwaarde.WERK_INKOMEN));
        boolean incomeOpenAt4w = OrdinalBits.contains(openAt4w, income);
        IncomeSource at4w = IncomeSource.afterRelease(!Double.isNaN(arranged[income]), incomeOpenAt4w);
        hazardRatio *= at4w.hazardRatio(aftercare.recidive());
        double recidive = 1.0 - Math.pow(1.0 - aftercare.recidive().baseline2y(), hazardRatio);
        chain.followedUp(record, openAt4w, openAt13w, new ChainSimulation.Income(before, at4w), recidive, measured);
    }
}
