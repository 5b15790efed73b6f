package nl.ketensim.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ketensim.domain.Language;
import nl.ketensim.domain.Term;

/**
 * A family of metrics: one name, unit and label for a metric and all its parts, e.g.
 * {@code without_at_release.<basisvoorwaarde>} or {@code missed_per_year.<basisvoorwaarde>.<knelpunt>}.
 * The single definition of every metric name the model writes and the other layers read.
 *
 * <p>A label is a template per language: {@code {0}}, {@code {1}}... stand for the labels of the
 * name's parts, and {@code {path}} for the scenario value at that parameter path (e.g. a norm in
 * days), from the {@link ScenarioValues} given.
 */
public final class MetricFamily {

    public static final MetricFamily RELEASES_PER_YEAR = plain("releases_per_year", Unit.PERSONS_PER_YEAR,
            "ontslagen per jaar", "releases per year");
    public static final MetricFamily MEAN_POPULATION = plain("mean_population", Unit.PERSONS,
            "gemiddelde populatie", "mean population");
    public static final MetricFamily STAY_DAYS_MEAN = plain("stay_days_mean", Unit.DAYS,
            "gemiddelde verblijfsduur", "mean length of stay");
    public static final MetricFamily INTAKE_DAYS_MEAN = plain("intake_days_mean", Unit.DAYS,
            "gemiddelde tijd tot intake", "mean time to intake");
    public static final MetricFamily INTAKE_WITHIN_NORM_SHARE = plain("intake_within_norm_share", Unit.SHARE,
            "intake ≤ {process.intake_norm_days} dagen", "intake ≤ {process.intake_norm_days} days");
    public static final MetricFamily PLAN_WITHIN_NORM_SHARE = plain("plan_within_norm_share", Unit.SHARE,
            "D&R-plan ≤ {process.plan_norm_days} dagen", "D&R plan ≤ {process.plan_norm_days} days");
    /** Of the plan meetings held, the share the gemeente attended. */
    public static final MetricFamily GEMEENTE_PRESENT_AT_PLAN_SHARE = plain("gemeente_present_at_plan_share",
            Unit.SHARE, "gemeente bij planbespreking", "gemeente at the plan meeting");
    /** Of the needs present at intake, the share the intake detected. */
    public static final MetricFamily DETECTION_AT_INTAKE_SHARE = plain("detection_at_intake_share", Unit.SHARE,
            "hulpvraag herkend bij intake", "need detected at intake");
    /** Of the needs detected at intake with gemeente or reclassering as lead, information there by the plan norm. */
    public static final MetricFamily INFORMATION_SHARED_ON_TIME_SHARE = plain("information_shared_on_time_share",
            Unit.SHARE, "informatie ≤ {process.plan_norm_days} dagen bij de partner",
            "information with the partner ≤ {process.plan_norm_days} days");
    public static final MetricFamily MDO_ON_SCHEDULE_SHARE = plain("mdo_on_schedule_share", Unit.SHARE,
            "MDO op schema", "MDO on schedule");
    public static final MetricFamily WARME_OVERDRACHT_SHARE = plain("warme_overdracht_share", Unit.SHARE,
            "warme overdracht", "warm handover (warme overdracht)");
    /** Share of releases who had re-integratieverlof at least once before release. */
    public static final MetricFamily VERLOF_SHARE = plain("verlof_share", Unit.SHARE,
            "re-integratieverlof gehad", "had re-integration leave (verlof)");
    /** Share of releases who were convicted from voorlopige hechtenis and transferred to a gevangenis. */
    public static final MetricFamily TRANSFER_SHARE = plain("transfer_share", Unit.SHARE,
            "veroordeeld en overgeplaatst", "convicted and transferred");
    /** Share of the detained population in voorlopige hechtenis (time average; group all only). */
    public static final MetricFamily HVB_DETAINED_SHARE = plain("hvb_detained_share", Unit.SHARE,
            "aandeel gedetineerden in voorlopige hechtenis", "share of detainees on remand (HvB)");
    public static final MetricFamily NEED_SHARE = new MetricFamily("need_share", Unit.SHARE,
            List.of(Dimension.BASISVOORWAARDE), "behoefte {0}", "need {0}");
    /** Share of releases who lacked the basisvoorwaarde just before detention (the outside state). */
    public static final MetricFamily WITHOUT_AT_ADMISSION = new MetricFamily("without_at_admission", Unit.SHARE,
            List.of(Dimension.BASISVOORWAARDE), "zonder {0} vóór detentie", "without {0} before detention");
    /** Share of releases who lost the basisvoorwaarde during detention (detention created the need). */
    public static final MetricFamily AROSE_IN_DETENTION = new MetricFamily("arose_in_detention", Unit.SHARE,
            List.of(Dimension.BASISVOORWAARDE), "{0} verloren tijdens detentie", "{0} lost during detention");
    public static final MetricFamily WITHOUT_AT_RELEASE = new MetricFamily("without_at_release", Unit.SHARE,
            List.of(Dimension.BASISVOORWAARDE), "zonder {0} bij ontslag", "without {0} at release");
    public static final MetricFamily MISSED_NEED_SHARE = new MetricFamily("missed_need_share", Unit.SHARE,
            List.of(Dimension.BASISVOORWAARDE), "gemist bij behoefte: {0}", "missed when needed: {0}");
    /** Share of releases still without the basisvoorwaarde 4 weeks after release (nazorg included). */
    public static final MetricFamily WITHOUT_AFTER_4W = new MetricFamily("without_after_4w",
            Unit.SHARE, List.of(Dimension.BASISVOORWAARDE), "zonder {0} na 4 weken", "without {0} after 4 weeks");
    /** Share of releases still without the basisvoorwaarde 13 weeks after release (nazorg included). */
    public static final MetricFamily WITHOUT_AFTER_13W = new MetricFamily("without_after_13w",
            Unit.SHARE, List.of(Dimension.BASISVOORWAARDE), "zonder {0} na 13 weken", "without {0} after 13 weeks");
    /**
     * Share of releases who had work (a wage) just before detention (README, "Work and income"); from
     * {@code needs.werk_inkomen}: those with income who did not live on a benefit.
     */
    public static final MetricFamily WORK_BEFORE_DETENTION_SHARE = plain("work_before_detention_share", Unit.SHARE,
            "werk vóór detentie", "work before detention");
    /**
     * Share of releases living on a benefit 4 weeks after release: an income need arranged by then
     * (the gemeente's task is the benefit application), no job kept.
     */
    public static final MetricFamily BENEFIT_AFTER_RELEASE_SHARE = plain("benefit_after_release_share", Unit.SHARE,
            "uitkering na 4 weken", "on a benefit after 4 weeks");
    /** Share of releases without work 4 weeks after release: all but those who kept their job through the stay. */
    public static final MetricFamily NO_WORK_AFTER_4W_SHARE = plain("no_work_after_4w_share", Unit.SHARE,
            "geen werk na 4 weken", "no work after 4 weeks");
    /** Mean indicative two-year recidive probability of the releases (proportional hazards; indicatief). */
    public static final MetricFamily RECIDIVE_2Y_INDICATIEF = plain("recidive_2y_indicatief", Unit.SHARE,
            "recidive 2 jaar (indicatief)", "2-year recidive (indicative)");
    /** Releases per year expected to reoffend within two years (indicatief). */
    public static final MetricFamily RECIDIVE_2Y_INDICATIEF_PER_YEAR = plain("recidive_2y_indicatief_per_year",
            Unit.PERSONS_PER_YEAR, "recidivisten per jaar (indicatief)", "reoffenders per year (indicative)");
    public static final MetricFamily UTILISATION = new MetricFamily("utilisation", Unit.SHARE,
            List.of(Dimension.PARTNER), "bezetting {0}", "utilisation {0}");
    public static final MetricFamily WAIT_DAYS_MEAN = new MetricFamily("wait_days_mean", Unit.DAYS,
            List.of(Dimension.PARTNER), "wachttijd {0}", "waiting time {0}");
    /** Mean hours of work waiting in a partner's pools (time average). */
    public static final MetricFamily BACKLOG_HOURS_MEAN = new MetricFamily("backlog_hours_mean", Unit.HOURS,
            List.of(Dimension.PARTNER), "werkvoorraad {0}", "backlog {0}");
    public static final MetricFamily MISSED_PER_YEAR = new MetricFamily("missed_per_year", Unit.PERSONS_PER_YEAR,
            List.of(Dimension.BASISVOORWAARDE, Dimension.KNELPUNT), "gemist per jaar: {0} / {1}",
            "missed per year: {0} / {1}");
    /** Days that missed needs lost to a knelpunt from admission to release, per year (descriptive). */
    public static final MetricFamily DAYS_LOST_PER_YEAR = new MetricFamily("days_lost_per_year", Unit.DAYS_PER_YEAR,
            List.of(Dimension.BASISVOORWAARDE, Dimension.KNELPUNT), "verloren dagen per jaar: {0} / {1}",
            "days lost per year: {0} / {1}");
    public static final MetricFamily IN_REGION_SHARE = plain("in_region_share", Unit.SHARE,
            "geplaatst in eigen regio", "placed in home region");
    public static final MetricFamily OVER_CAPACITY_SHARE = plain("over_capacity_share", Unit.SHARE,
            "geplaatst boven capaciteit", "placed over capacity");
    public static final MetricFamily OCCUPANCY_SHARE = plain("occupancy_share", Unit.SHARE,
            "bezetting plaatsen", "occupancy of places");
    /** Occupied share of the places of one region; the part is the region's key. */
    public static final MetricFamily OCCUPANCY = new MetricFamily("occupancy", Unit.SHARE,
            List.of(Dimension.NAMES), "bezetting plaatsen {0}", "occupancy of places {0}");
    /** Detained population over a period of the series (persons). */
    public static final MetricFamily POPULATION = plain("population", Unit.PERSONS, "population", "population");

