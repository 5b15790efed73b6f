package nl.ketensim.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ketensim.domain.Language;
import nl.ketensim.domain.Partner;
import nl.ketensim.domain.Term;
import nl.ketensim.model.CaseEvent;

/**
 * The words of a dossier: each step as a sentence in Dutch or English, and as a compact
 * language-free detail for {@code events.csv}.
 */
public final class StepText {

    private final Language lang;

    public StepText(Language lang) {
        this.lang = lang;
    }

    private boolean nl() {
        return lang == Language.NL;
    }

    private String t(String dutch, String english) {
        return nl() ? dutch : english;
    }

    private String label(Term term) {
        return term == null ? "" : term.label(lang);
    }

    /** Days with one decimal, e.g. {@code 3.5}. */
    static String days(double days) {
        return String.format(Locale.ROOT, "%.1f", days);
    }

    /** One sentence for the step. */
    public String sentence(TraceEvent e) {
        String partner = label(e.partner());
        String need = label(e.need());
        String knelpunt = e.knelpunt() == null ? "" : " (" + label(e.knelpunt()) + ")";
        return switch (e.event()) {
            case ADMITTED -> t("Binnenkomst; verblijf " + days(e.value()) + " dagen",
                    "Admitted; stay " + days(e.value()) + " days");
            case PLACED -> e.value() > 0 ? t("Geplaatst in de eigen regio", "Placed in the home region")
                    : t("Geplaatst buiten de eigen regio", "Placed outside the home region");
            case CASEMANAGER_AWAY -> t("Casemanager afwezig (verlof of ziek); intake wacht " + days(e.value())
                    + " dagen", "Casemanager away (leave or sick leave); the intake waits " + days(e.value()) + " days");
            case INTAKE_QUEUED -> e.partner() == Partner.CASEMANAGER
                    ? t("Intake in de wachtrij van de casemanager", "Intake queued with the casemanager")
                    : t("Informatieverzoek in de wachtrij van " + partner, "Request for information queued with "
                    + partner);
            case INTAKE_STARTED -> t(cap(partner) + " begint aan de intake na " + days(e.value()) + " dagen wachten",
                    cap(partner) + " starts on the intake after waiting " + days(e.value()) + " days");
            case INTAKE_DONE -> t(cap(partner) + " rondt het intakedeel af (" + percent(e.value()) + " van de tijd)",
                    cap(partner) + " finishes its part of the intake (" + percent(e.value()) + " of the time)");
            case INTAKE_COMPLETE -> t("Integrale intake compleet, " + days(e.value()) + " dagen na binnenkomst",
                    "Intake complete, " + days(e.value()) + " days after admission");
            case NEED_DETECTED -> e.value() > 0 ? t(cap(need) + ": gesignaleerd bij de intake",
                    cap(need) + ": detected at the intake")
                    : t(cap(need) + ": alsnog gesignaleerd in overleg", cap(need) + ": detected later at a meeting");
            case NEED_NOT_DETECTED -> t(cap(need) + ": niet gesignaleerd bij de intake",
                    cap(need) + ": not detected at the intake");
            case NEED_DECLINED -> t(cap(need) + ": justitiabele weigert hulp", cap(need) + ": the person declines help");
            case INFORMATION_QUEUED -> t("Registratie van de screening in de wachtrij van de casemanager",
                    "Registration of the screening queued with the casemanager");
            case INFORMATION_REGISTERED -> t("Screening geregistreerd in DPS en verstuurd",
                    "Screening registered in DPS and sent");
            case INFORMATION_HANDED_OVER -> t(cap(need) + ": informatie ter plaatse aan " + partner + " overgedragen",
                    cap(need) + ": information handed to " + partner + " on site");
            case INFORMATION_LOST -> t(cap(need) + ": informatie bereikt " + partner + " niet",
                    cap(need) + ": information does not reach " + partner);
            case INFORMATION_SENT -> t(cap(need) + ": informatie naar " + partner,
                    cap(need) + ": information sent to " + partner);
            case INFORMATION_RECEIVED -> t(cap(need) + ": " + partner + " heeft de informatie",
                    cap(need) + ": " + partner + " has the information");
            case MEETING_BOOKED -> t(cap(label(e.activity())) + " gepland", cap(label(e.activity())) + " booked");
            case MEETING_HELD -> t(cap(label(e.activity())) + " gehouden; aanwezig: " + present(e),
                    cap(label(e.activity())) + " held; present: " + present(e));
            case NOT_INVITED -> t(cap(partner) + " niet uitgenodigd voor het MDO (niets voor deze partner te bespreken)",
                    cap(partner) + " not invited to the MDO (nothing for it to discuss)");
            case MEETING_FAILED -> t(cap(label(e.activity())) + " gaat niet door (geen casemanager)",
                    cap(label(e.activity())) + " did not take place (no casemanager)");
            case REGIE_UNCLEAR -> t("Het plan laat taken zonder duidelijke eigenaar",
                    "The plan leaves tasks without a clear owner");
            case NO_OWNER -> t(cap(need) + ": " + partner + " miste het planoverleg, geen eigenaar",
                    cap(need) + ": " + partner + " missed the plan meeting, no owner");
            case OWNED -> e.value() > 0
                    ? t(cap(need) + ": eigenaar " + partner + ", maar " + days(e.value()) + " dagen stilstand",
                    cap(need) + ": owned by " + partner + ", but stalls " + days(e.value()) + " days")
                    : t(cap(need) + ": eigenaar " + partner, cap(need) + ": owned by " + partner);
            case WORK_QUEUED -> t(cap(need) + ": werk in de wachtrij van " + partner,
                    cap(need) + ": work queued with " + partner);
            case WORK_DONE -> t(cap(need) + ": " + partner + " rondt het werk af",
                    cap(need) + ": " + partner + " finishes the work");
            case STAGE -> t(cap(need) + ": " + days(e.value()) + " dagen" + knelpunt,
                    cap(need) + ": " + days(e.value()) + " days" + knelpunt);
            case ARRANGED -> t(cap(need) + ": geregeld", cap(need) + ": arranged");
            case WARME_OVERDRACHT -> e.value() > 0 ? t("Warme overdracht", "Warm handover")
                    : t("Geen warme overdracht", "No warm handover");
            case VERLOF -> t("Eerste re-integratieverlof (" + count(e.value()) + " keer voor ontslag)",
                    "First re-integration leave (" + count(e.value()) + " times before release)");
            case VI_ADVICE_QUEUED -> t("VI-advies in de wachtrij van " + partner, "VI advice queued with " + partner);
            case VI_ADVICE_DONE -> t(cap(partner) + " rondt het VI-advies af", cap(partner) + " finishes the VI advice");
            case VI_DECISION -> Double.isNaN(e.value())
                    ? t("Voorwaardelijke invrijheidstelling naar verstreken tijd", "Conditional release by time served")
                    : e.value() > 0 ? t("Beslissing over voorwaardelijke invrijheidstelling, met advies",
                    "Decision on conditional release, with the advice")
                    : t("Beslissing over voorwaardelijke invrijheidstelling, zonder advies (niet op tijd)",
                    "Decision on conditional release, without the advice (not in time)");
            case TRANSFERRED -> e.value() > 0
                    ? t("Veroordeeld; overgeplaatst naar een gevangenis in de eigen regio, nieuwe casemanager",
                            "Convicted; transferred to a prison in the home region, new casemanager")
                    : t("Veroordeeld; overgeplaatst naar een gevangenis buiten de eigen regio, nieuwe casemanager",
                            "Convicted; transferred to a prison outside the home region, new casemanager");
            case ORIENTATION_QUEUED -> t("Kennismaking van de nieuwe casemanager in de wachtrij",
                    "The new casemanager's orientation queued");
            case ORIENTATION_DONE -> t("Nieuwe casemanager rondt de kennismaking af", "The new casemanager's orientation done");
            case PLAN_ARRIVED -> t("D&R-plan en informatie bij de nieuwe casemanager, " + days(e.value())
                    + " dagen na de overplaatsing", "D&R plan and information with the new casemanager, "
                    + days(e.value()) + " days after the transfer");
            case PLAN_LOST -> t("D&R-plan niet overgekomen: het plan wordt opnieuw gemaakt",
                    "D&R plan lost in the transfer: the plan is made again");
            case RELEASED -> e.value() > 0 ? t("Onverwacht ontslag", "Sudden release") : t("Ontslag", "Release");
            case MISSED -> t(cap(need) + ": niet geregeld bij ontslag" + knelpunt,
                    cap(need) + ": not arranged at release" + knelpunt);
            case FOLLOW_UP -> e.value() > 0 ? t(cap(need) + ": nazorg, nog open", cap(need) + ": aftercare, still open")
                    : t(cap(need) + ": nazorg, opgepakt", cap(need) + ": aftercare, taken up");
        };
    }

