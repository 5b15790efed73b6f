package nl.ketensim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Language;
import nl.ketensim.domain.Partner;

/**
 * The single definition table of every scenario parameter: path, type, unit, allowed range or
 * words, and a one-line description. Validation and the parameter reference page both read it.
 * Every parameter is required in a scenario without {@code extends}; there are no defaults.
 */
public final class ParameterCatalog {

    /** The top-level key that names a parent scenario file; not a parameter. */
    public static final String EXTENDS = "extends";

    private static final String SHARE = "share";
    private static final String PROBABILITY = "probability";
    private static final String DAYS = "days";
    private static final String HOURS = "hours";
    private static final String FACTOR = "factor";
    private static final String CV = "coefficient of variation";

    /** Longest time (days) any delay, norm or window may take: ten years. */
    private static final double MAX_DAYS = 3650;
    private static final String MAX_DAYS_REASON = "Ten years: far beyond the mean stay of about 110 days, so a "
            + "longer time already means never within a stay; larger values are typing errors.";
    /** Most staff hours one activity or task may cost (hours). */
    private static final double MAX_HOURS = 500;
    private static final String MAX_HOURS_REASON = "500 hours is over three months of one full-time person on "
            + "one case; more is a typing error.";
    /** Longest stay (days): a hundred years. */
    public static final double MAX_STAY_DAYS = 36_500;
    private static final String MAX_STAY_REASON = "A hundred years, beyond any human stay; it bounds the "
            + "initial population, which is drawn over the longest stay before day 0.";
    private static final String MAX_CV_REASON = "A coefficient of variation above 3 makes a log-normal "
            + "dominated by rare extremes; public spreads are far below it.";
    private static final String SHARE_REASON = "A share is at most 1 (all).";
    private static final String PROBABILITY_REASON = "A probability is at most 1 (certain).";
    private static final String FACTOR_REASON = "A multiplier that can only reduce: 1 means no reduction.";

    /** Who a partner's staff are, in the glossary's terms. */
    private static final Map<Partner, String> STAFF = Map.of(
            Partner.CASEMANAGER, "DJI casemanagers",
            Partner.GEMEENTE, "gemeente re-integration staff",
            Partner.RECLASSERING, "reclassering advisers");

    private static final List<ParameterSpec> ALL = build();
    private static final Map<String, ParameterSpec> BY_PATH = index(ALL);

    private ParameterCatalog() { }

    /** Every parameter, in the order of {@code scenarios/basis.yaml}. */
    public static List<ParameterSpec> all() {
        return ALL;
    }

    /** The parameter at a catalog path ({@code regions[].name}) or a concrete one ({@code regions[2].name}). */
    public static Optional<ParameterSpec> find(String path) {
        return Optional.ofNullable(BY_PATH.get(FieldPaths.pattern(path)));
    }

    /** The three fields of a stay histogram {@code list}: a bin called {@code bin}, its share described by {@code share}. */
    private static void stayBins(List<ParameterSpec> specs, String list, String bin, String share) {
        specs.add(number(list + "[].from", DAYS, Range.atLeast(0).upTo(MAX_STAY_DAYS, MAX_STAY_REASON),
                "Lower end of a " + bin + "; the first bin starts at 0, each next one where the previous ends."));
        specs.add(number(list + "[].to", DAYS, Range.above(0).upTo(MAX_STAY_DAYS, MAX_STAY_REASON),
                "Upper end (exclusive) of a " + bin + "; greater than its lower end."));
        specs.add(share(list + "[].share", share + " (uniform within it); all bins sum to 1."));
    }

    private static List<ParameterSpec> build() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(text("name", "Short identifier of the scenario, used in output folder names."));
        specs.add(text("description", "The policy question the scenario answers."));