    private static final List<MetricFamily> ALL = List.of(RELEASES_PER_YEAR, MEAN_POPULATION, STAY_DAYS_MEAN,
            INTAKE_DAYS_MEAN, INTAKE_WITHIN_NORM_SHARE, PLAN_WITHIN_NORM_SHARE, GEMEENTE_PRESENT_AT_PLAN_SHARE,
            DETECTION_AT_INTAKE_SHARE, INFORMATION_SHARED_ON_TIME_SHARE, MDO_ON_SCHEDULE_SHARE,
            WARME_OVERDRACHT_SHARE, VERLOF_SHARE, IN_REGION_SHARE, TRANSFER_SHARE, HVB_DETAINED_SHARE, NEED_SHARE, WITHOUT_AT_ADMISSION, AROSE_IN_DETENTION, WITHOUT_AT_RELEASE, MISSED_NEED_SHARE,
            WITHOUT_AFTER_4W, WITHOUT_AFTER_13W, WORK_BEFORE_DETENTION_SHARE, BENEFIT_AFTER_RELEASE_SHARE,
            NO_WORK_AFTER_4W_SHARE, RECIDIVE_2Y_INDICATIEF, RECIDIVE_2Y_INDICATIEF_PER_YEAR, UTILISATION, BACKLOG_HOURS_MEAN, WAIT_DAYS_MEAN, OVER_CAPACITY_SHARE,
            OCCUPANCY_SHARE, OCCUPANCY, MISSED_PER_YEAR, DAYS_LOST_PER_YEAR, POPULATION);

