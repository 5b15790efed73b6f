package nl.ketensim.report;

import java.util.List;
import java.util.Locale;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Language;
import nl.ketensim.domain.Partner;

/**
 * Human labels for the keys in result files (groups, metrics, units), in Dutch or English.
 * Domain terms come from the domain enums; an unknown key is shown as it is.
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
     * knelpunten weggenomen}, {@code scenario basis, gevoeligheid}.
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
            default -> scenario;
        };
    }

    /** The label of a group key such as {@code stay_gt_14d}. */
    public static String group(String key, Language l) {
        return switch (key) {
            case "all" -> pick(l, "alle justitiabelen", "all justitiabelen");
            case "stay_le_14d" -> pick(l, "kort verblijf (≤ 14 dagen)", "short stay (≤ 14 days)");
            case "stay_gt_14d" -> pick(l, "lang verblijf (> 14 dagen)", "long stay (> 14 days)");
            case "man" -> pick(l, "man", "men");
            case "vrouw" -> pick(l, "vrouw", "women");
            case "in_regio" -> pick(l, "in eigen regio geplaatst", "placed in home region");
            case "buiten_regio" -> pick(l, "buiten eigen regio geplaatst", "placed outside home region");
            default -> key;
        };
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

    /** The label of a partner (staff pool) key. */
    public static String partner(String key, Language l) {
        Partner p = Partner.fromKey(key);
        return p == null ? key : p.label(l);
    }

    /** The label of a process-norm metric, e.g. {@code intake_within_norm_share}. */
    public static String metric(String key, Language l) {
        return switch (key) {
            case "intake_within_norm_share" -> pick(l, "intake ≤ 10 dagen", "intake ≤ 10 days");
            case "plan_within_norm_share" -> pick(l, "D&R-plan ≤ 4 weken", "D&R plan ≤ 4 weeks");
            case "mdo_on_schedule_share" -> pick(l, "MDO op schema", "MDO on schedule");
            case "warme_overdracht_share" -> pick(l, "warme overdracht", "warm handover (warme overdracht)");
            case "releases_per_year" -> pick(l, "ontslagen per jaar", "releases per year");
            case "mean_population" -> pick(l, "gemiddelde populatie", "mean population");
            case "stay_days_mean" -> pick(l, "gemiddelde verblijfsduur", "mean length of stay");
            case "intake_days_mean" -> pick(l, "gemiddelde tijd tot intake", "mean time to intake");
            default -> composite(key, l);
        };
    }

    private static String composite(String key, Language l) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            return key;
        }
        String family = key.substring(0, dot);
        String rest = key.substring(dot + 1);
        return switch (family) {
            case "without_at_release" -> pick(l, "zonder ", "without ") + basisvoorwaarde(rest, l)
                    + pick(l, " bij ontslag", " at release");
            case "without_after_followup" -> pick(l, "zonder ", "without ") + basisvoorwaarde(rest, l)
                    + pick(l, " na een maand", " after one month");
            case "need_share" -> pick(l, "behoefte ", "need ") + basisvoorwaarde(rest, l);
            case "missed_need_share" -> pick(l, "gemist bij behoefte: ", "missed when needed: ")
                    + basisvoorwaarde(rest, l);
            case "utilisation" -> pick(l, "bezetting ", "utilisation ") + partner(rest, l);
            case "wait_days_mean" -> pick(l, "wachttijd ", "waiting time ") + partner(rest, l);
            case "missed_per_year" -> {
                String[] parts = rest.split("\\.", 2);
                yield pick(l, "gemist per jaar: ", "missed per year: ") + basisvoorwaarde(parts[0], l)
                        + (parts.length > 1 ? " / " + knelpunt(parts[1], l) : "");
            }
            default -> key;
        };
    }

    /** The label of a unit as written in result files. */
    public static String unit(String unit, Language l) {
        if (unit.startsWith("share (norm ")) {
            return "% " + unit.substring("share ".length()).replace("norm", pick(l, "norm", "norm"));
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "share" -> "%";
            case "days" -> pick(l, "dagen", "days");
            case "persons" -> pick(l, "personen", "persons");
            case "persons/year" -> pick(l, "personen per jaar", "persons per year");
            case "hours" -> pick(l, "uren", "hours");
            default -> unit;
        };
    }
}
