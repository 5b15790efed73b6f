package nl.ketensim.model;

import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.NeedSpec;
import nl.ketensim.scenario.ProcessNorms;
import umontreal.ssj.simevents.Event;

/**
 * One justitiabele's trajectory through the werkstroomschema: intake, D&amp;R-plan, MDO's, work on
 * each need, pre-release alignment and release. The case is itself the SSJ event of its release.
 */
final class Case extends Event {

    private static final Basisvoorwaarde[] DOMAINS = Basisvoorwaarde.values();
    private static final Partner[] PARTNERS = Partner.values();

    private final ChainSimulation chain;
    private final Justitiabele person;
    private final NeedTask[] tasks;
    private final ProcessNorms norms;
    private WorkItem intake;
    private double intakeTime = Double.NaN;
    private double planTime = Double.NaN;
    private double alignmentTime = Double.NaN;
    private int mdosOnTime;
    private boolean released;

    Case(ChainSimulation chain, Justitiabele person) {
        super(chain.simulator());
        this.chain = chain;
        this.person = person;
        this.norms = chain.scenario().process();
        this.tasks = new NeedTask[DOMAINS.length];
        for (Basisvoorwaarde b : DOMAINS) {
            NeedDraws draws = person.need(b);
            if (draws.present()) {
                NeedSpec spec = chain.needSpec(b);
                tasks[b.ordinal()] = new NeedTask(b, spec, draws, AdmissionSampler.leadOf(spec, person.toezicht()));
            }
        }
    }

    Justitiabele person() {
        return person;
    }

    boolean isReleased() {
        return released;
    }

    /** Starts the trajectory of a person admitted now. */
    void admit() {
        schedule(person.stayDays());
        submitIntake();
        scheduleMdos();
    }

    /**
     * Starts the trajectory of a person of the initial population, admitted in the past. Steps whose
     * time has passed are replayed as if no staff pool had been busy (service without waiting);
     * steps still open at time 0 go through the pools from now on.
     */
    void admitInitial() {
        double now = now();
        schedule(person.releaseTime() - now);
        double intakeAt = person.admissionTime() + zeroWaitDays(Partner.CASEMANAGER, Activity.INTAKE);
        if (intakeAt > now) {
            submitIntake();
            scheduleMdos();
            return;
        }
        intakeCompleted(intakeAt);
        double planAt = intakeAt + zeroWaitDays(Activity.PLAN);
        if (planAt <= now) {
            planCompleted(planAt);
        } else {
            submitPlan();
        }
        double due = firstMdoDue();
        while (due <= now && due < person.releaseTime()) {
            meeting(due);
            due += norms.mdoIntervalDays();
        }
        scheduleMdoFrom(due);
        if (!person.suddenRelease()) {
            double alignmentStart = Math.max(intakeAt, person.releaseTime() - norms.alignmentDaysBeforeRelease());
            double alignmentDone = alignmentStart + zeroWaitDays(Activity.ALIGNMENT);
            if (alignmentDone <= now) {
                alignmentTime = alignmentDone;
            } else {
                scheduleAlignment(intakeAt);
            }
        }
    }

    /** Days a joint activity takes without waiting: its slowest part. */
    private double zeroWaitDays(Activity activity) {
        double days = 0;
        for (Partner partner : PARTNERS) {
            if (present(partner)) {
                days = Math.max(days, zeroWaitDays(partner, activity));
            }
        }
        return days;
    }

    /** Days this person's {@code activity} takes a server of the {@code partner}'s pool, without waiting. */
    private double zeroWaitDays(Partner partner, Activity activity) {
        return person.activityHours(activity, partner) / chain.pool(partner, person).hoursPerDayPerServer();
    }

    // ----- intake ---------------------------------------------------------------------------

    private void submitIntake() {
        double deadline = person.admissionTime() + norms.intakeNormDays();
        intake = new CaseWork(person.activityHours(Activity.INTAKE, Partner.CASEMANAGER), deadline, () -> {
            intakeCompleted(now());
            submitPlan();
            scheduleAlignment(now());
        });
        chain.pool(Partner.CASEMANAGER, person).submit(intake);
        // Requests for information from gemeente and reclassering cost their staff time; the intake
        // does not wait for the answers.
        JointActivity requests = new JointActivity(this, time -> { });
        addPart(requests, Activity.INTAKE, Partner.GEMEENTE, deadline);
        addPart(requests, Activity.INTAKE, Partner.RECLASSERING, deadline);
    }

