package nl.ketensim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.Cooperation;
import nl.ketensim.scenario.NeedSpec;
import nl.ketensim.scenario.ProcessNorms;
import umontreal.ssj.simevents.Event;

/**
 * One justitiabele's trajectory through the werkstroomschema: intake, registration and sending of
 * the screening, the D&amp;R-plan meeting, MDO's, work on each need, the pre-release alignment and
 * release. Meetings are held at the PI's weekly meeting; attending one is staff work for each
 * partner (see {@link Attendance}). The case is itself the SSJ event of its release.
 */
final class Case extends Event implements CountingSimulator.Kind {

    private static final Basisvoorwaarde[] DOMAINS = Basisvoorwaarde.values();
    private static final Partner[] PARTNERS = Partner.values();
    private static final Partner[] RECEIVERS = {Partner.GEMEENTE, Partner.RECLASSERING};
    /** Retry of a failed meeting when there are neither fixed meetings nor notice (days; README, Model). */
    private static final double RETRY_WITHOUT_AGENDA_DAYS = 1.0;
    /** Least size of the list of submitted work at which withdrawn items are dropped from it (memory). */
    private static final int PRUNE_AT = 8;
    /** Initial room in the list of submitted work: done work leaves it, so it stays short (memory). */
    private static final int WORK_ROOM = 4;
    /** Meetings tried at most to find one at which the own casemanager is at work (a year of weekly ones). */
    private static final int MAX_MEETINGS_TRIED = 52;
    /** Names of the kinds of event and staff work in the benchmark's count of events by kind. */
    private static final String ARISES = "case: need arises in detention";
    private static final String REPORTED = "case: person reports a need";
    private static final String READY = "case: task ready after a delay";
    private static final String TRANSFER = "case: transfer";
    private static final String PLAN_ARRIVES = "case: plan arrives after a transfer";
    private static final String CASEMANAGER_BACK = "case: own casemanager back";
    private static final String VI_REQUEST = "case: VI advice requested";
    private static final String INTAKE_WORK = "intake";
    private static final String ORIENTATION_WORK = "orientation after a transfer";
    private static final String REGISTRATION_WORK = "registration of the screening";
    private static final String RECEIPT_WORK = "receipt of the screening";
    private static final String TASK_WORK = "task on a need";
    private static final String VI_ADVICE_WORK = "VI advice";
    private static final String[] ATTENDANCE_WORK = new String[Activity.values().length];

    static {
        for (Activity activity : Activity.values()) {
            ATTENDANCE_WORK[activity.ordinal()] = "attendance " + activity.key();
        }
    }

    private final ChainSimulation chain;
    private final Justitiabele person;
    /** The model's hooks for dossiers and traces; {@link CaseObserver#NONE} when untraced. */
    private final CaseObserver observer;
    private final NeedTask[] tasks;
    private final ProcessNorms norms;
    /** {@link ProcessNorms#casemanagerKeepsMeetings()}, read once: asked at every invitation and meeting. */
    private final boolean keepsMeetings;
    private final Cooperation coop;
    /** When casemanagers are away (shared by every case). */
    private final CasemanagerAbsence absence;
    /** Start of an absence of the person's own casemanager (days; see {@link CasemanagerAbsence#anchor}). */
    private final double absenceAnchor;
    /**
     * Work submitted for this case that may still be withdrawn, in order of submission: the first
     * {@link #workCount} entries (an array, not a list: one object less to load at every submission
     * and completion); done work leaves at completion, withdrawn work at the next prune (room for
     * {@link #WORK_ROOM} at first).
     */
    private WorkItem[] work = new WorkItem[WORK_ROOM];
    private int workCount;
    /** Size of {@link #work} at which withdrawn items are dropped next: twice what was left, at least {@link #PRUNE_AT}. */
    private int pruneAt = PRUNE_AT;
    /** The partners that own their tasks of this case (bits by partner ordinal). */
    private int owners;
    /** The needs the intake detected (bits by basisvoorwaarde ordinal). */
    private int detectedAtIntake;
    private WorkItem intake;
    /** The gemeente's and reclassering's answers to the intake's requests (by partner ordinal; null if none). */
    private final WorkItem[] intakeAnswers = new WorkItem[PARTNERS.length];
    /** Bits (by partner ordinal) of the intake parts already reported to the observer. */
    private int intakePartsReported;
    private double intakeTime = Double.NaN;
    private double planTime = Double.NaN;
    private boolean gemeenteAtPlan;
    /** The plan meeting has been booked (once; a failed one books itself again). */
    private boolean planBooked;
    /** Receipts of the registered screening the partners have yet to take in. */
    private int receiptsOutstanding;
    /** The plan meeting left tasks without a clear owner; tasks owned after it stall first. */
    private boolean regieUnclear;
    private boolean warm;
    private int mdosOnTime;
    private int needsAtIntake;
    private int needsDetectedAtIntake;
    private boolean released;
    /** The person's re-integratieverlof (a computed window). */
    private final VerlofWindow verlof;
    /** Voorwaardelijke invrijheidstelling and its advice; null when the stay does not end in VI. */
    private final ViDecision vi;
    /** Index of the PI the person is in now: the PI of placement until a transfer. */
    private int prison;
    /** Counts the transfers: a meeting booked at an earlier PI is void. */
    private int placements;
    /** Between a transfer and the new casemanager's taking over: the case books no meetings. */
    private boolean inTransfer;
    /** Staff work of the former casemanager, to be done again by the new one after a transfer (null before). */
    private List<Parked> parked;

    Case(ChainSimulation chain, Justitiabele person, CaseObserver observer) {
        super(chain.simulator());
        this.chain = chain;
        this.person = person;
        this.observer = observer;
        this.norms = chain.scenario().process();
        this.keepsMeetings = norms.casemanagerKeepsMeetings();
        this.coop = chain.scenario().cooperation();
        this.prison = person.prison();
        this.absence = chain.casemanagerAbsence();
        this.absenceAnchor = absence.anchor(person.admissionTime(), person.absenceDraw());
        this.tasks = new NeedTask[DOMAINS.length];
        this.verlof = VerlofWindow.of(person, chain.scenario().detentiefasering());
        this.vi = ViDecision.of(chain.scenario().detentiefasering(), person, observer);
        for (Basisvoorwaarde b : DOMAINS) {
            NeedDraws draws = person.need(b);
            if (draws.present()) {
                NeedSpec spec = chain.needSpec(b);
                tasks[b.ordinal()] = new NeedTask(b, spec, draws, AdmissionSampler.leadOf(spec, person.toezicht()),
                        observer);
            }
        }
    }

    Justitiabele person() {
        return person;
    }

    /** Index of the PI the person is in now. */
    int prison() {
        return prison;
    }

