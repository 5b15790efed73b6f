package nl.ketensim.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Language;
import nl.ketensim.domain.Term;
import nl.ketensim.results.Group;
import nl.ketensim.results.MetricFamily;
import nl.ketensim.results.MetricName;
import nl.ketensim.results.ScenarioValues;
import nl.ketensim.results.Unit;

/**
 * Human labels for the keys in result files (groups, metrics, units), in Dutch or English.
 * Groups, metrics and units come from their typed names in {@code nl.ketensim.results}, domain
 * terms from the domain enums; an unknown key is shown as it is.
 */
public final class Labels {

    private Labels() { }

    /** {@code nl} or {@code en} text by language. */
    static String pick(Language language, String dutch, String english) {
        return language == Language.NL ? dutch : english;
    }

    /**
     * What a results folder is about, for titles and subtitles: {@code scenario basis}, or for a
     * study {@code scenario basis vergeleken met meer-casemanagers}, {@code scenario basis,
     * knelpunten weggenomen}, {@code scenario basis, gevoeligheid}, {@code scenario basis, schattingen
     * één voor één verschoven}.
     */
    public static String subject(Manifest m, Language l) {
        String scenario = "scenario " + (m.scenario().isEmpty() ? "?" : m.scenario());
        return switch (m.command()) {
            case "compare" -> {
                List<String> others = m.compared();
                String names = others.size() <= 3 ? String.join(", ", others)
                        : String.join(", ", others.subList(0, 3)) + pick(l, " en ", " and ") + (others.size() - 3)
                                + pick(l, " andere", " more");
                yield others.isEmpty() ? scenario : scenario + pick(l, " vergeleken met ", " compared with ") + names;
            }
            case "knelpunten" -> scenario + pick(l, ", knelpunten weggenomen", ", knelpunten relieved");
            case "sweep" -> scenario + pick(l, ", gevoeligheid", ", sensitivity");
            case "sensitivity" -> scenario + pick(l, ", schattingen één voor één verschoven",
                    ", estimates moved one at a time");
            default -> scenario;
        };
    }

    /** The label of a group key such as {@code stay_gt_14d}. */
    public static String group(String key, Language l) {
        Group g = Group.fromKey(key);
        return g == null ? key : g.label(l);
    }

    /** The label of a basisvoorwaarde key. */
    public static String basisvoorwaarde(String key, Language l) {
        Basisvoorwaarde b = Basisvoorwaarde.fromKey(key);
        return b == null ? key : b.label(l);
    }

    /** The label of a knelpunt key; {@value ReliefRow#ALL_RELIEVED} is every relieved knelpunt together. */
    public static String knelpunt(String key, Language l) {
        if (key.equals(ReliefRow.ALL_RELIEVED)) {
            return pick(l, "alle samen", "all together");
        }
        Knelpunt k = Knelpunt.fromKey(key);
        return k == null ? key : k.label(l);
    }

    /**
     * The label of a metric key such as {@code without_at_release.id}, quoting scenario values (such
     * as a norm in days) from {@code values}; an unknown key is shown as it is.
     */
    public static String metric(String key, ScenarioValues values, Language l) {
        return MetricName.parse(key).map(n -> n.label(l, values)).orElse(key);
    }

    /**
     * The basisvoorwaarde of a {@code without_at_release.<basisvoorwaarde>} metric, or empty for any
     * other metric.
     */
    static Optional<Term> withoutAtRelease(String metric) {
        return MetricName.parse(metric).filter(n -> n.is(MetricFamily.WITHOUT_AT_RELEASE)).map(n -> n.part(0));
    }

    /**
     * A metric as one category or line among others: the basisvoorwaarde's label for
     * {@code without_at_release.<basisvoorwaarde>}, else the metric's label.
     */
    static String category(String metric, ScenarioValues values, Language l) {
        return withoutAtRelease(metric).map(b -> b.label(l)).orElseGet(() -> metric(metric, values, l));
    }

    /** The label of a unit as written in result files. */
    public static String unit(String unit, Language l) {
        Unit u = Unit.fromKey(unit.toLowerCase(Locale.ROOT));
        return u == null ? unit : u.label(l);
    }
}