        specs.add(number("population.inflow_per_year", "persons/year", Range.atLeast(1).upTo(100_000,
                        "More than three times the Dutch inflow of 30,000: room for any what-if, while a "
                                + "replication-year takes seconds and its detained population fits in memory."),
                "Admissions per year; in steady state equal to releases per year. At least 1, so that the next "
                        + "admission comes within a finite time."));
        stayBins(specs, "population.stay_days", "length-of-stay bin", "Share of sentences served (stay of those "
                + "sentenced at admission; remainder after conviction from HvB) in this bin");
        specs.add(share("population.women_share", "Share of admissions that are women."));
        specs.add(text("population.age_bands[].label", "Label of an age band, e.g. 23-45."));
        specs.add(share("population.age_bands[].share", "Share of admissions in this age band; all bands sum to 1."));
        specs.add(share("population.hvb_share",
                "Share of admissions entering in voorlopige hechtenis (huis van bewaring)."));
        stayBins(specs, "population.hvb_stay_days", "bin of days in voorlopige hechtenis", "Share of HvB entrants "
                + "whose voorlopige hechtenis (until schorsing, trial or conviction) falls in this bin");
        specs.add(probability("population.hvb_conviction_share",
                "Chance that an HvB entrant is convicted to a remaining sentence and transferred to a gevangenis."));
        specs.add(probability("population.hvb_schorsing_share",
                "Of HvB entrants not convicted to a remaining sentence, the chance of a schorsing before trial (else release at trial)."));
        specs.add(probability("population.sudden_release_share_schorsing",
                "Chance that a release by schorsing of voorlopige hechtenis comes without a known date."));
        specs.add(probability("population.sudden_release_share_trial",
                "Chance that a release at trial (from voorlopige hechtenis) comes without a known date."));
        specs.add(probability("population.sudden_release_share_sentenced",
                "Chance that a release at the end of a sentence comes without a known date."));
        specs.add(share("population.lvb_share",
                "Share of admissions with a licht verstandelijke beperking (LVB)."));
        specs.add(share("population.toezicht_share",
                "Share of admissions with reclassering supervision (toezicht) after release."));
        specs.add(probability("population.decline_probability",
                "Probability that the justitiabele declines help on a need."));