    /** Starts the trajectory of a person admitted now. */
    void admit() {
        double now = now();
        observer.event(now, CaseEvent.ADMITTED, null, null, null, person.stayDays());
        observer.event(now, CaseEvent.PLACED, null, null, null, chain.inHomeRegion(person) ? 1 : 0);
        schedule(person.stayDays());
        takeOn();
        scheduleMdoFrom(firstMdoDue());
        scheduleArising();
        bookViAdvice();
        scheduleTransfer();
    }

    /**
     * Starts the trajectory of a person of the initial population, admitted in the past. Steps whose
     * time has passed are replayed as if no staff pool had been busy (service without waiting, every
     * taking-part partner at every meeting, information arriving when the intake is done); steps
     * still open at time 0 go through the pools and meetings from now on.
     */
    void admitInitial() {
        double now = now();
        schedule(person.releaseTime() - now);
        bookViAdvice();
        scheduleTransfer(); // one before time 0 is not replayed: the person stays where placed (README)
        double admission = person.admissionTime();
        double intakeAt = casemanagerBack() + zeroWaitDays(Partner.CASEMANAGER, Activity.INTAKE);
        for (NeedTask task : tasks) {
            if (task != null && !task.arisen() && ariseTime(task) <= Math.min(now, intakeAt)) {
                task.phase = NeedTask.Phase.UNDETECTED; // arose before the intake: the intake sees it
            }
        }
        double back = casemanagerBack();
        for (NeedTask task : tasks) {
            if (isArisen(task)) {
                double from = Math.max(admission, ariseTime(task));
                if (from < back) { // waited for the absent own casemanager, as a person admitted now does
                    task.waitFor(Knelpunt.CAPACITEIT_CASEMANAGER, from);
                    from = back;
                }
                if (from <= now) {
                    task.waitFor(Knelpunt.KORT_VERBLIJF, from); // served without waiting
                }
            }
        }
        if (intakeAt > now) {
            takeOn();
            scheduleMdoFrom(firstMdoDue());
            scheduleArising();
            return;
        }
        intakeCompleted(intakeAt, 1.0);
        for (NeedTask task : tasks) {
            if (task != null && task.phase == NeedTask.Phase.AWAITING_REGISTRATION) {
                received(task, intakeAt, true);
            }
        }
        MeetingAgenda agenda = chain.meetings(prison);
        double planAt = agenda.meetingTime(intakeAt, intakeAt);
        if (planAt <= now) {
            planHeld(planAt, everyoneTakingPart());
        } else {
            bookPlan();
        }
        scheduleMdoFrom(replayMdos(firstMdoDue(), now));
        if (!person.suddenRelease()) {
            double alignmentDue = alignmentDue(intakeAt);
            if (agenda.meetingTime(alignmentDue, alignmentDue) <= now) {
                alignmentHeld(everyoneTakingPart());
            } else {
                scheduleAlignment(intakeAt);
            }
        }
        replayArising(now);
    }

    // ----- needs detention creates ------------------------------------------------------------

    /** Time (days) at which detention creates the need of {@code task}. */
    private double ariseTime(NeedTask task) {
        return person.admissionTime() + task.draws.onsetDays();
    }

    private static boolean isArisen(NeedTask task) {
        return task != null && task.arisen();
    }

    /** Schedules the arising of every need detention has yet to create. */
    private void scheduleArising() {
        for (NeedTask task : tasks) {
            if (task != null && !task.arisen()) {
                at(ariseTime(task), ARISES, () -> arise(task));
            }
        }
    }

    /**
     * Replays, for the initial population, the needs that arose after the replayed intake and before
     * time 0: the person reported them (meetings of the past are not replayed for them), or will.
     * Those arising after 0 are scheduled.
     */
    private void replayArising(double now) {
        for (NeedTask task : tasks) {
            if (task == null || task.arisen()) {
                continue;
            }
            double arose = ariseTime(task);
            if (arose > now) {
                at(arose, ARISES, () -> arise(task));
                continue;
            }
            double reportAt = arose + task.draws.reportDays();
            task.phase = NeedTask.Phase.UNDETECTED;
            task.waitFor(Knelpunt.INFORMATIEDELING, arose); // not yet reported
            if (reportAt > now) {
                at(reportAt, REPORTED, () -> reported(task));
            } else if (task.draws.declined()) {
                task.phase = NeedTask.Phase.DECLINED;
                task.waitFor(Knelpunt.JUSTITIABELE, reportAt);
            } else {
                received(task, reportAt, true);
            }
        }
    }

    /**
     * Detention creates the need now. Before the intake is done the intake will see it; after, it
     * stays undetected until an MDO finds it or the person reports it. Its days lost count from now.
     */
    private void arise(NeedTask task) {
        double now = now();
        task.phase = NeedTask.Phase.UNDETECTED;
        if (Double.isNaN(intakeTime)) {
            if (intake == null) {
                task.waitFor(Knelpunt.CAPACITEIT_CASEMANAGER, now); // the casemanager is away; the intake will see it
            } else if (intake.state() != WorkItem.State.DONE) {
                task.waitOn(intake, Partner.CASEMANAGER, now);
            } else {
                task.waitFor(Knelpunt.INFORMATIEDELING, now);
            }
            return;
        }
        task.waitFor(Knelpunt.INFORMATIEDELING, now);
        at(now + task.draws.reportDays(), REPORTED, () -> reported(task));
    }

    /** The person reports a need that arose in detention, unless a meeting found it first. */
    private void reported(NeedTask task) {
        if (task.phase != NeedTask.Phase.UNDETECTED) {
            return;
        }
        detected(task, now(), null);
        if (task.phase == NeedTask.Phase.AWAITING_REGISTRATION) {
            submitRegistration();
        }
    }

    /**
     * Replays the MDO's due from {@code first} up to {@code now} (all before release, as release is
     * after now): the first as a meeting with every taking-part partner present, which settles all
     * but undetected needs; for those the later ones in closed form, since each replayed look has the
     * same chance (full time): a need is found at the k-th further MDO, the first k at which the chance
     * of still missing it falls below 1 minus its draw. Costs the same however many MDO's there were.
     *
     * @return the due time of the first MDO after now (days)
     */
    private double replayMdos(double first, double now) {
        if (first > now) {
            return first;
        }
        double interval = norms.mdoIntervalDays();
        meeting(first, everyoneTakingPart());
        double further = Math.floor((now - first) / interval); // replayed MDO's after the first
        double miss = 1.0 - detectionProbability(1.0);
        for (NeedTask task : tasks) {
            if (task == null || task.phase != NeedTask.Phase.UNDETECTED || further < 1 || miss >= 1.0) {
                continue;
            }
            double target = 1.0 - task.draws.meetingDetectionDraw();
            // smallest k >= 1 with survival × miss^k < target
            double k = miss <= 0.0 ? 1.0
                    : Math.max(1.0, Math.floor(Math.log(target / task.undetectedSurvival) / Math.log(miss)) + 1.0);
            if (k <= further) {
                task.undetectedSurvival *= Math.pow(miss, k);
                detected(task, first + k * interval, everyoneTakingPart());
            } else {
                task.undetectedSurvival *= Math.pow(miss, further);
            }
        }
        return first + (further + 1.0) * interval;
    }