    private final String key;
    private final Unit unit;
    private final List<Dimension> dimensions;
    private final String dutch;
    private final String english;

    /**
     * @param key        the name, or its first segment when the family has parts
     * @param unit       unit of every value of the family
     * @param dimensions what each further segment of the name ranges over, in order
     * @param dutch      label template in Dutch (see the class comment)
     * @param english    label template in English
     */
    public MetricFamily(String key, Unit unit, List<Dimension> dimensions, String dutch, String english) {
        this.key = key;
        this.unit = unit;
        this.dimensions = List.copyOf(dimensions);
        this.dutch = dutch;
        this.english = english;
    }

    private static MetricFamily plain(String key, Unit unit, String dutch, String english) {
        return new MetricFamily(key, unit, List.of(), dutch, english);
    }

    /** Every family the model writes, in a fixed order. */
    public static List<MetricFamily> all() {
        return ALL;
    }

    /** The name, or its first segment when the family has parts. */
    public String key() {
        return key;
    }

    public Unit unit() {
        return unit;
    }

    /** What each part of a name of this family ranges over. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** The metric of this family for the given parts, one per dimension. */
    public MetricName of(Term... parts) {
        if (parts.length != dimensions.size()) {
            throw new IllegalArgumentException(key + " takes " + dimensions.size() + " parts, not " + parts.length);
        }
        return new MetricName(this, List.of(parts));
    }

    /** The full name of the metric of this family for the given parts, e.g. {@code without_at_release.id}. */
    public String key(Term... parts) {
        return of(parts).key();
    }

    /** {@code name} as a metric of this family, or empty when it is not one. */
    public Optional<MetricName> parse(String name) {
        if (dimensions.isEmpty()) {
            return name.equals(key) ? Optional.of(new MetricName(this, List.of())) : Optional.empty();
        }
        if (!name.startsWith(key) || name.length() <= key.length() || name.charAt(key.length()) != '.') {
            return Optional.empty();
        }
        String[] segments = name.substring(key.length() + 1).split("\\.", -1);
        if (segments.length != dimensions.size()) {
            return Optional.empty();
        }
        List<Term> parts = new ArrayList<>(segments.length);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].isEmpty()) {
                return Optional.empty();
            }
            parts.add(dimensions.get(i).term(segments[i]));
        }
        return Optional.of(new MetricName(this, parts));
    }

    /** The label of the metric of this family with these parts. */
    String label(List<Term> parts, Language language, ScenarioValues values) {
        String template = language == Language.NL ? dutch : english;
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                text.append(template, at, template.length());
                break;
            }
            text.append(template, at, open).append(placeholder(template.substring(open + 1, close), parts,
                    language, values));
            at = close + 1;
        }
        return text.toString();
    }

    private static String placeholder(String name, List<Term> parts, Language language, ScenarioValues values) {
        if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
            return parts.get(Integer.parseInt(name)).label(language);
        }
        String value = values.value(name);
        return value == null ? "?" : value;
    }

    @Override
    public String toString() {
        return key;
    }
}