    private void intakeCompleted(double time) {
        intakeTime = time;
        for (NeedTask task : tasks) {
            if (task == null) {
                continue;
            }
            if (task.draws.detectedAtIntake()) {
                detected(task, time, task.draws.sharedAtIntake(), false);
            }
        }
    }

    // ----- D&R-plan, MDO's, alignment -------------------------------------------------------

    private void submitPlan() {
        JointActivity plan = new JointActivity(this, this::planCompleted);
        addJointParts(plan, Activity.PLAN, person.admissionTime() + norms.planNormDays());
        plan.close(now());
    }

    private void planCompleted(double time) {
        planTime = time;
        meeting(time);
    }

    private double firstMdoDue() {
        return person.admissionTime() + norms.planNormDays() + norms.mdoIntervalDays();
    }

    private void scheduleMdos() {
        scheduleMdoFrom(firstMdoDue());
    }

    private void scheduleMdoFrom(double due) {
        if (due < person.releaseTime()) {
            atMeeting(due, () -> mdoDue(due));
        }
    }

    /** The MDO due at {@code due}, at its meeting now: submits the review and books the next one. */
    private void mdoDue(double due) {
        JointActivity mdo = new JointActivity(this, held -> mdoHeld(due, held));
        addJointParts(mdo, Activity.MDO, due + norms.mdoToleranceDays());
        mdo.close(now());
        scheduleMdoFrom(due + norms.mdoIntervalDays());
    }