    /** The step's detail for {@code events.csv}: keys and values, language-free. */
    public static String detail(TraceEvent e) {
        List<String> parts = new ArrayList<>();
        if (e.knelpunt() != null) {
            parts.add("knelpunt=" + e.knelpunt().key());
        }
        if (e.activity() != null) {
            parts.add("activity=" + e.activity().key());
        }
        if (e.present() != null) {
            List<String> present = new ArrayList<>();
            for (Partner p : Partner.values()) {
                if (e.attended(p)) {
                    present.add(p.key());
                }
            }
            parts.add("present=" + String.join("+", present));
        }
        if (!Double.isNaN(e.value())) {
            parts.add(valueName(e.event()) + "=" + DossierCsv.number(e.value()));
        }
        return String.join(";", parts);
    }

    private static String valueName(CaseEvent event) {
        return switch (event) {
            case ADMITTED -> "stay_days";
            case PLACED, TRANSFERRED -> "in_home_region";
            case PLAN_ARRIVED -> "days_since_transfer";
            case INTAKE_QUEUED, INFORMATION_QUEUED, WORK_QUEUED, ORIENTATION_QUEUED -> "hours";
            case INTAKE_STARTED -> "wait_days";
            case INTAKE_DONE -> "time_share";
            case INTAKE_COMPLETE -> "days_since_admission";
            case ARRANGED, MISSED -> "days_since_need_existed";
            case NEED_DETECTED -> "at_intake";
            case MEETING_BOOKED, NOT_INVITED -> "meeting_day";
            case OWNED -> "stall_days";
            case STAGE -> "days_lost";
            case WARME_OVERDRACHT -> "warm";
            case VERLOF -> "verloven";
            case VI_ADVICE_QUEUED -> "hours";
            case VI_DECISION -> "with_advice";
            case RELEASED -> "sudden";
            case FOLLOW_UP -> "still_open";
            default -> "value";
        };
    }

    private String present(TraceEvent e) {
        List<String> names = new ArrayList<>();
        for (Partner p : Partner.values()) {
            if (e.attended(p)) {
                names.add(p.label(lang));
            }
        }
        return String.join(", ", names);
    }

    private static String count(double n) {
        return String.valueOf(Math.round(n));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
