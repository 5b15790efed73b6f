package nl.ketensim.model;

import nl.ketensim.domain.Term;

/**
 * What a {@link CaseObserver} is told of a case, in the order of the werkstroomschema. The
 * {@code value} passed with each event is described per constant (NaN when none).
 */
public enum CaseEvent implements Term {
    /** Admitted to the PI of placement (value: length of stay, days). */
    ADMITTED("admitted", "binnenkomst", "admission"),
    /** Placed in a PI (value: 1 in the home region, 0 outside it). */
    PLACED("placed", "plaatsing", "placement"),
    /** The person's casemanager is away at admission (value: days until back or taken over). */
    CASEMANAGER_AWAY("casemanager_away", "casemanager afwezig", "casemanager away"),
    /** A part of the intake is put in the partner's queue (value: hours). */
    INTAKE_QUEUED("intake_queued", "intake in de wachtrij", "intake queued"),
    /** A part of the intake is taken up by the partner's staff (value: days it waited). */
    INTAKE_STARTED("intake_started", "intake begonnen", "intake started"),
    /** A part of the intake is done (value: share of its hours it got, 0..1). */
    INTAKE_DONE("intake_done", "intake afgerond", "intake done"),
    /** The integrale intake is complete (value: days since admission). */
    INTAKE_COMPLETE("intake_complete", "integrale intake compleet", "intake complete"),
    /** A need was detected (value: 1 at the intake, 0 at a later meeting). */
    NEED_DETECTED("need_detected", "behoefte gesignaleerd", "need detected"),
    /** A need was not detected at the intake. */
    NEED_NOT_DETECTED("need_not_detected", "behoefte niet gesignaleerd", "need not detected"),
    /** The justitiabele declined help with a need. */
    NEED_DECLINED("need_declined", "hulp geweigerd", "help declined"),
    /** The casemanager registers and sends the screening (value: hours). */
    INFORMATION_QUEUED("information_queued", "registratie in de wachtrij", "registration queued"),
    /** The screening was registered in DPS and sent. */
    INFORMATION_REGISTERED("information_registered", "screening geregistreerd en verstuurd",
            "screening registered and sent"),
    /** The information on a need was handed over on site (co-location). */
    INFORMATION_HANDED_OVER("information_handed_over", "informatie ter plaatse overgedragen",
            "information handed over on site"),
    /** The information on a need was lost on its way to the lead partner. */
    INFORMATION_LOST("information_lost", "informatie kwijtgeraakt", "information lost"),
    /** The lead partner has yet to take in the information on a need. */
    INFORMATION_SENT("information_sent", "informatie naar de partner", "information sent"),
    /** The lead partner has the information on a need. */
    INFORMATION_RECEIVED("information_received", "informatie ontvangen", "information received"),
    /** A meeting (plan, MDO, alignment) was booked (value: day of the meeting). */
    MEETING_BOOKED("meeting_booked", "overleg gepland", "meeting booked"),
    /** A meeting was held with the partners present. */
    MEETING_HELD("meeting_held", "overleg gehouden", "meeting held"),
    /** A partner is not invited to an MDO: nothing for it to discuss ({@code process.mdo_partners}; value: day of the MDO). */
    NOT_INVITED("not_invited", "niet uitgenodigd", "not invited"),
    /** A meeting did not take place: the casemanager was not there. */
    MEETING_FAILED("meeting_failed", "overleg gaat niet door", "meeting did not take place"),
    /** The D&amp;R-plan left tasks without a clear owner. */
    REGIE_UNCLEAR("regie_unclear", "regie onduidelijk", "ownership unclear"),
    /** The lead partner missed the plan meeting: the need has no owner until it attends a meeting. */
    NO_OWNER("no_owner", "geen eigenaar", "no owner"),
    /** The need has an owner (value: days it stalls first for lack of regie). */
    OWNED("owned", "eigenaar bekend", "owner known"),
    /** Staff work on a need is put in the lead partner's queue (value: hours). */
    WORK_QUEUED("work_queued", "werk in de wachtrij", "work queued"),
    /** Staff work on a need is done. */
    WORK_DONE("work_done", "werk afgerond", "work done"),
    /** A stretch of time a need lost to a knelpunt (day: its start; value: days). */
    STAGE("stage", "tijd verloren", "time lost"),
    /** The need was arranged. */
    ARRANGED("arranged", "geregeld", "arranged"),
    /** The pre-release alignment counts as warme overdracht (value: 1) or not (0). */
    WARME_OVERDRACHT("warme_overdracht", "warme overdracht", "warm handover"),
    /** Re-integratieverlof (day: the first verlof; value: number of verloven before release). */
    VERLOF("verlof", "re-integratieverlof", "re-integration leave"),
    /** The reclassering's VI advice is put in its queue (value: hours). */
    VI_ADVICE_QUEUED("vi_advice_queued", "VI-advies in de wachtrij", "VI advice queued"),
    /** The reclassering's VI advice is done. */
    VI_ADVICE_DONE("vi_advice_done", "VI-advies afgerond", "VI advice done"),
    /** The decision on voorwaardelijke invrijheidstelling (value: 1 with the advice, 0 without it, NaN none needed). */
    VI_DECISION("vi_decision", "beslissing voorwaardelijke invrijheidstelling", "decision on conditional release"),
    /** Convicted from voorlopige hechtenis and transferred to a gevangenis (value: 1 in the home region, 0 outside). */
    TRANSFERRED("transferred", "veroordeeld en overgeplaatst", "convicted and transferred"),
    /** The new casemanager's orientation after a transfer is put in the queue (value: hours). */
    ORIENTATION_QUEUED("orientation_queued", "kennismaking nieuwe casemanager in de wachtrij",
            "new casemanager's orientation queued"),
    /** The new casemanager's orientation is done. */
    ORIENTATION_DONE("orientation_done", "kennismaking nieuwe casemanager afgerond", "new casemanager's orientation done"),
    /** The D&amp;R-plan and the information reached the new casemanager (value: days after the transfer). */
    PLAN_ARRIVED("plan_arrived", "D&R-plan bij de nieuwe casemanager", "D&R plan with the new casemanager"),
    /** The D&amp;R-plan did not reach the new casemanager: it is made again. */
    PLAN_LOST("plan_lost", "D&R-plan niet overgekomen", "D&R plan lost in the transfer"),
    /** Released (value: 1 sudden release, 0 release date known). */
    RELEASED("released", "ontslag", "release"),
    /** A need not arranged at release, with its knelpunt (value: days lost from admission to release). */
    MISSED("missed", "niet geregeld bij ontslag", "not arranged at release"),
    /** Nazorg: a missed need at the follow-up after release (value: 1 still open, 0 taken up). */
    FOLLOW_UP("follow_up", "nazorg", "aftercare");

    private final Labels labels;

    CaseEvent(String key, String dutch, String english) {
        this.labels = new Labels(key, dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
