package nl.ketensim.dossier;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Partner;
import nl.ketensim.model.Activity;
import nl.ketensim.model.CaseEvent;
import nl.ketensim.model.PersonProfile;
import nl.ketensim.output.CsvFiles;
import nl.ketensim.output.Decimals;
import org.apache.commons.csv.CSVPrinter;

/** {@code dossiers.csv} (one row per person) and {@code events.csv} (one row per step). */
public final class DossierCsv {

    static final String[] DOSSIER_COLUMNS = {"person", "pi", "pi_region", "home_region", "in_home_region", "sex",
        "age_band", "legal_status", "lvb", "toezicht", "sudden_release", "stay_days", "admission_date",
        "release_date", "needs", "arranged", "missed", "intake_days", "plans_held", "mdos_held",
        "gemeente_at_plan", "warme_overdracht", "open_after_follow_up"};
    static final String[] EVENT_COLUMNS = {"person", "day", "partner", "event", "basisvoorwaarde", "detail"};

    private DossierCsv() { }

    /** Writes {@code dossiers.csv}. */
    public static void writeDossiers(List<Dossier> dossiers, Calendar calendar, Path file) throws IOException {
        try (Writer w = CsvFiles.newFile(file); CSVPrinter csv = CsvFiles.printer(w, DOSSIER_COLUMNS)) {
            for (Dossier d : dossiers) {
                PersonProfile p = d.person();
                List<String> arranged = new ArrayList<>();
                List<String> missed = new ArrayList<>();
                for (Basisvoorwaarde b : p.needs()) {
                    TraceEvent outcome = d.outcome(b);
                    if (outcome != null && outcome.event() == CaseEvent.ARRANGED) {
                        arranged.add(b.key());
                    } else if (outcome != null) {
                        missed.add(b.key() + ":" + outcome.knelpunt().key());
                    }
                }
                TraceEvent intake = d.first(CaseEvent.INTAKE_COMPLETE);
                TraceEvent plan = heldMeeting(d, Activity.PLAN);
                TraceEvent warm = d.first(CaseEvent.WARME_OVERDRACHT);
                long open = d.events().stream().filter(e -> e.event() == CaseEvent.FOLLOW_UP && e.value() > 0).count();
                csv.printRecord(p.number(), p.prison(), p.prisonRegion(), p.homeRegion(), p.inHomeRegion(),
                        p.woman() ? "v" : "m", p.ageBand(), p.hvb() ? "hvb" : "veroordeeld", p.lvb(), p.toezicht(),
                        p.suddenRelease(), number(p.stayDays()), calendar.date(p.admissionDay()),
                        calendar.date(p.releaseDay()), String.join("+", keys(p.needs())), String.join("+", arranged),
                        String.join("+", missed), intake == null ? "" : number(intake.value()),
                        meetings(d, Activity.PLAN), meetings(d, Activity.MDO),
                        plan != null && plan.attended(Partner.GEMEENTE), warm != null && warm.value() > 0, open);
            }
        }
    }

    /** Writes {@code events.csv}. */
    public static void writeEvents(List<Dossier> dossiers, Path file) throws IOException {
        try (Writer w = CsvFiles.newFile(file); CSVPrinter csv = CsvFiles.printer(w, EVENT_COLUMNS)) {
            for (Dossier d : dossiers) {
                for (TraceEvent e : d.events()) {
                    csv.printRecord(d.person().number(), number(e.day()),
                            e.partner() == null ? "" : e.partner().key(), e.event().key(),
                            e.need() == null ? "" : e.need().key(), StepText.detail(e));
                }
            }
        }
    }

    private static TraceEvent heldMeeting(Dossier d, Activity activity) {
        return d.events().stream().filter(e -> e.event() == CaseEvent.MEETING_HELD && e.activity() == activity)
                .findFirst().orElse(null);
    }

    private static long meetings(Dossier d, Activity activity) {
        return d.events().stream().filter(e -> e.event() == CaseEvent.MEETING_HELD && e.activity() == activity)
                .count();
    }

    private static List<String> keys(List<Basisvoorwaarde> needs) {
        return needs.stream().map(Basisvoorwaarde::key).toList();
    }

    /** A number rounded to 3 decimals, in the output's format. */
    static String number(double value) {
        return Decimals.format(Math.round(value * 1000.0) / 1000.0);
    }
}
