package nl.ketensim.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ketensim.domain.Language;
import nl.ketensim.model.CaseEvent;
import nl.ketensim.model.PersonProfile;

/** A dossier as readable lines: a header of who the person is, then one line per step with its date. */
public final class Timeline {

    /** Stretches of lost time shorter than this are not listed in the timeline (days). */
    public static final double SHORTEST_STAGE_DAYS = 1.0;

    private final Calendar calendar;
    private final Language lang;
    private final StepText text;

    public Timeline(Calendar calendar, Language lang) {
        this.calendar = calendar;
        this.lang = lang;
        this.text = new StepText(lang);
    }

    private String t(String dutch, String english) {
        return lang == Language.NL ? dutch : english;
    }

    /** Who the person is, as label and value pairs. */
    public List<String[]> facts(PersonProfile p) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"PI", p.prison() + " (" + p.prisonRegion() + ")"});
        facts.add(new String[] {t("Woonregio", "Home region"), p.homeRegion()
                + (p.inHomeRegion() ? t(" (eigen regio)", " (home region)") : t(" (buiten eigen regio)", " (elsewhere)"))});
        facts.add(new String[] {t("Leeftijd, geslacht", "Age, sex"), p.ageBand() + ", "
                + (p.woman() ? t("vrouw", "woman") : t("man", "man"))});
        facts.add(new String[] {t("Titel", "Legal status"), p.hvb() ? t("voorlopige hechtenis (HvB)", "remand (HvB)")
                : t("veroordeeld", "sentenced")});
        facts.add(new String[] {t("Verblijf", "Stay"), calendar.date(p.admissionDay()) + " – "
                + calendar.date(p.releaseDay()) + " (" + StepText.days(p.stayDays()) + t(" dagen", " days")
                + (p.suddenRelease() ? t(", onverwacht ontslag", ", sudden release") : "") + ")"});
        facts.add(new String[] {t("Toezicht, LVB", "Supervision, LVB"), yes(p.toezicht()) + ", " + yes(p.lvb())});
        facts.add(new String[] {t("Hulpvragen", "Needs"), p.needs().isEmpty() ? t("geen", "none")
                : String.join(", ", p.needs().stream().map(b -> b.label(lang)).toList())});
        return facts;
    }

    private String yes(boolean b) {
        return b ? t("ja", "yes") : t("nee", "no");
    }

    /**
     * One line per step: date, partner, sentence. Left out for readability (they are in
     * {@code events.csv}): booked meetings (their holding is shown) and stretches of lost time
     * shorter than {@link #SHORTEST_STAGE_DAYS}.
     */
    public List<String[]> rows(Dossier d) {
        List<String[]> rows = new ArrayList<>();
        for (TraceEvent e : d.events()) {
            if (e.event() == CaseEvent.MEETING_BOOKED
                    || (e.event() == CaseEvent.STAGE && e.value() < SHORTEST_STAGE_DAYS)) {
                continue;
            }
            rows.add(new String[] {calendar.date(e.day()).toString(), e.partner() == null ? "" : e.partner().label(lang),
                text.sentence(e)});
        }
        return rows;
    }

    /** The whole dossier as plain text for the terminal. */
    public String plain(Dossier d, String header) {
        StringBuilder out = new StringBuilder();
        out.append(header).append('\n');
        for (String[] fact : facts(d.person())) {
            out.append(String.format(Locale.ROOT, "  %-20s %s%n", fact[0], fact[1]));
        }
        out.append('\n');
        for (String[] row : rows(d)) {
            out.append(String.format(Locale.ROOT, "  %s  %-13s %s%n", row[0], row[1], row[2]));
        }
        if (!d.released()) {
            out.append(t("  (nog niet vrij aan het eind van de run)", "  (not yet released at the end of the run)"))
                    .append('\n');
        }
        return out.toString();
    }
}