    /** The pool of {@code partner} serving this case now (the casemanagers of the PI the person is in). */
    private StaffPool pool(Partner partner) {
        return chain.pool(partner, prison, person);
    }

    /** Days this person's {@code activity} takes a server of the {@code partner}'s pool, without waiting. */
    private double zeroWaitDays(Partner partner, Activity activity) {
        return person.activityHours(activity, partner) / pool(partner).hoursPerDayPerServer();
    }

    // ----- intake, registration, information ------------------------------------------------

    /**
     * The person's casemanager takes the person on: at once, or, when away at admission (leave or
     * sick leave), once back or taken over by a colleague. Meanwhile the needs wait for the
     * casemanager ({@code capaciteit_casemanager}).
     */
    private void takeOn() {
        double now = now();
        double back = casemanagerBack();
        if (back <= now) {
            submitIntake();
            return;
        }
        observer.event(now, CaseEvent.CASEMANAGER_AWAY, Partner.CASEMANAGER, null, Knelpunt.CAPACITEIT_CASEMANAGER,
                back - now);
        for (NeedTask task : tasks) {
            if (isArisen(task)) {
                task.waitFor(Knelpunt.CAPACITEIT_CASEMANAGER, now);
            }
        }
        at(back, CASEMANAGER_BACK, this::submitIntake);
    }

    /**
     * The earliest due time at or after {@code due} whose meeting falls while the person's own
     * casemanager is at work: the casemanager's absences are known when a meeting is booked (leave
     * is planned), so no meeting is booked in one (days). Tries at most a year of weekly meetings.
     */
    private double withCasemanager(double due) {
        MeetingAgenda agenda = chain.meetings(prison);
        double from = due;
        for (int i = 0; i < MAX_MEETINGS_TRIED; i++) {
            double at = agenda.meetingTime(from, now());
            if (!absence.away(absenceAnchor, at)) {
                return from;
            }
            from = absence.presentFrom(absenceAnchor, at);
        }
        return from;
    }

    /** When the person's casemanager takes the person on (days). */
    private double casemanagerBack() {
        return absence.presentFrom(absenceAnchor, person.admissionTime());
    }

    /**
     * The integrale intake: the casemanager's screening, and the gemeente's and reclassering's
     * answers to the requests for information sent at admission. With
     * {@code process.intake_waits_for_partners} the intake is done when the last part is done;
     * otherwise when the casemanager's part is done and the answers cost time only.
     */
    private void submitIntake() {
        double now = now();
        double deadline = person.admissionTime() + norms.intakeNormDays();
        intake = submit(INTAKE_WORK, Partner.CASEMANAGER, person.activityHours(Activity.INTAKE, Partner.CASEMANAGER), deadline,
                true, this::intakePartDone);
        observer.event(now, CaseEvent.INTAKE_QUEUED, Partner.CASEMANAGER, null, null, intake.hours());
        for (NeedTask task : tasks) {
            if (isArisen(task)) {
                task.waitOn(intake, Partner.CASEMANAGER, now);
            }
        }
        for (Partner partner : RECEIVERS) {
            double hours = person.activityHours(Activity.INTAKE, partner);
            if (takesPart(partner) && hours > 0) {
                Runnable done = norms.intakeWaitsForPartners() ? this::intakePartDone : this::reportIntakeParts;
                intakeAnswers[partner.ordinal()] = submit(INTAKE_WORK, partner, hours, deadline, true, done);
                observer.event(now, CaseEvent.INTAKE_QUEUED, partner, null, null, hours);
            }
        }
    }

    /**
     * A part of the intake is done. While another part is outstanding the needs wait on it (in its
     * pool's queue or in service); when the last is done the intake is complete.
     */
    private void intakePartDone() {
        reportIntakeParts();
        WorkItem outstanding = intake.state() == WorkItem.State.DONE ? null : intake;
        Partner pool = Partner.CASEMANAGER;
        for (Partner partner : RECEIVERS) {
            WorkItem answer = intakeAnswers[partner.ordinal()];
            if (outstanding == null && answer != null && answer.state() != WorkItem.State.DONE
                    && norms.intakeWaitsForPartners()) {
                outstanding = answer;
                pool = partner;
            }
        }
        if (outstanding != null) {
            double now = now();
            for (NeedTask task : tasks) {
                if (isArisen(task)) {
                    task.waitOn(outstanding, pool, now);
                }
            }
            return;
        }
        intakeCompleted(now(), intake.timeShare());
        observer.event(now(), CaseEvent.INTAKE_COMPLETE, null, null, null, now() - person.admissionTime());
        if (observer == CaseObserver.NONE) {
            dropIntakeParts();
        }
        if (!submitRegistration() || !norms.planWhenPartnersInformed()) {
            bookPlan();
        }
        scheduleAlignment(now());
    }

    /**
     * Lets go of the intake's items once the intake is complete: only an observer asks about them
     * later ({@link #reportIntakeParts}), and held for the rest of the stay they were most of the
     * live staff work (memory).
     */
    private void dropIntakeParts() {
        intake = null;
        Arrays.fill(intakeAnswers, null);
    }

    /** Tells the observer when each intake part done so far was taken up and done, once each. */
    private void reportIntakeParts() {
        if (observer == CaseObserver.NONE) {
            return;
        }
        reportIntakePart(Partner.CASEMANAGER, intake);
        for (Partner partner : RECEIVERS) {
            reportIntakePart(partner, intakeAnswers[partner.ordinal()]);
        }
    }

    private void reportIntakePart(Partner partner, WorkItem item) {
        int part = OrdinalBits.bit(partner);
        if (item != null && item.state() == WorkItem.State.DONE && (intakePartsReported & part) == 0) {
            intakePartsReported |= part;
            observer.event(item.startTime(), CaseEvent.INTAKE_STARTED, partner, null, null,
                    item.startTime() - item.submitTime());
            observer.event(item.doneTime(), CaseEvent.INTAKE_DONE, partner, null, null, item.timeShare());
        }
    }

    /** Probability (0..1) that a look at the case given {@code timeShare} of its hours detects a need. */
    private double detectionProbability(double timeShare) {
        return person.detectionProbability() * Math.pow(timeShare, coop.detectionTimeElasticity());
    }