        specs.add(number("needs.correlation", "correlation", Range.between(0, 1, "A correlation is at most 1 (needs always together)."),
                "Correlation of the latent one-factor Gaussian copula that makes needs co-occur."));
        specs.add(number("needs.lvb_hours_factor", FACTOR, Range.atLeast(1).upTo(10,
                        "Ten times the hours; research on LVB suggests tasks take up to about twice as long."),
                "Multiplier on task hours for people with LVB."));
        specs.add(number("needs.report_days_mean", DAYS, Range.above(0).upTo(MAX_DAYS, MAX_DAYS_REASON),
                "Mean time (exponential) until a person reports a need that arose during detention, unless an MDO detects it first."));
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            specs.addAll(need(b));
        }

        specs.add(text("regions[].name", "Unique name of a region, referenced by prisons[].region."));
        specs.add(share("regions[].inflow_share",
                "Share of admissions whose home is in this region; all regions sum to 1."));
        specs.add(number("regions[].x_km", "km", Range.between(-100, 400,
                        "The Netherlands lies within x 0 to 300 km of the Rijksdriehoek grid; 100 km margin."),
                "East coordinate of the region's population centre (Rijksdriehoekscoordinaten); sets which"
                        + " region is nearest when the home region is full."));
        specs.add(number("regions[].y_km", "km", Range.between(200, 700,
                        "The Netherlands lies within y 300 to 625 km of the Rijksdriehoek grid; 75 km margin."),
                "North coordinate of the region's population centre (Rijksdriehoekscoordinaten)."));

        specs.add(text("prisons[].name", "Unique name of a PI or huis van bewaring."));
        specs.add(text("prisons[].region", "Region the PI lies in; one of regions[].name."));
        specs.add(new ParameterSpec("prisons[].places", ParameterType.INTEGER, "persons", Range.atLeast(1).upTo(100_000,
                        "Ten times all Dutch places (about 10,600) in one PI."),
                List.of(), "Number of places in the PI."));
        specs.add(bool("prisons[].women", "Whether the PI's places are for women (otherwise for men)."));

        specs.add(share("placement.national_regime_share",
                "Share of admissions placed by a national regime or specialised unit (EBI, PPC, forensic care):"
                        + " in any suitable PI with room in the country, whatever the home region."));
        specs.add(bool("placement.always_home_region",
                "Counterfactual switch: everyone counts as placed in the home region, so distance has no effect;"
                        + " who takes which place stays as the placement rule gives. false in real scenarios."));
        specs.add(number("placement.distance_delay_days_mean", DAYS, days(),
                "Mean extra delay (exponential) of in-person gemeente tasks when placed outside the home region."));

        specs.add(choice("staffing.queue_discipline", lowerCaseNames(Staffing.QueueDiscipline.values()),
                "Order in which waiting work is taken up: first in first out, or earliest deadline first."));
        specs.add(bool("staffing.time_pressure.enabled",
                "Whether the time staff give each item falls with their backlog (time per person falls with caseload)."));
        specs.add(number("staffing.time_pressure.half_backlog_days", DAYS, Range.above(0).upTo(MAX_DAYS, MAX_DAYS_REASON),
                "Backlog (days of work waiting per server) at which an item gets half its nominal hours."));
        specs.add(share("staffing.time_pressure.min_share",
                "Least share of its nominal hours an item gets however large the backlog."));
        for (Partner p : Partner.values()) {
            String staff = STAFF.get(p);
            specs.add(number("staffing." + p.key() + ".fte", "FTE", Range.atLeast(0.01).upTo(20_000,
                            "More than DJI's whole staff (about 17,000 FTE); for unlimited staff in a "
                                    + "what-if use staffing." + p.key() + ".unlimited."),
                    "National full-time equivalents of " + staff + " on this work; at least 0.01, so that "
                            + "work ends within a finite time."));
            specs.add(number("staffing." + p.key() + ".productive_hours_per_week", "hours/week",
                    Range.atLeast(0.5).upTo(168, "A week has 168 hours."),
                    "Hours per FTE per week that " + staff + " have for case work; at least half an hour, so "
                            + "that work ends within a finite time."));
            specs.add(bool("staffing." + p.key() + ".unlimited", "Counterfactual switch, false in practice: "
                    + "when true, " + staff + " take up every item at once (no queue, no wait, no backlog, no "
                    + "time pressure), each at the pace of one of their staff."));
        }

        specs.add(number("staffing.casemanager_absence.share", SHARE, Range.between(0, 0.9,
                        "A casemanager away more than 90% of the time is no casemanager."),
                "Share of the time a person's own casemanager is away (leave or sick leave); meanwhile the intake "
                        + "and the person's meetings wait."));
        specs.add(number("staffing.casemanager_absence.episode_days", DAYS, days(),
                "Length of one absence of a casemanager (0 = never away)."));

        Map<String, String> activities = new LinkedHashMap<>();
        activities.put("intake", "the screening and integrale intake");
        activities.put("plan", "drawing up the D&R-plan");
        activities.put("mdo", "one MDO review");
        activities.put("alignment", "the pre-release alignment (warme overdracht)");
        activities.put("information", "registering and sending the screening (casemanager) or taking it in (receivers)");
        activities.forEach((activity, what) -> {
            for (Partner p : Partner.values()) {
                specs.add(number("activities." + activity + "." + p.key(), HOURS, hours(),
                        "Hours " + what + " costs the " + STAFF.get(p)
                                + " per case; 0 = they do not take part."));
            }
        });
        specs.add(number("activities.hours_cv", CV, Range.between(0, 3, MAX_CV_REASON),
                "Coefficient of variation of the hours of any activity or task (log-normal; 0 = fixed)."));

        specs.add(number("process.intake_norm_days", DAYS, days(),
                "Norm: intake within this many days of admission."));
        specs.add(number("process.plan_norm_days", DAYS, days(),
                "Norm: D&R-plan within this many days of admission."));
        specs.add(number("process.mdo_interval_days", DAYS, Range.above(0).upTo(MAX_DAYS, MAX_DAYS_REASON),
                "An MDO is due every this many days after the plan norm."));
        specs.add(number("process.mdo_tolerance_days", DAYS, days(),
                "An MDO counts as on schedule when held within this many days of its due date."));
        specs.add(number("process.alignment_days_before_release", DAYS, days(),
                "Pre-release alignment is due this many days before a known release date."));
        specs.add(number("process.meeting_every_days", DAYS, Range.atLeast(0).upTo(365,
                "A PI whose MDO meets less than once a year has no MDO to speak of."),
                "Each PI meets every this many days; an MDO or alignment is held at the first meeting on or "
                        + "after its due time (0 = each at its own due time)."));
        specs.add(number("process.meeting_notice_days", DAYS, Range.atLeast(0).upTo(365,
                        "Invitations more than a year ahead are no notice to speak of."),
                "A plan meeting, MDO or alignment is booked at least this many days ahead; the partners are invited then."));
        specs.add(bool("process.intake_waits_for_partners",
                "Whether the intake is complete only when gemeente and reclassering have answered the requests for information."));
        specs.add(bool("process.plan_when_partners_informed",
                "Whether the plan meeting is booked only once the screening is registered and the partners it was sent "
                        + "to have taken it in (otherwise as soon as the intake is complete)."));
        specs.add(bool("process.casemanager_keeps_meetings",
                "Whether the casemanager keeps the person's meetings (plan, MDO, alignment) in the agenda: the attendance "
                        + "is reserved time, taken up at the meeting by the next casemanager to come free, ahead of the "
                        + "queue, so only the casemanager's absence moves a meeting (otherwise the attendance waits in "
                        + "the queue and the meeting does not take place when it was not taken up by then)."));
        specs.add(choice("process.mdo_partners", lowerCaseNames(ProcessNorms.MdoPartners.values()),
                "Who besides the casemanager is invited to an MDO: every partner taking part (all), a partner while "
                        + "it leads a detected need not yet arranged (open_needs), or while it leads a need on which it "
                        + "has work left: information to take in, regie to take up, staff work to do (work_left)."));

        specs.add(probability("cooperation.detection_probability",
                "Probability that an intake given its full hours detects an existing need."));
        specs.add(probability("cooperation.detection_probability_lvb",
                "The same for a person with LVB who gets no SCIL screening."));
        specs.add(number("cooperation.detection_time_elasticity", "elasticity", Range.atLeast(0).upTo(10,
                        "With an elasticity of 10, 90% of the time already leaves a third of the detection."),
                "Detection falls with the casemanager's time: p = p_full x time share ^ elasticity (0 = no effect)."));
        specs.add(share("cooperation.scil_share", "Share of persons with LVB who get the SCIL screening."));
        specs.add(probability("cooperation.information_loss_probability",
                "Probability that the registered information on a need is lost on its way (system or process failure)."));
        specs.add(probability("cooperation.gemeente_willingness",
                "Probability that the gemeente is willing to take part in a person's plan, MDO's and alignment at all."));
        specs.add(probability("cooperation.regie_clarity",
                "Probability that a plan made with the casemanager's full time names a clear owner for each task."));
        specs.add(number("cooperation.regie_time_elasticity", "elasticity", Range.atLeast(0).upTo(10,
                        "With an elasticity of 10, 90% of the time already leaves a third of the clarity."),
                "Plan quality falls with the casemanager's time: clarity = regie_clarity x time share ^ elasticity (0 = no effect)."));
        specs.add(number("cooperation.regie_stall_days_mean", DAYS, days(),
                "Mean stall of a task when the plan leaves regie unclear."));
        specs.add(bool("cooperation.absent_lead_loses_regie",
                "Whether a lead partner absent from the plan meeting owns none of its tasks until a later meeting it attends (MDO or alignment)."));
        specs.add(number("cooperation.distant_travel_hours", HOURS, hours(),
                "Extra gemeente hours to attend a meeting in a PI outside the home region."));
        specs.add(share("cooperation.video_share",
                "Share of persons placed far from home whose meetings the gemeente joins by video (no travel)."));
        specs.add(probability("cooperation.sudden_release_filing_probability",
                "Probability that a need with a release window is filed although the release comes without a known date."));
        specs.add(share("cooperation.co_location",
                "Share of cases in PI's where gemeente and reclassering work on site."));
        specs.add(number("cooperation.co_location_delay_factor", FACTOR, Range.between(0, 1, FACTOR_REASON),
                "Multiplier on distance delays under co-location."));
        specs.add(probability("cooperation.co_location_participation",
                "Gemeente willingness to take part under co-location."));
        specs.add(number("cooperation.work_process_variation_cv", CV, Range.atLeast(0).upTo(3, MAX_CV_REASON),
                "Variation of gemeente practice (log-normal multiplier on gemeente lead times); lower with a uniform work process."));
        specs.add(number("cooperation.transfer_plan_delay_days_mean", DAYS, days(),
                "Mean delay (exponential) with which the D&R-plan and the information reach the new casemanager after a transfer."));
        specs.add(probability("cooperation.transfer_plan_loss_probability",
                "Chance that the D&R-plan and the information do not reach the new casemanager: the plan is made again."));

        specs.add(number("external.housing_wait_days_mean", DAYS, days(),
                "Mean wait for a housing or shelter place (exponential)."));
        specs.add(number("external.care_wait_days_mean", DAYS, days(),
                "Mean wait for a care place (exponential)."));

        specs.add(number("aftercare.follow_up_days", DAYS, Range.atLeast(28).upTo(MAX_DAYS, MAX_DAYS_REASON),
                "Nazorg on needs open at release lasts this many days; the last status is measured then (at least 28)."));
        specs.add(probability("aftercare.self_report_probability",
                "Without a warme overdracht, chance that the person asks the gemeente for help on a need still open at "
                        + "release (a choice, per need); the gemeente then takes the person on as staff work."));
        specs.add(number("aftercare.self_report_days_mean", DAYS, days(),
                "Mean days (exponential) after release until a person who asks the gemeente for help does so."));
        specs.add(probability("aftercare.toezicht_signal_probability",
                "Without a warme overdracht, chance that the reclassering, supervising the person, passes the case on "
                        + "to the gemeente (reclassering staff work at release, then the gemeente takes the person on)."));
        specs.add(probability("aftercare.recidive.baseline_2y",
                "Indicative two-year recidive of a person missing no basisvoorwaarde 4 weeks after release (calibrated)."));
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            specs.add(number("aftercare.recidive.hazard_ratio." + b.key(), "ratio", Range.above(0).upTo(100, "A ratio of 100 would make any missing basisvoorwaarde decide recidive alone."),
                    "Hazard ratio of two-year recidive when " + b.label(Language.EN)
                            + " is still missing 4 weeks after release (1 = no effect)."));
        }

        specs.add(bool("detentiefasering.wet_straffen_en_beschermen",
                "Regime switch: with the Wet straffen en beschermen (since 1 July 2021) verlof only once a D&R-plan "
                        + "is made and VI after a decision with a reclassering advice; without it verlof and VI by time served."));
        specs.add(number("detentiefasering.verlof.min_stay_days", DAYS, days(),
                "Shortest stay (with a known release date) in which re-integratieverlof is possible."));
        specs.add(share("detentiefasering.verlof.served_share",
                "Share of the stay served before the first verlof."));
        specs.add(number("detentiefasering.verlof.last_phase_days", DAYS, days(),
                "Verlof only in this last part of the stay before release."));
        specs.add(number("detentiefasering.verlof.interval_days", DAYS, Range.above(0).upTo(MAX_DAYS, MAX_DAYS_REASON),
                "Days between two verloven (above 0)."));
        specs.add(probability("detentiefasering.verlof.untargeted_use_probability",
                "Without the Wet straffen en beschermen: probability that verlof, not tied to a plan, is used for an in-person task."));
        specs.add(number("detentiefasering.vi.min_stay_days", DAYS, days(),
                "Shortest stay (with a known release date) that ends in voorwaardelijke invrijheidstelling."));
        specs.add(number("detentiefasering.vi.advice_hours", HOURS, hours(),
                "Reclassering hours of one VI advice."));
        specs.add(number("detentiefasering.vi.request_days_before_release", DAYS, days(),
                "The VI advice is requested this many days before release."));
        specs.add(number("detentiefasering.vi.decision_days_before_release", DAYS, days(),
                "The VI decision, the advice's deadline, this many days before release."));

        specs.add(number("simulation.warmup_days", DAYS, days(),
                "Days simulated after initialisation before measurement starts."));
        return Collections.unmodifiableList(specs);
    }

    private static List<ParameterSpec> need(Basisvoorwaarde b) {
        String at = "needs." + b.key() + ".";
        String what = b.label(Language.EN);
        List<String> partners = Arrays.stream(Partner.values()).map(Partner::key).toList();
        return List.of(
                share(at + "prevalence", "Share of admissions with a need on " + what
                        + " just before detention (outside; detention can create it later, see arising)."),
                choice(at + "lead", partners, "Partner whose staff arrange " + what
                        + "; reclassering falls back to the casemanager when no toezicht follows."),
                number(at + "hours", HOURS, hours(),
                        "Staff hours arranging " + what + " costs the lead partner."),
                number(at + "lead_time_days", DAYS, days(),
                        "Mean processing time by agencies after the staff work on " + what + "."),
                bool(at + "in_person", "Whether arranging " + what
                        + " needs the person at the gemeente in person (slowed by distant placement; done on verlof)."),
                choice(at + "external", lowerCaseNames(NeedSpec.ExternalKind.values()),
                        "External supply arranging " + what + " waits for after processing, if any."),
                number(at + "release_window_days", DAYS, days(),
                        "Arranging " + what + " can only be filed this many days before a known release; 0 = any time."),
                probability(at + "arising.at_admission", "Probability that detention creates a need on " + what
                        + " on admission in a person who had none (a benefit stops, an ID is lost at arrest)."),
                number(at + "arising.after_days", DAYS, days(),
                        "Stay after which the delayed route creates a need on " + what + " (a job or a rented home is lost)."),
                probability(at + "arising.after_probability",
                        "Probability of the delayed route for a person without a need on " + what + " before detention."),
                number(at + "arising.per_year", "1/year", Range.atLeast(0).upTo(365,
                        "A hazard of 365 per year is once a day: every stay would create the need at once."),
                        "Constant hazard with which a need on " + what + " arises during the stay (an ID expires, debts grow)."),
                bool(at + "requires_address", "Whether arranging " + what
                        + " needs a registered address, so waits while the person's own onderdak need is open."));
    }

    /** 0 to {@link #MAX_DAYS} days. */
    private static Range days() {
        return Range.atLeast(0).upTo(MAX_DAYS, MAX_DAYS_REASON);
    }

    /** 0 to {@link #MAX_HOURS} hours. */
    private static Range hours() {
        return Range.atLeast(0).upTo(MAX_HOURS, MAX_HOURS_REASON);
    }

    private static ParameterSpec number(String path, String unit, Range range, String description) {
        return new ParameterSpec(path, ParameterType.NUMBER, unit, range, List.of(), description);
    }

    private static ParameterSpec share(String path, String description) {
        return number(path, SHARE, Range.between(0, 1, SHARE_REASON), description);
    }

    private static ParameterSpec probability(String path, String description) {
        return number(path, PROBABILITY, Range.between(0, 1, PROBABILITY_REASON), description);
    }

    private static ParameterSpec text(String path, String description) {
        return new ParameterSpec(path, ParameterType.TEXT, "", Range.ANY, List.of(), description);
    }

    private static ParameterSpec bool(String path, String description) {
        return new ParameterSpec(path, ParameterType.BOOLEAN, "", Range.ANY, List.of(), description);
    }

    private static ParameterSpec choice(String path, List<String> allowed, String description) {
        return new ParameterSpec(path, ParameterType.CHOICE, "", Range.ANY, allowed, description);
    }

    private static List<String> lowerCaseNames(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static Map<String, ParameterSpec> index(List<ParameterSpec> specs) {
        Map<String, ParameterSpec> byPath = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            if (byPath.put(spec.path(), spec) != null) {
                throw new IllegalStateException("parameter defined twice: " + spec.path());
            }
        }
        return Collections.unmodifiableMap(byPath);
    }
}
