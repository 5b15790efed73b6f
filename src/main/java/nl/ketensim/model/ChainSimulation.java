package nl.ketensim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Partner;
import nl.ketensim.results.ReplicationResult;
import nl.ketensim.scenario.NeedSpec;
import nl.ketensim.scenario.Prison;
import nl.ketensim.model.RandomStreams.Source;
import nl.ketensim.scenario.Scenario;
import umontreal.ssj.rng.MRG32k3aL;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;

/**
 * One replication of the chain on its own SSJ simulator: initial population, Poisson admissions,
 * warm-up, measurement, stop. Not thread-safe; one instance per replication.
 */
final class ChainSimulation {

    private static final double DAYS_PER_YEAR = 365.0;

    private final Scenario scenario;
    private final CountingSimulator sim;
    /** What a benchmark observes; {@link RunProbe#NONE} in a usual run. */
    private final RunProbe probe;
    /** Persons detained at time 0. */
    private int initialPopulation;
    private final PrisonSystem prisons;
    private final OutcomeCollector outcomes;
    private final AdmissionSampler admissions;
    private final AdmissionSampler initialAdmissions;
    private final RandomStream arrivalStream;
    private final RandomStream initialStream;
    private final double measurementStart;
    private final double measurementEnd;
    /** End of the run: the follow-up of the last measured release (days). */
    private final double runEnd;
    private final int replication;
    private final NeedSpec[] needSpecs;
    /** The calendar of the casemanagers' absences (one for every case). */
    private final CasemanagerAbsence casemanagerAbsence;
    private final PeriodSeries series;
    private java.util.function.Consumer<ReleaseRecord> releaseListener;
    /** Chooses the cases to observe; null when nothing is traced (the usual run). */
    private final CaseTracer tracer;
    /** Persons admitted after time 0 so far. */
    private int admittedSinceStart;
    private java.util.function.Consumer<FollowUp> followUpListener;

    ChainSimulation(Scenario scenario, Map<Source, MRG32k3aL> streams, int replication, double measuredYears) {
        this(scenario, streams, replication, measuredYears, null);
    }

    /**
     * @param tracer chooses the cases admitted after time 0 to observe; null to observe none
     */
    ChainSimulation(Scenario scenario, Map<Source, MRG32k3aL> streams, int replication, double measuredYears,
                    CaseTracer tracer) {
        this(scenario, streams, replication, measuredYears, tracer, EventListChoice.DEFAULT, RunProbe.NONE);
    }