    /** The intake is done at {@code time}; it was given {@code timeShare} of its hours. */
    private void intakeCompleted(double time, double timeShare) {
        intakeTime = time;
        double p = detectionProbability(timeShare);
        for (NeedTask task : tasks) {
            if (!isArisen(task)) {
                continue;
            }
            needsAtIntake++;
            if (task.draws.detectionDraw() < p) {
                needsDetectedAtIntake++;
                detectedAtIntake |= OrdinalBits.bit(task.basisvoorwaarde);
                observer.event(time, CaseEvent.NEED_DETECTED, Partner.CASEMANAGER, task.basisvoorwaarde, null, 1);
                detected(task, time, null);
            } else {
                observer.event(time, CaseEvent.NEED_NOT_DETECTED, Partner.CASEMANAGER, task.basisvoorwaarde,
                        Knelpunt.INFORMATIEDELING, Double.NaN);
                task.waitFor(Knelpunt.INFORMATIEDELING, time);
            }
        }
    }

    /**
     * The casemanager registers the screening and sends it to the partners; the needs waiting for
     * it wait in the casemanager's queue meanwhile.
     *
     * @return whether there was anything to register (a work item was submitted)
     */
    private boolean submitRegistration() {
        if (!anyIn(NeedTask.Phase.AWAITING_REGISTRATION)) {
            return false;
        }
        double now = now();
        double deadline = person.admissionTime() + norms.planNormDays();
        WorkItem registration = submit(REGISTRATION_WORK, Partner.CASEMANAGER,
                person.activityHours(Activity.INFORMATION, Partner.CASEMANAGER), deadline, false,
                () -> registered(now()));
        observer.event(now, CaseEvent.INFORMATION_QUEUED, Partner.CASEMANAGER, null, null, registration.hours());
        for (NeedTask task : tasks) {
            if (task != null && task.phase == NeedTask.Phase.AWAITING_REGISTRATION) {
                task.waitOn(registration, Partner.CASEMANAGER, now);
            }
        }
        return true;
    }

    /** The screening was sent at {@code time}: each receiving partner takes it in as staff work. */
    private void registered(double time) {
        observer.event(time, CaseEvent.INFORMATION_REGISTERED, Partner.CASEMANAGER, null, null, Double.NaN);
        for (Partner receiver : RECEIVERS) {
            WorkItem receipt = null;
            for (NeedTask task : tasks) {
                if (task == null || task.phase != NeedTask.Phase.AWAITING_REGISTRATION || task.lead != receiver) {
                    continue;
                }
                if (person.coLocated()) {
                    observer.event(time, CaseEvent.INFORMATION_HANDED_OVER, receiver, task.basisvoorwaarde, null,
                            Double.NaN);
                    received(task, time, false); // handed over on site
                } else if (task.draws.informationLost()) {
                    observer.event(time, CaseEvent.INFORMATION_LOST, receiver, task.basisvoorwaarde,
                            Knelpunt.INFORMATIEDELING, Double.NaN);
                    task.phase = NeedTask.Phase.AWAITING_MEETING;
                    task.waitFor(Knelpunt.INFORMATIEDELING, time);
                } else {
                    if (receipt == null) {
                        receipt = submitReceipt(receiver);
                    }
                    observer.event(time, CaseEvent.INFORMATION_SENT, receiver, task.basisvoorwaarde, null,
                            Double.NaN);
                    task.phase = NeedTask.Phase.RECEIVING;
                    task.waitOn(receipt, receiver, time);
                }
            }
            if (receipt != null) {
                receiptsOutstanding++;
            }
        }
        bookPlanWhenInformed();
    }

    /**
     * With {@code process.plan_when_partners_informed} the plan meeting is booked once the
     * screening is registered and every partner it was sent to has taken it in: the partners plan
     * with the help needs in hand (seed Bijlage I: the casemanager shares them, then the three
     * partners plan). Booked once; a failed plan meeting is booked again by itself.
     */
    private void bookPlanWhenInformed() {
        if (!planBooked && receiptsOutstanding == 0 && !Double.isNaN(intakeTime)) {
            bookPlan();
        }
    }

    private WorkItem submitReceipt(Partner receiver) {
        double deadline = person.admissionTime() + norms.planNormDays();
        return submit(RECEIPT_WORK, receiver, person.activityHours(Activity.INFORMATION, receiver), deadline, false,
                () -> {
            receiptsOutstanding--;
            bookPlanWhenInformed();
            for (NeedTask task : tasks) {
                if (task != null && task.phase == NeedTask.Phase.RECEIVING && task.lead == receiver) {
                    received(task, now(), false);
                }
            }
        });
    }

    /** A detected need: declined, or its information goes to the lead partner. */
    private void detected(NeedTask task, double time, boolean[] presentAtMeeting) {
        if (task.draws.declined()) {
            observer.event(time, CaseEvent.NEED_DECLINED, null, task.basisvoorwaarde, Knelpunt.JUSTITIABELE,
                    Double.NaN);
            task.phase = NeedTask.Phase.DECLINED;
            task.waitFor(Knelpunt.JUSTITIABELE, time);
        } else if (task.lead == Partner.CASEMANAGER
                || (presentAtMeeting != null && presentAtMeeting[task.lead.ordinal()])) {
            received(task, time, false);
        } else if (presentAtMeeting == null) {
            task.phase = NeedTask.Phase.AWAITING_REGISTRATION;
        } else {
            observer.event(time, CaseEvent.INFORMATION_LOST, task.lead, task.basisvoorwaarde,
                    Knelpunt.INFORMATIEDELING, Double.NaN); // detected at a meeting the lead missed
            task.phase = NeedTask.Phase.AWAITING_MEETING;
            task.waitFor(Knelpunt.INFORMATIEDELING, time);
        }
    }

    /**
     * The lead partner has the information at {@code time}: the task is owned (or not, when the lead
     * missed the plan meeting) and becomes ready for staff work.
     */
    private void received(NeedTask task, double time, boolean replay) {
        task.informationArrives(time);
        observer.event(time, CaseEvent.INFORMATION_RECEIVED, task.lead, task.basisvoorwaarde, null, Double.NaN);
        if (Double.isNaN(planTime) || OrdinalBits.contains(owners, task.lead) || replay) {
            ready(task, owned(task, time));
        } else {
            observer.event(time, CaseEvent.NO_OWNER, task.lead, task.basisvoorwaarde, Knelpunt.ONDUIDELIJKE_REGIE,
                    Double.NaN);
            task.phase = NeedTask.Phase.NO_OWNER;
            task.waitFor(Knelpunt.ONDUIDELIJKE_REGIE, time);
        }
    }

