package nl.ketensim.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioException;
import nl.ketensim.scenario.ScenarioLoader;
import umontreal.ssj.simevents.Event;

/**
 * Test harness for exact tests of single trajectories: the deterministic world of
 * {@code src/test/resources/one-person/one-person.yaml} (one server per pool working 1 hour per
 * day, fixed hours, no time pressure, chances 0 or 1), a hand-built person, optional competing work
 * that occupies a pool from a given day, and the person's {@link ReleaseRecord}.
 *
 * <pre>
 * OnePersonRun run = OnePersonRun.of("activities.intake.gemeente=0");
 * run.occupy(Partner.GEMEENTE, 0, 10);                 // gemeente busy on other work, days 0..10
 * ReleaseRecord r = run.release(run.person().stay(60).need(Basisvoorwaarde.ONDERDAK));
 * </pre>
 *
 * PI 0 ("PI Thuis") lies in the home region 0 and meets on days 0, 7, 14, ...; PI 1 ("PI Ver")
 * lies in region 1 and meets on days 1, 8, 15, ... The person is admitted on day {@link #ADMISSION}.
 */
final class OnePersonRun {

    static final Path SCENARIO = Path.of("src/test/resources/one-person/one-person.yaml");
    /** Day of admission: after any competing work booked for day 0. */
    static final double ADMISSION = 0.0;

    private final Scenario scenario;
    private final ChainSimulation chain;
    private final List<ReleaseRecord> records = new ArrayList<>();
    private Case admitted;
    /** The steps of the person's case when {@link #traced()}, else null (the untraced path of the model). */
    private List<Step> steps;

    /**
     * One step the model reported of the person's case: partner, need and knelpunt for events;
     * activity and the partners present (null when failed or booked) for meetings; NaN for no value.
     */
    record Step(double day, CaseEvent event, Partner partner, Basisvoorwaarde need, Knelpunt knelpunt,
                Activity activity, boolean[] present, double value) { }

    private OnePersonRun(Scenario scenario) {
        this.scenario = scenario;
        this.chain = new ChainSimulation(scenario, new RandomStreams(1).forReplication(0), 0, 1.0,
                profile -> steps == null ? CaseObserver.NONE : new Recorder(steps));
        chain.listenToReleases(records::add);
    }