    /**
     * @param tracer    chooses the cases admitted after time 0 to observe; null to observe none
     * @param eventList the event list to run on (the results are the same on every list)
     * @param probe     what a benchmark observes of the run
     */
    ChainSimulation(Scenario scenario, Map<Source, MRG32k3aL> streams, int replication, double measuredYears,
                    CaseTracer tracer, EventListChoice eventList, RunProbe probe) {
        this.sim = new CountingSimulator(eventList.create(), probe.countsByKind());
        this.probe = probe;
        this.scenario = scenario;
        this.tracer = tracer;
        this.replication = replication;
        this.prisons = new PrisonSystem(sim, scenario);
        this.outcomes = new OutcomeCollector(sim, scenario.process());
        this.admissions = new AdmissionSampler(scenario, prisons, streams.get(Source.STAY),
                streams.get(Source.ATTRIBUTES), streams.get(Source.NEEDS), streams.get(Source.HOURS));
        this.initialStream = streams.get(Source.INITIAL_POPULATION);
        this.initialAdmissions = new AdmissionSampler(scenario, prisons, initialStream, initialStream, initialStream,
                initialStream);
        this.arrivalStream = streams.get(Source.ARRIVALS);
        this.measurementStart = scenario.simulation().warmupDays();
        this.measurementEnd = measurementStart + measuredYears * DAYS_PER_YEAR;
        this.runEnd = measurementEnd + scenario.aftercare().followUpDays();
        this.series = new PeriodSeries(prisons, outcomes);
        this.casemanagerAbsence = new CasemanagerAbsence(scenario.staffing().casemanagerAbsence());
        this.needSpecs = new NeedSpec[Basisvoorwaarde.values().length];
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            needSpecs[b.ordinal()] = scenario.needs().of(b);
        }
    }

    /** Runs the replication and returns its metrics. */
    ReplicationResult run() {
        initialisePopulation();
        new Admission().schedule(interarrivalDays());
        new RunEvent("run: start of measurement", this::startMeasurement).schedule(measurementStart);
        new RunEvent("run: end of a four-week period", null) {
            @Override
            public void actions() {
                if (sim.time() + PeriodSeries.PERIOD_DAYS < measurementEnd) {
                    series.closePeriod(sim.time());
                    if (sim.time() > measurementStart) {
                        probe.measuring(sim.time(), false);
                    }
                    schedule(PeriodSeries.PERIOD_DAYS);
                }
            }
        }.schedule(PeriodSeries.PERIOD_DAYS);
        new RunEvent("run: end of measurement", () -> {
            series.closePeriod(sim.time());
            outcomes.endMeasurement(sim.time(), prisons);
            probe.measuring(sim.time(), true);
        }).schedule(measurementEnd);
        new RunEvent("run: end", sim::stop).schedule(runEnd);
        sim.start();
        probe.finished(new RunStatistics(sim.eventsExecuted(), admittedSinceStart, initialPopulation, measurementStart,
                measurementEnd - measurementStart, runEnd - measurementEnd, sim.eventsByKind()));
        return new ReplicationResult(replication, outcomes.metrics(), series.points(), sim.eventsExecuted());
    }

    /** Replays the past to admit the people detained at time 0 ({@link PastReplay}). */
    private void initialisePopulation() {
        double rate = scenario.population().inflowPerYear() / DAYS_PER_YEAR;
        new PastReplay(initialAdmissions, initialStream, prisons, rate).replayUntil(0, this::admitDetainedAtZero);
    }

    /** Takes on a person of the past detained at time 0, already placed, and replays their stay so far. */
    private void admitDetainedAtZero(Justitiabele person) {
        Case c = new Case(this, person, CaseObserver.NONE);
        initialPopulation++;
        register(c);
        c.admitInitial();
    }

    private double interarrivalDays() {
        return Variates.exponential(DAYS_PER_YEAR / scenario.population().inflowPerYear(), arrivalStream.nextDouble());
    }

    /** An event of the run itself (measurement, periods, end), named for the count by kind. */
    private class RunEvent extends Event implements CountingSimulator.Kind {
        private final String kind;
        private final Runnable action;

        RunEvent(String kind, Runnable action) {
            super(ChainSimulation.this.sim);
            this.kind = kind;
            this.action = action;
        }

        @Override
        public void actions() {
            action.run();
        }

        @Override
        public String eventKind() {
            return kind;
        }
    }

    /** Admission of the next justitiabele; reschedules itself. */
    private final class Admission extends Event implements CountingSimulator.Kind {
        Admission() {
            super(ChainSimulation.this.sim);
        }

        @Override
        public String eventKind() {
            return "admission";
        }

        @Override
        public void actions() {
            double now = sim.time();
            admit(admissions.admit(now, admissions.drawCourse()));
            schedule(interarrivalDays());
        }
    }

    /** Admits {@code person} now (their admission time must be now) and starts their trajectory. */
    Case admit(Justitiabele person) {
        admittedSinceStart++;
        CaseObserver observer = tracer == null ? CaseObserver.NONE : tracer.observe(profile(person));
        Case c = new Case(this, person, observer);
        register(c);
        c.admit();
        return c;
    }

    /** What a dossier shows of {@code p}, the latest person admitted after time 0. */
    private PersonProfile profile(Justitiabele p) {
        List<Basisvoorwaarde> needs = new ArrayList<>();
        List<Partner> leads = new ArrayList<>();
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            if (p.need(b).present()) {
                needs.add(b);
                leads.add(AdmissionSampler.leadOf(needSpecs[b.ordinal()], p.toezicht()));
            }
        }
        Prison prison = scenario.prisons().get(p.prison());
        return new PersonProfile(admittedSinceStart, p.admissionTime(), p.stayDays(), p.woman(),
                scenario.population().ageBands().get(p.ageBand()).label(), p.hvb(), p.suddenRelease(),
                scenario.regions().get(p.homeRegion()).name(), prison.name(), prison.region(), inHomeRegion(p),
                p.lvb(), p.toezicht(), p.coLocated(), p.gemeenteWilling(), needs, leads);
    }

    /** Admits a person built by hand (exact tests): takes their place, then as {@link #admit}. */
    Case admitPlaced(Justitiabele person) {
        prisons.takePlace(person.prison());
        return admit(person);
    }

    /**
     * Takes a person of the population at time 0 built by hand (exact tests): takes their place and
     * replays their past as {@link #initialisePopulation} does, observed by {@code observer}.
     */
    Case admitInitialPlaced(Justitiabele person, CaseObserver observer) {
        prisons.takePlace(person.prison());
        Case c = new Case(this, person, observer);
        register(c);
        c.admitInitial();
        return c;
    }

    /** Also hands every release record to {@code listener} (exact tests of single trajectories). */
    void listenToReleases(java.util.function.Consumer<ReleaseRecord> listener) {
        this.releaseListener = listener;
    }

    private void register(Case c) {
        Justitiabele p = c.person();
        outcomes.admitted(p.stayDays(), p.woman(), inHomeRegion(p), p.hvb(), p.transfer() != null,
                p.inRemandAt(sim.time()));
    }

    private void startMeasurement() {
        outcomes.startMeasurement(sim.time(), prisons);
        probe.measuring(sim.time(), false);
    }

    /** Called by a case at its release. */
    void released(Case c) {
        prisons.leave(c.prison());
        if (c.person().inRemandAt(sim.time())) {
            outcomes.remandEnded();
        }
        double now = sim.time();
        boolean measured = now >= measurementStart && now < measurementEnd;
        ReleaseRecord record = c.record();
        outcomes.released(record, measured);
        if (releaseListener != null) {
            releaseListener.accept(record);
        }
        c.nazorg(record, measured).start();
    }

    /**
     * Called by a case at its conviction and transfer to a gevangenis: the person leaves voorlopige
     * hechtenis and the place in PI {@code from} for a place chosen by the {@link PlacementRule}.
     *
     * @return index of the new PI
     */
    int transferred(Justitiabele p, int from) {
        outcomes.remandEnded();
        prisons.leave(from);
        Transfer t = p.transfer();
        return prisons.place(p.woman(), p.homeRegion(), t.regimeDraw(), t.choiceDraw());
    }

    /**
     * Called at the end of a release's follow-up: which needs were still open 4 and 13 weeks after
     * release ({@code openAt4w}, {@code openAt13w}: bits by basisvoorwaarde ordinal), the person's
     * source of income, and the indicative two-year recidive probability.
     */
    void followedUp(ReleaseRecord record, int openAt4w, int openAt13w, Income income, double recidive,
                    boolean measured) {
        outcomes.followedUp(record, openAt4w, openAt13w, income, recidive, measured);
        if (followUpListener != null) {
            followUpListener.accept(new FollowUp(record, flags(openAt4w), flags(openAt13w), income, recidive));
        }
    }

    /** The basisvoorwaarden set in {@code bits} (by ordinal) as flags by ordinal. */
    private static boolean[] flags(int bits) {
        boolean[] flags = new boolean[Basisvoorwaarde.values().length];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = OrdinalBits.contains(bits, i);
        }
        return flags;
    }

    /** A person's source of income just before detention and 4 weeks after release. */
    record Income(IncomeSource beforeDetention, IncomeSource after4w) { }

    /** The statuses of one release after its follow-up (exact tests). */
    record FollowUp(ReleaseRecord record, boolean[] openAt4w, boolean[] openAt13w, Income income, double recidive) { }

    /** Also hands every completed follow-up to {@code listener} (exact tests). */
    void listenToFollowUps(java.util.function.Consumer<FollowUp> listener) {
        this.followUpListener = listener;
    }

    CountingSimulator simulator() {
        return sim;
    }

    Scenario scenario() {
        return scenario;
    }

    double measurementStart() {
        return measurementStart;
    }

    /** Whether the person's PI of placement at admission lies in the home region (groups, profile). */
    boolean inHomeRegion(Justitiabele p) {
        return inHomeRegion(p.prison(), p);
    }

    /** Whether PI {@code prison} lies in the person's home region, for everything distance affects. */
    boolean inHomeRegion(int prison, Justitiabele p) {
        return !prisons.distant(prison, p.homeRegion());
    }

    /** The meeting agenda of PI {@code prison}. */
    MeetingAgenda meetings(int prison) {
        return prisons.meetings(prison);
    }

    /** The pool of {@code partner} for the person at their PI of placement at admission. */
    StaffPool pool(Partner partner, Justitiabele p) {
        return pool(partner, p.prison(), p);
    }

    /** The pool of {@code partner} for the person in PI {@code prison}. */
    StaffPool pool(Partner partner, int prison, Justitiabele p) {
        return prisons.pool(partner, prison, p.homeRegion());
    }

    /** The calendar of the casemanagers' absences. */
    CasemanagerAbsence casemanagerAbsence() {
        return casemanagerAbsence;
    }

    /** The specification of one basisvoorwaarde (cached: the scenario's map is slow on hot paths). */
    NeedSpec needSpec(Basisvoorwaarde b) {
        return needSpecs[b.ordinal()];
    }
}