    /** The task has an owner from {@code time} (days); returns when it is ready for staff work. */
    private double owned(NeedTask task, double time) {
        double ready = task.owned(time, regieUnclear);
        observer.event(time, CaseEvent.OWNED, task.lead, task.basisvoorwaarde,
                ready > time ? Knelpunt.ONDUIDELIJKE_REGIE : null, ready - time);
        return ready;
    }

    // ----- meetings: D&R-plan, MDO's, alignment ---------------------------------------------

    private void bookPlan() {
        planBooked = true;
        bookPlan(now());
    }

    /** Books the plan meeting for the first meeting at or after {@code from} (days). */
    private void bookPlan(double from) {
        book(from, new Meeting(Activity.PLAN, Double.NaN));
    }

    /**
     * The plan meeting took place: the present partners own their tasks, and the plan leaves regie
     * unclear when the person's draw is at or above the regie clarity at the casemanager's time
     * share now (plan quality falls with time like detection).
     */
    private void planHeld(double time, boolean[] present) {
        if (Double.isNaN(planTime)) {
            planTime = time; // a plan made again after a transfer does not move the first
        }
        planBooked = true; // also when replayed from the past: no second plan meeting
        double share = pool(Partner.CASEMANAGER).timeShare();
        regieUnclear = person.regieDraw() >= coop.regieClarity() * Math.pow(share, coop.regieTimeElasticity());
        if (regieUnclear) {
            observer.event(time, CaseEvent.REGIE_UNCLEAR, Partner.CASEMANAGER, null, Knelpunt.ONDUIDELIJKE_REGIE,
                    Double.NaN);
        }
        gemeenteAtPlan = present[Partner.GEMEENTE.ordinal()];
        owners = 0;
        for (Partner p : PARTNERS) {
            if (present[p.ordinal()] || !coop.absentLeadLosesRegie()) {
                owners |= OrdinalBits.bit(p);
            }
        }
        meeting(time, present);
        if (verlof.planMade(time)) {
            for (NeedTask task : tasks) {
                if (task != null) {
                    task.visitHome(verlof); // in-person steps already waiting for the distance
                }
            }
        }
    }

    private double firstMdoDue() {
        return person.admissionTime() + norms.planNormDays() + norms.mdoIntervalDays();
    }

    private void scheduleMdoFrom(double due) {
        if (due < person.releaseTime()) {
            bookMdo(due, due);
        }
    }

    /** Books the MDO due at {@code due} for the first meeting at or after {@code from}. */
    private void bookMdo(double due, double from) {
        book(from, new Meeting(Activity.MDO, due));
    }

    /** The MDO due at {@code due} (days) took place now with the partners {@code present}. */
    private void mdoHeld(double due, boolean[] present, int notInvited) {
        if (now() - due <= norms.mdoToleranceDays() && countsAsMeasuredMdo(due)) {
            mdosOnTime++;
        }
        meeting(now(), present, notInvited);
        scheduleMdoFrom(due + norms.mdoIntervalDays());
    }

    private boolean countsAsMeasuredMdo(double due) {
        return due >= chain.measurementStart() && due + norms.mdoToleranceDays() <= person.releaseTime();
    }

    /** Number of MDO's that were due during measurement and whose tolerance ended before release. */
    private int measuredMdosDue() {
        int count = 0;
        for (double due = firstMdoDue(); due + norms.mdoToleranceDays() <= person.releaseTime();
             due += norms.mdoIntervalDays()) {
            if (due >= chain.measurementStart()) {
                count++;
            }
        }
        return count;
    }

    private double alignmentDue(double intakeDone) {
        return Math.max(intakeDone, person.releaseTime() - norms.alignmentDaysBeforeRelease());
    }

    private void scheduleAlignment(double intakeDone) {
        if (!person.suddenRelease()) {
            bookAlignment(alignmentDue(intakeDone));
        }
    }

    private void bookAlignment(double due) {
        double from = withCasemanager(due);
        if (chain.meetings(prison).meetingTime(from, now()) >= person.releaseTime()) {
            return; // no meeting left before release
        }
        book(from, new Meeting(Activity.ALIGNMENT, Double.NaN));
    }

    /**
     * When a meeting failed for lack of a casemanager, the earliest time to book it again: the next
     * meeting (the agenda adds the notice); without fixed meetings and without notice a retry at the
     * same moment could never differ, so it is tried {@link #RETRY_WITHOUT_AGENDA_DAYS} later.
     */
    private double retryFrom() {
        double now = now();
        if (now + norms.meetingEveryDays() > now) {
            return now + norms.meetingEveryDays(); // the next meeting
        }
        if (now + norms.meetingNoticeDays() > now) {
            return now; // the agenda adds the notice
        }
        return now + RETRY_WITHOUT_AGENDA_DAYS;
    }

    /** The alignment counts as warme overdracht when the gemeente, and under toezicht the reclassering, attended. */
    private void alignmentHeld(boolean[] present) {
        warm = present[Partner.GEMEENTE.ordinal()]
                && (!person.toezicht() || present[Partner.RECLASSERING.ordinal()]);
        observer.event(now(), CaseEvent.WARME_OVERDRACHT, null, null, null, warm ? 1 : 0);
    }

    /** Every partner taking part in this case, as present at a meeting replayed from the past. */
    private boolean[] everyoneTakingPart() {
        boolean[] present = new boolean[PARTNERS.length];
        for (Partner p : PARTNERS) {
            present[p.ordinal()] = takesPart(p);
        }
        return present;
    }

    /** A plan meeting, MDO or alignment held at {@code time} to which every partner taking part was invited. */
    private void meeting(double time, boolean[] present) {
        meeting(time, present, 0);
    }

    /**
     * A plan meeting, MDO or alignment held at {@code time} with the partners {@code present}:
     * present leads own their tasks, undetected needs get another chance of detection (at the
     * casemanager's time share now), and present leads take the information they lacked. A need
     * found there whose lead was not invited ({@code notInvited}, bits by partner ordinal) goes to
     * its lead as a need found outside a meeting: the casemanager registers and sends it.
     */
    private void meeting(double time, boolean[] present, int notInvited) {
        boolean register = false;
        for (Partner p : PARTNERS) {
            if (present[p.ordinal()]) {
                owners |= OrdinalBits.bit(p);
            }
        }
        double p = detectionProbability(pool(Partner.CASEMANAGER).timeShare());
        for (NeedTask task : tasks) {
            if (task == null) {
                continue;
            }
            boolean leadPresent = present[task.lead.ordinal()];
            switch (task.phase) {
                case UNDETECTED -> {
                    if (!Double.isNaN(intakeTime)) {
                        task.undetectedSurvival *= 1.0 - p;
                        if (task.undetectedSurvival < 1.0 - task.draws.meetingDetectionDraw()) {
                            observer.event(time, CaseEvent.NEED_DETECTED, Partner.CASEMANAGER,
                                    task.basisvoorwaarde, null, 0);
                            boolean leadInvited = !OrdinalBits.contains(notInvited, task.lead);
                            detected(task, time, leadInvited ? present : null);
                            register |= !leadInvited;
                        }
                    }
                }
                case AWAITING_REGISTRATION, AWAITING_MEETING, RECEIVING -> {
                    if (leadPresent) {
                        received(task, time, false);
                    }
                }
                case NO_OWNER -> {
                    if (leadPresent) {
                        ready(task, owned(task, time));
                    }
                }
                default -> { }
            }
        }
        if (register) {
            submitRegistration();
        }
    }