    /** The deterministic world with {@code --set} style overrides. */
    static OnePersonRun of(String... overrides) {
        try {
            return new OnePersonRun(ScenarioLoader.load(SCENARIO, List.of(overrides)));
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    Scenario scenario() {
        return scenario;
    }

    /** Records the steps of the person's case (see {@link #steps()}); call before the run. */
    OnePersonRun traced() {
        steps = new ArrayList<>();
        return this;
    }

    /** The steps of the traced case in the order the model took them. */
    List<Step> steps() {
        if (steps == null) {
            throw new AssertionError("call traced() before the run");
        }
        return steps;
    }

    /** The days of the traced steps of {@code event} (and {@code activity}, for meetings; null for any). */
    List<Double> days(CaseEvent event, Activity activity) {
        return steps().stream().filter(s -> s.event() == event && (activity == null || s.activity() == activity))
                .map(Step::day).toList();
    }

    /**
     * The steps of the traced case in the order the model took them, one line each:
     * {@code "day EVENT partner need knelpunt value"}, with {@code -} for what is absent and
     * numbers without a trailing {@code .0}; meetings as {@code "day MEETING_HELD PLAN CGR"}, the
     * letters naming the partners present (casemanager, gemeente, reclassering; {@code -} when failed
     * or booked), then the meeting's day for a booking.
     */
    List<String> trace() {
        return steps().stream().map(OnePersonRun::line).toList();
    }

    /** The lines of {@link #trace()} of the steps of one of {@code events}. */
    List<String> trace(CaseEvent... events) {
        List<CaseEvent> wanted = List.of(events);
        return steps().stream().filter(s -> wanted.contains(s.event())).map(OnePersonRun::line).toList();
    }

    private static String line(Step step) {
        if (step.activity() == null) {
            return String.join(" ", number(step.day()), step.event().name(), text(step.partner()),
                    text(step.need()), text(step.knelpunt()), number(step.value()));
        }
        String who = "-";
        if (step.present() != null) {
            StringBuilder letters = new StringBuilder();
            for (Partner p : Partner.values()) {
                if (step.present()[p.ordinal()]) {
                    letters.append(Character.toUpperCase(p.name().charAt(0)));
                }
            }
            who = letters.toString();
        }
        String line = String.join(" ", number(step.day()), step.event().name(), step.activity().name(), who);
        return Double.isNaN(step.value()) ? line : line + " " + number(step.value());
    }

    private static String text(Enum<?> value) {
        return value == null ? "-" : value.name();
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double rounded = Math.rint(value * 1e6) / 1e6;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    /** A person of this world, to adjust and pass to {@link #release}. */
    PersonBuilder person() {
        return new PersonBuilder();
    }

    /** The pool serving {@code partner} for a person in PI {@code prison} from home region {@code region}. */
    StaffPool pool(Partner partner, int prison, int region) {
        return chain.pool(partner, new PersonBuilder().prison(prison).home(region).build());
    }

    /**
     * Competing work of {@code hours} submitted on day {@code day} to the pool of {@code partner} for
     * PI 0 and region 0 (a server of 1 hour per day is busy for {@code hours} days once it starts).
     */
    OnePersonRun occupy(Partner partner, double day, double hours) {
        return occupy(partner, 0, 0, day, hours);
    }

    /** As {@link #occupy(Partner, double, double)} for the pool of PI {@code prison} / region {@code region}. */
    OnePersonRun occupy(Partner partner, int prison, int region, double day, double hours) {
        competing(partner, prison, region, day, hours);
        return this;
    }

    /** As {@link #occupy(Partner, int, int, double, double)}, returning the competing item (to read its times). */
    WorkItem competing(Partner partner, int prison, int region, double day, double hours) {
        StaffPool pool = pool(partner, prison, region);
        WorkItem item = new WorkItem(chain.simulator(), hours, Double.POSITIVE_INFINITY, false) {
            @Override
            protected boolean obsolete() {
                return false;
            }

            @Override
            protected void completed() {
            }
        };
        new Event(chain.simulator()) {
            @Override
            public void actions() {
                pool.submit(item);
            }
        }.schedule(day);
        return item;
    }

    /** Admits the person on their admission day, runs until just after release and returns their record. */
    ReleaseRecord release(PersonBuilder builder) {
        return only(run(builder, 0.0, records), "release");
    }

    /**
     * Takes the person as one of the population detained at time 0, admitted on the (negative) day
     * set with {@link PersonBuilder#admitted}: their past is replayed as the model does for the initial
     * population ({@link Case#admitInitial}); runs until just after release and returns their record.
     */
    ReleaseRecord releaseInitial(PersonBuilder builder) {
        Justitiabele person = builder.build();
        new Event(chain.simulator()) {
            @Override
            public void actions() {
                admitted = chain.admitInitialPlaced(person, steps == null ? CaseObserver.NONE : new Recorder(steps));
            }
        }.schedule(0);
        return only(runUntil(person.releaseTime() + 1e-6, records), "release");
    }

    /**
     * Admits the person, runs until just after the end of their follow-up after release and returns
     * the statuses after release.
     */
    ChainSimulation.FollowUp followUp(PersonBuilder builder) {
        List<ChainSimulation.FollowUp> followUps = new ArrayList<>();
        chain.listenToFollowUps(followUps::add);
        return only(run(builder, scenario.aftercare().followUpDays(), followUps), "follow-up");
    }

    /** Admits the person on their admission day and runs until just after release plus {@code afterDays}. */
    private <T> List<T> run(PersonBuilder builder, double afterDays, List<T> collected) {
        Justitiabele person = builder.build();
        new Event(chain.simulator()) {
            @Override
            public void actions() {
                admitted = chain.admitPlaced(person);
            }
        }.schedule(person.admissionTime());
        return runUntil(person.releaseTime() + afterDays + 1e-6, collected);
    }

    private <T> List<T> runUntil(double end, List<T> collected) {
        new Event(chain.simulator()) {
            @Override
            public void actions() {
                chain.simulator().stop();
            }
        }.schedule(end);
        chain.simulator().start();
        return collected;
    }

    private static <T> T only(List<T> items, String what) {
        if (items.size() != 1) {
            throw new AssertionError("expected one " + what + ", got " + items.size());
        }
        return items.get(0);
    }

    /** The case of the admitted person (after {@link #release}). */
    Case admitted() {
        return admitted;
    }

    /** Keeps each step of a case (a copy of the partners present, which the model may reuse). */
    private record Recorder(List<Step> steps) implements CaseObserver {
        @Override
        public void event(double day, CaseEvent event, Partner partner, Basisvoorwaarde need, Knelpunt knelpunt,
                          double value) {
            steps.add(new Step(day, event, partner, need, knelpunt, null, null, value));
        }

        @Override
        public void meeting(double day, CaseEvent event, Activity activity, boolean[] present, double value) {
            steps.add(new Step(day, event, null, null, null, activity,
                    present == null ? null : present.clone(), value));
        }
    }

    /** A justitiabele with every attribute explicit; defaults are a man without needs, detained 100 days. */
    final class PersonBuilder {
        private double admission = ADMISSION;
        private double stay = 100;
        private boolean sudden;
        private int home;
        private int prison;
        private boolean toezicht;
        private boolean coLocated;
        private boolean willing = true;
        private boolean video;
        private double regieDraw;
        private double detection = 1.0;
        private boolean hvb;
        private Transfer transfer;
        private double selfReport = Double.POSITIVE_INFINITY;
        private boolean toezichtSignal;
        private double absenceDraw;
        private final Map<Basisvoorwaarde, NeedDraws> needs = new EnumMap<>(Basisvoorwaarde.class);

        PersonBuilder stay(double days) {
            this.stay = days;
            return this;
        }

        /** Admitted on {@code day} (negative: one of the population at time 0, see {@link #releaseInitial}). */
        PersonBuilder admitted(double day) {
            this.admission = day;
            return this;
        }

        PersonBuilder sudden() {
            this.sudden = true;
            return this;
        }

        /**
         * In voorlopige hechtenis, convicted and transferred {@code afterDays} after admission; the
         * D&amp;R-plan reaches the new casemanager {@code planDelayDays} later (never when NaN); the new
         * PI is chosen by the placement rule with the two uniforms.
         */
        PersonBuilder transfer(double afterDays, double planDelayDays, double regimeDraw, double choiceDraw) {
            this.hvb = true;
            this.transfer = new Transfer(afterDays, Double.isNaN(planDelayDays) ? 0 : planDelayDays,
                    Double.isNaN(planDelayDays), regimeDraw, choiceDraw);
            return this;
        }

        PersonBuilder home(int region) {
            this.home = region;
            return this;
        }

        PersonBuilder prison(int index) {
            this.prison = index;
            return this;
        }

        PersonBuilder toezicht() {
            this.toezicht = true;
            return this;
        }

        PersonBuilder coLocated() {
            this.coLocated = true;
            return this;
        }

        PersonBuilder unwilling() {
            this.willing = false;
            return this;
        }

        PersonBuilder video() {
            this.video = true;
            return this;
        }

        PersonBuilder regieUnclear() {
            return regieDraw(1.0);
        }

        /** The plan leaves regie unclear when this draw is at or above the regie clarity (then). */
        PersonBuilder regieDraw(double draw) {
            this.regieDraw = draw;
            return this;
        }

        /**
         * After a cold release the person asks the gemeente for help {@code days} after release, if the
         * person chose to for an open need ({@link DrawsBuilder#asksForHelp()}; default: never).
         */
        PersonBuilder selfReport(double days) {
            this.selfReport = days;
            return this;
        }

        /** After a cold release the reclassering passes the case on to the gemeente (with toezicht). */
        PersonBuilder toezichtSignal() {
            this.toezichtSignal = true;
            return this;
        }

        /**
         * Where the person's casemanager is in the cycle of absences at admission (0..1; with the
         * scenario's share s and episode L the casemanager is away at admission for L - draw × L/s
         * days when that is positive).
         */
        PersonBuilder absenceDraw(double draw) {
            this.absenceDraw = draw;
            return this;
        }

        PersonBuilder detection(double probability) {
            this.detection = probability;
            return this;
        }

        /** A need with the scenario's hours, detected at any time share, and nothing after the staff work. */
        PersonBuilder need(Basisvoorwaarde b) {
            return need(b, draws(b).build());
        }

        PersonBuilder need(Basisvoorwaarde b, NeedDraws draws) {
            needs.put(b, draws);
            return this;
        }

        /** Draws of a need to adjust: by default declined never, detected, not lost, no delays. */
        DrawsBuilder draws(Basisvoorwaarde b) {
            return new DrawsBuilder(scenario.needs().of(b).hours());
        }

        Justitiabele build() {
            NeedDraws[] draws = new NeedDraws[Basisvoorwaarde.values().length];
            for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
                draws[b.ordinal()] = needs.getOrDefault(b, NeedDraws.ABSENT);
            }
            Partner[] partners = Partner.values();
            double[] hours = new double[Activity.values().length * partners.length];
            for (Activity activity : Activity.values()) {
                var mean = activity.meanHours(scenario.activities());
                for (Partner partner : partners) {
                    hours[activity.ordinal() * partners.length + partner.ordinal()] = mean.of(partner);
                }
            }
            return new Justitiabele(admission, stay, false, 0, hvb, sudden, home, prison, false, toezicht,
                    coLocated, willing, video, regieDraw, detection, absenceDraw, selfReport, toezichtSignal,
                    draws, hours, transfer);
        }
    }

    /** The draws of one need, adjustable. */
    static final class DrawsBuilder {
        private boolean declined;
        private double detectionDraw;
        private boolean lost;
        private boolean filed;
        private double stall;
        private double hours;
        private double distance;
        private double leadTime;
        private double external;
        private double meetingDetectionDraw = 0.5;
        private double aftercareDraw = 1.0;
        private double verlofUseDraw = 0.5;
        private double onset = -1;
        private double report;

        DrawsBuilder(double hours) {
            this.hours = hours;
        }

        DrawsBuilder declined() {
            this.declined = true;
            return this;
        }

        /** Detected at intake when the detection probability then is above {@code draw}. */
        DrawsBuilder detectionDraw(double draw) {
            this.detectionDraw = draw;
            return this;
        }

        DrawsBuilder lost() {
            this.lost = true;
            return this;
        }

        DrawsBuilder filedDespiteSuddenRelease() {
            this.filed = true;
            return this;
        }

        DrawsBuilder stall(double days) {
            this.stall = days;
            return this;
        }

        DrawsBuilder hours(double h) {
            this.hours = h;
            return this;
        }

        DrawsBuilder distance(double days) {
            this.distance = days;
            return this;
        }

        DrawsBuilder leadTime(double days) {
            this.leadTime = days;
            return this;
        }

        DrawsBuilder external(double days) {
            this.external = days;
            return this;
        }

        /** Detention creates the need {@code days} after admission; the person reports it {@code reportDays} later. */
        DrawsBuilder arises(double days, double reportDays) {
            this.onset = days;
            this.report = reportDays;
            return this;
        }

        /** After a cold release the person asks the gemeente for help on this need if it is still open. */
        DrawsBuilder asksForHelp() {
            this.aftercareDraw = 0.0;
            return this;
        }

        /** Without the Wet straffen en beschermen, verlof serves the in-person step when below the use probability. */
        DrawsBuilder verlofUseDraw(double draw) {
            this.verlofUseDraw = draw;
            return this;
        }

        DrawsBuilder meetingDetectionDraw(double draw) {
            this.meetingDetectionDraw = draw;
            return this;
        }

        NeedDraws build() {
            return new NeedDraws(true, declined, detectionDraw, lost, filed, stall, hours, distance, leadTime,
                    external, aftercareDraw, meetingDetectionDraw, onset >= 0, Math.max(onset, 0), report, verlofUseDraw);
        }
    }
}