    private void mdoHeld(double due, double held) {
        if (held - due <= norms.mdoToleranceDays() && countsAsMeasuredMdo(due)) {
            mdosOnTime++;
        }
        meeting(held);
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

    private void scheduleAlignment(double intakeDone) {
        if (person.suddenRelease()) {
            return;
        }
        double start = Math.max(intakeDone, person.releaseTime() - norms.alignmentDaysBeforeRelease());
        atMeeting(start, this::submitAlignment);
    }

    private void submitAlignment() {
        JointActivity alignment = new JointActivity(this, time -> alignmentTime = time);
        addJointParts(alignment, Activity.ALIGNMENT, person.releaseTime());
        alignment.close(now());
    }

    private void addJointParts(JointActivity joint, Activity activity, double deadline) {
        for (Partner partner : PARTNERS) {
            addPart(joint, activity, partner, deadline);
        }
    }

    /** Adds the partner's part when the partner takes part in this case and the activity costs it time. */
    private void addPart(JointActivity joint, Activity activity, Partner partner, double deadline) {
        double hours = person.activityHours(activity, partner);
        if (present(partner) && hours > 0) {
            joint.addPart(chain.simulator(), chain.pool(partner, person), hours, deadline);
        }
    }

    /**
     * A plan meeting or MDO at {@code time}: undetected needs get another chance of detection, and
     * information that was lost reaches every partner present.
     */
    private void meeting(double time) {
        for (NeedTask task : tasks) {
            if (task == null) {
                continue;
            }
            if (task.phase == NeedTask.Phase.UNDETECTED) {
                if (++task.meetingsWithoutDetection >= task.draws.meetingsToDetect()) {
                    detected(task, time, false, true);
                }
            } else if (task.phase == NeedTask.Phase.AWAITING_INFORMATION && present(task.lead)) {
                ready(task, task.informationArrives(time));
            }
        }
    }

    private boolean present(Partner partner) {
        return switch (partner) {
            case CASEMANAGER -> true;
            case GEMEENTE -> person.gemeenteParticipates();
            case RECLASSERING -> person.toezicht();
        };
    }

    // ----- work on needs --------------------------------------------------------------------

    private void detected(NeedTask task, double time, boolean sharedAfterIntake, boolean atMeeting) {
        if (task.draws.declined()) {
            task.phase = NeedTask.Phase.DECLINED;
            return;
        }
        double arrival;
        if (task.lead == Partner.CASEMANAGER || (atMeeting && present(task.lead))) {
            arrival = time;
        } else if (sharedAfterIntake) {
            arrival = time + task.draws.infoDelayDays();
        } else {
            task.phase = NeedTask.Phase.AWAITING_INFORMATION;
            return;
        }
        ready(task, task.informationArrives(arrival));
    }

    /**
     * The task can be taken up at {@code readyTime}: now, later (an event), or, when replaying the
     * initial population's past, earlier (served without waiting).
     */
    private void ready(NeedTask task, double readyTime) {
        double now = now();
        if (readyTime > now) {
            at(readyTime, () -> submitTask(task));
            return;
        }
        if (readyTime < now) {
            double hoursPerDay = chain.pool(task.lead, person).hoursPerDayPerServer();
            double done = readyTime + task.draws.hours() / hoursPerDay;
            if (done <= now) {
                task.staffWorkDone(done, !person.suddenRelease(), person.releaseTime());
            } else {
                submitTask(task, (done - now) * hoursPerDay); // only what is left of work begun before now
            }
            return;
        }
        submitTask(task);
    }

    private void submitTask(NeedTask task) {
        submitTask(task, task.draws.hours());
    }

    private void submitTask(NeedTask task, double hours) {
        task.phase = NeedTask.Phase.STAFF_WORK;
        double deadline = person.suddenRelease() ? now() + norms.planNormDays() : person.releaseTime();
        task.work = new CaseWork(hours, deadline,
                () -> task.staffWorkDone(now(), !person.suddenRelease(), person.releaseTime()));
        chain.pool(task.lead, person).submit(task.work);
    }

    // ----- release --------------------------------------------------------------------------

    @Override
    public void actions() {
        released = true;
        chain.released(this);
    }

    /** The immutable record of this case at its release, now. */
    ReleaseRecord record() {
        double release = person.releaseTime();
        boolean intakePending = Double.isNaN(intakeTime);
        boolean intakeQueued = intakePending && intake != null && intake.state() == WorkItem.State.QUEUED;
        int n = tasks.length;
        boolean[] needed = new boolean[n];
        Knelpunt[] missed = new Knelpunt[n];
        boolean[] openAfterFollowUp = new boolean[n];
        boolean warm = !Double.isNaN(alignmentTime);
        var aftercare = chain.scenario().aftercare();
        for (int i = 0; i < n; i++) {
            NeedTask task = tasks[i];
            if (task == null) {
                continue;
            }
            needed[i] = true;
            if (!task.arrangedBy(release)) {
                missed[i] = task.knelpuntAt(release, person.suddenRelease(), intakePending, intakeQueued);
                double continuation = warm ? aftercare.continuationWarm() : aftercare.continuationCold();
                openAfterFollowUp[i] = task.draws.aftercareDraw() >= continuation;
            }
        }
        boolean simulatedFromAdmission = person.admissionTime() >= 0;
        return new ReleaseRecord(
                person.stayDays(),
                person.woman(),
                chain.inHomeRegion(person),
                simulatedFromAdmission,
                intakeTime - person.admissionTime(),
                planTime - person.admissionTime(),
                measuredMdosDue(),
                mdosOnTime,
                warm,
                needed,
                missed,
                openAfterFollowUp);
    }

    private double now() {
        return chain.simulator().time();
    }

    /** Runs {@code action} at the PI's first meeting on or after {@code due} (days), unless released by then. */
    private void atMeeting(double due, Runnable action) {
        chain.meetings(person).book(due, () -> {
            if (!released) {
                action.run();
            }
        });
    }

    /** Runs {@code action} at {@code time} (days) unless the person has been released by then. */
    private void at(double time, Runnable action) {
        new Event(chain.simulator()) {
            @Override
            public void actions() {
                if (!released) {
                    action.run();
                }
            }
        }.schedule(time - now());
    }

    /** Staff work for this case; dropped when the person is released first. */
    private final class CaseWork extends WorkItem {
        private final Runnable onDone;

        CaseWork(double hours, double deadline, Runnable onDone) {
            super(chain.simulator(), hours, deadline);
            this.onDone = onDone;
        }

        @Override
        protected boolean obsolete() {
            return released;
        }

        @Override
        protected void completed() {
            if (!released) {
                onDone.run();
            }
        }
    }
}