    /**
     * Whether {@code partner} is invited to this person's MDO now: the casemanager always, the
     * others by {@code process.mdo_partners} (while they lead a need that calls for them).
     */
    private boolean invitedToMdo(Partner partner) {
        if (partner == Partner.CASEMANAGER || norms.mdoPartners() == ProcessNorms.MdoPartners.ALL) {
            return true;
        }
        double now = now();
        for (NeedTask task : tasks) {
            if (task != null && task.lead == partner && task.bringsLeadToMdo(norms.mdoPartners(), now)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a partner takes part in this case's meetings at all. */
    private boolean takesPart(Partner partner) {
        return switch (partner) {
            case CASEMANAGER -> true;
            case GEMEENTE -> person.gemeenteWilling();
            case RECLASSERING -> person.toezicht();
        };
    }

    /** Hours a partner spends attending a meeting of {@code activity}, travel included. */
    private double attendanceHours(Activity activity, Partner partner) {
        double hours = person.activityHours(activity, partner);
        if (partner == Partner.GEMEENTE && hours > 0 && !person.coLocated() && !person.video()
                && !chain.inHomeRegion(prison, person)) {
            hours += coop.distantTravelHours();
        }
        return hours;
    }

    /**
     * A booking of this case at a meeting (plan, MDO or alignment); its callbacks run only while the
     * person is detained and in the placement the booking was made in (a transfer voids the bookings
     * of the PI left). One final class for the three activities: the agenda's calls on its bookings
     * see a single type.
     */
    private final class Meeting extends Attendance {
        private final Activity activity;
        /** Due time of the MDO booked (days; NaN for a plan meeting or alignment). */
        private final double due;
        /** The placement the booking was made in. */
        private int booking;
        /** Partners taking part but not invited to this MDO (bits by partner ordinal; see {@link #invitedToMdo}). */
        private int notInvited;

        /**
         * @param activity {@link Activity#PLAN}, {@link Activity#MDO} or {@link Activity#ALIGNMENT}
         * @param due      due time of an MDO (days; NaN otherwise)
         */
        Meeting(Activity activity, double due) {
            this.activity = activity;
            this.due = due;
        }

        /** The meeting took place now with the partners {@code present}. */
        private void onHeld(boolean[] present) {
            switch (activity) {
                case PLAN -> planHeld(now(), present);
                case MDO -> mdoHeld(due, present, notInvited);
                case ALIGNMENT -> {
                    alignmentHeld(present);
                    meeting(now(), present);
                }
                default -> throw new IllegalStateException("not a meeting: " + activity);
            }
        }

        /** The meeting did not take place for lack of a casemanager: books it again. */
        private void onFailed() {
            switch (activity) {
                case PLAN -> bookPlan(retryFrom());
                case MDO -> bookMdo(due, retryFrom());
                case ALIGNMENT -> bookAlignment(retryFrom());
                default -> throw new IllegalStateException("not a meeting: " + activity);
            }
        }

        @Override
        protected boolean casemanagerKeepsMeeting() {
            return keepsMeetings;
        }

        @Override
        public int touch() {
            return booking + placements + person.touchHours(activity);
        }

        @Override
        protected WorkItem attend(Partner partner, double meetingTime) {
            if (booking != placements) {
                return null;
            }
            double hours = attendanceHours(activity, partner);
            if (released || !takesPart(partner) || hours <= 0) {
                return null;
            }
            if (activity == Activity.MDO && !invitedToMdo(partner)) {
                notInvited |= OrdinalBits.bit(partner);
                observer.event(now(), CaseEvent.NOT_INVITED, partner, null, null, meetingTime);
                return null;
            }
            CaseWork item = submit(ATTENDANCE_WORK[activity.ordinal()], partner, hours, meetingTime, false, () -> { });
            item.attendance = true;
            return item;
        }

        @Override
        protected void reserveCasemanager() {
            double hours = attendanceHours(activity, Partner.CASEMANAGER);
            if (booking == placements && !released && hours > 0) {
                CaseWork item = new CaseWork(ATTENDANCE_WORK[activity.ordinal()], Partner.CASEMANAGER, hours, now(),
                        false, () -> { });
                item.attendance = true;
                remember(item);
                pool(Partner.CASEMANAGER).reserve(item);
            }
        }

        @Override
        protected void held(boolean[] present) {
            if (!released && booking == placements) {
                observer.meeting(now(), CaseEvent.MEETING_HELD, activity, present, Double.NaN);
                onHeld(present);
            }
        }

        @Override
        protected void failed() {
            if (!released && booking == placements) {
                observer.meeting(now(), CaseEvent.MEETING_FAILED, activity, null, Double.NaN);
                onFailed();
            }
        }
    }

    /** Books {@code meeting} for the first meeting at or after {@code due} (days), unless in transfer. */
    private void book(double due, Meeting meeting) {
        if (inTransfer) {
            return; // the new casemanager books the meetings when taking over (resume)
        }
        due = withCasemanager(due);
        meeting.booking = placements;
        double at = chain.meetings(prison).book(due, meeting);
        observer.meeting(now(), CaseEvent.MEETING_BOOKED, meeting.activity, null, at);
    }

    private void bookViAdvice() {
        if (vi == null) {
            return;
        }
        vi.book(now(), (time, action) -> at(time, VI_REQUEST, action),
                (partner, hours, deadline, onDone) -> submit(VI_ADVICE_WORK, partner, hours, deadline, true, onDone));
    }

    // ----- work on needs --------------------------------------------------------------------

    /**
     * The task can be taken up at {@code readyTime}: now, later (an event), or, when replaying the
     * initial population's past, earlier (served without waiting).
     */
    private void ready(NeedTask task, double readyTime) {
        double now = now();
        if (readyTime > now) {
            at(readyTime, READY, () -> submitTask(task, task.draws.hours()));
            return;
        }
        if (readyTime < now) {
            task.waitFor(Knelpunt.KORT_VERBLIJF, readyTime);
            double hoursPerDay = pool(task.lead).hoursPerDayPerServer();
            double done = readyTime + task.draws.hours() / hoursPerDay;
            if (done <= now) {
                task.staffWorkDone(done, releaseKnown(task), person.releaseTime(), verlof);
            } else {
                submitTask(task, (done - now) * hoursPerDay); // only what is left of work begun before now
            }
            return;
        }
        submitTask(task, task.draws.hours());
    }

    private boolean releaseKnown(NeedTask task) {
        return !person.suddenRelease() || task.draws.filedDespiteSuddenRelease();
    }

    private void submitTask(NeedTask task, double hours) {
        task.phase = NeedTask.Phase.STAFF_WORK;
        double deadline = person.suddenRelease() ? now() + norms.planNormDays() : person.releaseTime();
        task.work = submit(TASK_WORK, task.lead, hours, deadline, true, () -> {
            observer.event(now(), CaseEvent.WORK_DONE, task.lead, task.basisvoorwaarde, null, Double.NaN);
            task.staffWorkDone(now(), releaseKnown(task), person.releaseTime(), verlof);
        });
        observer.event(now(), CaseEvent.WORK_QUEUED, task.lead, task.basisvoorwaarde, null, hours);
        task.waitOn(task.work, task.lead, now());
    }

    // ----- conviction and transfer to a gevangenis --------------------------------------------

    /** Staff work of the former casemanager still queued at a transfer, and the needs that waited on it. */
    private record Parked(CaseWork item, List<NeedTask> waiting) { }

    /** Schedules the conviction and transfer, if the person has one while detained and after now. */
    private void scheduleTransfer() {
        double at = person.transferTime();
        if (at > now() && at < person.releaseTime()) {
            at(at, TRANSFER, this::transfer);
        }
    }

    /**
     * Convicted from voorlopige hechtenis: the person moves to a PI chosen by the placement rule and
     * gets a new casemanager. Meetings booked at the former PI are void; the former casemanager's
     * queued work waits for the new one (work in service is finished); the needs waiting on it wait
     * for the information to travel (informatiedeling). The new casemanager's orientation (an intake's
     * hours) is staff work; the case resumes when it is done and the D&amp;R-plan has arrived (or at
     * once after the orientation when the plan is lost, and the plan is made again).
     */
    private void transfer() {
        double now = now();
        Transfer t = person.transfer();
        prison = chain.transferred(person, prison);
        placements++;
        inTransfer = true;
        parked = new ArrayList<>();
        observer.event(now, CaseEvent.TRANSFERRED, null, null, null, chain.inHomeRegion(prison, person) ? 1 : 0);
        for (int i = 0; i < workCount; i++) {
            CaseWork item = (CaseWork) work[i];
            if (item.state() != WorkItem.State.QUEUED) {
                continue;
            }
            if (item.attendance) {
                item.withdraw();
            } else if (item.partner == Partner.CASEMANAGER) {
                item.withdraw();
                List<NeedTask> waiting = new ArrayList<>();
                for (NeedTask task : tasks) {
                    if (task != null && task.waitsOn(item)) {
                        waiting.add(task);
                        task.waitFor(Knelpunt.INFORMATIEDELING, now);
                    }
                }
                parked.add(new Parked(item, waiting));
            }
        }
        double arrival = t.planLost() ? Double.NaN : now + t.planDelayDays();
        CaseWork orientation = submit(ORIENTATION_WORK, Partner.CASEMANAGER,
                person.activityHours(Activity.INTAKE, Partner.CASEMANAGER),
                now + norms.intakeNormDays(), true, () -> oriented(arrival));
        observer.event(now, CaseEvent.ORIENTATION_QUEUED, Partner.CASEMANAGER, null, null, orientation.hours());
    }

    /** The new casemanager's orientation is done; the case resumes when the plan is there too. */
    private void oriented(double planArrival) {
        double now = now();
        observer.event(now, CaseEvent.ORIENTATION_DONE, Partner.CASEMANAGER, null, null, Double.NaN);
        if (Double.isNaN(planArrival)) {
            observer.event(now, CaseEvent.PLAN_LOST, Partner.CASEMANAGER, null, Knelpunt.INFORMATIEDELING, Double.NaN);
            resume(true);
        } else if (planArrival > now) {
            at(planArrival, PLAN_ARRIVES, () -> planArrived(planArrival));
        } else {
            planArrived(planArrival);
        }
    }

    private void planArrived(double arrival) {
        observer.event(arrival, CaseEvent.PLAN_ARRIVED, Partner.CASEMANAGER, null, null,
                arrival - person.transferTime());
        resume(false);
    }

    /**
     * The new casemanager takes over now: the parked work goes to the new PI's casemanagers, and the
     * meetings repeat there: the plan meeting when there is no plan yet or it was lost, the next MDO
     * at the first meeting, and the pre-release alignment.
     */
    private void resume(boolean planLost) {
        double now = now();
        inTransfer = false;
        for (Parked p : parked) {
            CaseWork old = p.item();
            CaseWork item = submit(old.kind, Partner.CASEMANAGER, old.hours(), old.deadline(), old.compressible(),
                    old.onDone);
            if (old == intake) {
                intake = item;
            }
            for (NeedTask task : tasks) {
                if (task != null && (p.waiting().contains(task) || task.waitsOn(old))) {
                    task.waitOn(item, Partner.CASEMANAGER, now);
                }
                if (task != null && task.work == old) {
                    task.work = item;
                }
            }
        }
        parked = null;
        double due = firstMdoDue();
        while (due < now) {
            due += norms.mdoIntervalDays();
        }
        if (due < person.releaseTime()) {
            bookMdo(due, now); // the next MDO at the first meeting of the new PI
        }
        if (Double.isNaN(intakeTime)) {
            return; // the intake, when done, books the plan and the alignment
        }
        if (Double.isNaN(planTime) || planLost) {
            planBooked = true; // receipts arriving later do not book a second plan meeting
            bookPlan(now);
        }
        if (!person.suddenRelease()) {
            bookAlignment(Math.max(now, person.releaseTime() - norms.alignmentDaysBeforeRelease()));
        }
    }

    // ----- release --------------------------------------------------------------------------

    @Override
    public void actions() {
        observer.event(now(), CaseEvent.RELEASED, null, null,
                person.suddenRelease() ? Knelpunt.ONVERWACHT_ONTSLAG : null, person.suddenRelease() ? 1 : 0);
        released = true;
        for (int i = 0; i < workCount; i++) {
            work[i].withdraw();
        }
        chain.released(this);
    }

    @Override
    public String eventKind() {
        return "case: release";
    }

    /** The follow-up of this release: nazorg on the needs still open (a new object; the case is done). */
    Nazorg nazorg(ReleaseRecord record, boolean measured) {
        return new Nazorg(chain, person, tasks, record, measured, observer);
    }

    /** The immutable record of this case at its release, now. */
    ReleaseRecord record() {
        double release = person.releaseTime();
        int n = tasks.length;
        boolean[] needed = new boolean[n];
        boolean[] arose = new boolean[n];
        double[] onsetDays = new double[n];
        Knelpunt[] missed = new Knelpunt[n];
        double[][] daysLost = new double[n][];
        boolean simulatedFromAdmission = person.admissionTime() >= 0;
        boolean informationMeasured = simulatedFromAdmission && person.stayDays() >= norms.planNormDays();
        double informationNorm = person.admissionTime() + norms.planNormDays();
        int informationDue = 0;
        int informationOnTime = 0;
        for (int i = 0; i < n; i++) {
            NeedTask task = tasks[i];
            if (task == null) {
                continue;
            }
            needed[i] = true;
            arose[i] = task.draws.arisesInDetention();
            onsetDays[i] = task.draws.onsetDays();
            if (informationMeasured && OrdinalBits.contains(detectedAtIntake, task.basisvoorwaarde)
                    && task.lead != Partner.CASEMANAGER && !task.draws.declined()) {
                informationDue++;
                if (task.informationArrival() <= informationNorm) {
                    informationOnTime++;
                }
            }
            if (!task.arrangedBy(release)) {
                missed[i] = task.closeStretch(release);
                daysLost[i] = task.daysLost();
                observer.event(release, CaseEvent.MISSED, task.lead, task.basisvoorwaarde, missed[i],
                        release - person.admissionTime() - task.draws.onsetDays());
            } else if (observer != CaseObserver.NONE) {
                task.closeStretch(task.arrangedTime()); // reports the stretches up to the arrangement
                observer.event(task.arrangedTime(), CaseEvent.ARRANGED, task.lead, task.basisvoorwaarde, null,
                        task.arrangedTime() - person.admissionTime() - task.draws.onsetDays());
            }
        }
        waitForAddress(release, missed, daysLost);
        verlof.report(observer);
        if (vi != null) {
            vi.report();
        }
        return new ReleaseRecord(
                person.stayDays(),
                person.woman(),
                chain.inHomeRegion(person),
                person.hvb(),
                person.transfer() != null,
                simulatedFromAdmission,
                intakeTime - person.admissionTime(),
                planTime - person.admissionTime(),
                !Double.isNaN(planTime) && gemeenteAtPlan,
                measuredMdosDue(),
                mdosOnTime,
                warm,
                verlof.taken() > 0,
                needsAtIntake,
                needsDetectedAtIntake,
                informationDue,
                informationOnTime,
                needed,
                arose,
                onsetDays,
                missed,
                daysLost);
    }

    /**
     * A need whose arrangement requires a registered address (an ID: the application needs a BRP
     * registration) is not arranged while the person's own onderdak need is open at release: it is
     * missed with the onderdak's knelpunt, which also takes its days from its own arrangement on.
     */
    private void waitForAddress(double release, Knelpunt[] missed, double[][] daysLost) {
        int address = Basisvoorwaarde.ONDERDAK.ordinal();
        if (missed[address] == null) {
            return;
        }
        for (NeedTask task : tasks) {
            int i = task == null ? -1 : task.basisvoorwaarde.ordinal();
            if (i < 0 || !task.spec.requiresAddress() || missed[i] != null) {
                continue;
            }
            missed[i] = task.waitedForAddress(missed[address], release);
            daysLost[i] = task.daysLost();
        }
    }

    private double now() {
        return chain.simulator().time();
    }

    private boolean anyIn(NeedTask.Phase phase) {
        for (NeedTask task : tasks) {
            if (task != null && task.phase == phase) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code action} at {@code time} (days) unless the person has been released by then. */
    private void at(double time, String kind, Runnable action) {
        new Step(kind, action).schedule(time - now());
    }

    /** A later step of this case ({@link #at}); {@code kind} names it in the benchmark's count. */
    private final class Step extends Event implements CountingSimulator.Kind {
        private final String kind;
        private final Runnable action;

        Step(String kind, Runnable action) {
            super(chain.simulator());
            this.kind = kind;
            this.action = action;
        }

        @Override
        public void actions() {
            if (!released) {
                action.run();
            }
        }

        @Override
        public String eventKind() {
            return kind;
        }
    }

    /** Submits staff work for this case to the partner's pool; withdrawn when the person is released first. */
    private CaseWork submit(String kind, Partner partner, double hours, double deadline, boolean compressible,
                            Runnable onDone) {
        CaseWork item = new CaseWork(kind, partner, hours, deadline, compressible, onDone);
        remember(item);
        pool(partner).submit(item);
        return item;
    }

    /**
     * Keeps {@code item} in the case's list of submitted work (pruned of withdrawn items now and then;
     * done items leave at completion, and no work is submitted after release).
     */
    private void remember(CaseWork item) {
        if (workCount >= pruneAt) {
            int kept = 0;
            for (int i = 0; i < workCount; i++) {
                if (!work[i].withdrawn()) {
                    work[kept++] = work[i];
                }
            }
            Arrays.fill(work, kept, workCount, null);
            workCount = kept;
            pruneAt = Math.max(PRUNE_AT, 2 * workCount);
        }
        if (workCount == work.length) {
            work = Arrays.copyOf(work, 2 * work.length);
        }
        work[workCount++] = item;
    }

    /** Drops done {@code item} from the case's list of submitted work, keeping the order of the rest. */
    private void forget(CaseWork item) {
        for (int i = 0; i < workCount; i++) {
            if (work[i] == item) {
                System.arraycopy(work, i + 1, work, i, workCount - i - 1);
                work[--workCount] = null;
                return;
            }
        }
    }

    /** Staff work for this case; dropped when the person is released first. */
    private final class CaseWork extends WorkItem implements CountingSimulator.Kind {
        private final String kind;
        private final Partner partner;
        private final Runnable onDone;
        /** Attendance of a meeting (void at a transfer), not work on the case. */
        private boolean attendance;

        CaseWork(String kind, Partner partner, double hours, double deadline, boolean compressible,
                 Runnable onDone) {
            super(chain.simulator(), hours, deadline, compressible);
            this.kind = kind;
            this.partner = partner;
            this.onDone = onDone;
        }

        @Override
        public String eventKind() {
            return "work: " + kind + " (" + partner.key() + ")";
        }

        @Override
        protected boolean obsolete() {
            return released;
        }

        @Override
        protected boolean wanted() {
            return !released;
        }

        @Override
        protected void completed() {
            forget(this); // done work need not be withdrawn; dropping it keeps the live set small
            onDone.run();
        }
    }
}
