package nl.ketensim.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Partner;

/**
 * Stage 5: builds the immutable {@link Scenario} records from values that passed every check.
 * Paths here are those of {@link ParameterCatalog}.
 */
final class ScenarioAssembler {

    private final ValidatedValues v;

    ScenarioAssembler(ValidatedValues values) {
        this.v = values;
    }

    Scenario build() {
        return new Scenario(
                v.text("name"),
                v.text("description"),
                population(),
                needs(),
                regions(),
                prisons(),
                new Placement(
                        v.number("placement.national_regime_share"),
                        v.bool("placement.always_home_region"),
                        v.number("placement.distance_delay_days_mean")),
                staffing(),
                activities(),
                new ProcessNorms(
                        v.number("process.intake_norm_days"),
                        v.number("process.plan_norm_days"),
                        v.number("process.mdo_interval_days"),
                        v.number("process.mdo_tolerance_days"),
                        v.number("process.alignment_days_before_release"),
                        v.number("process.meeting_every_days"),
                        v.number("process.meeting_notice_days"),
                        v.bool("process.intake_waits_for_partners"),
                        v.bool("process.plan_when_partners_informed"),
                        v.bool("process.casemanager_keeps_meetings"),
                        ProcessNorms.MdoPartners.valueOf(v.text("process.mdo_partners").toUpperCase(Locale.ROOT))),
                cooperation(),
                new ExternalSupply(
                        v.number("external.housing_wait_days_mean"),
                        v.number("external.care_wait_days_mean")),
                new Aftercare(
                        v.number("aftercare.follow_up_days"),
                        v.number("aftercare.self_report_probability"),
                        v.number("aftercare.self_report_days_mean"),
                        v.number("aftercare.toezicht_signal_probability"),
                        recidive()),
                detentiefasering(),
                new SimulationSettings(v.number("simulation.warmup_days")));
    }

    private Population population() {
        List<Population.AgeBand> ages = new ArrayList<>();
        for (int i = 0; i < v.size("population.age_bands"); i++) {
            String at = "population.age_bands[" + i + "].";
            ages.add(new Population.AgeBand(v.text(at + "label"), v.number(at + "share")));
        }
        return new Population(
                v.number("population.inflow_per_year"),
                stayBins("population.stay_days"),
                v.number("population.women_share"),
                ages,
                v.number("population.hvb_share"),
                stayBins("population.hvb_stay_days"),
                v.number("population.hvb_conviction_share"),
                v.number("population.hvb_schorsing_share"),
                v.number("population.sudden_release_share_schorsing"),
                v.number("population.sudden_release_share_trial"),
                v.number("population.sudden_release_share_sentenced"),
                v.number("population.lvb_share"),
                v.number("population.toezicht_share"),
                v.number("population.decline_probability"));
    }

    private List<Population.StayBin> stayBins(String list) {
        List<Population.StayBin> stay = new ArrayList<>();
        for (int i = 0; i < v.size(list); i++) {
            String at = list + "[" + i + "].";
            stay.add(new Population.StayBin(v.number(at + "from"), v.number(at + "to"), v.number(at + "share")));
        }
        return stay;
    }

    private Needs needs() {
        Map<Basisvoorwaarde, NeedSpec> domains = new EnumMap<>(Basisvoorwaarde.class);
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            String at = "needs." + b.key() + ".";
            domains.put(b, new NeedSpec(
                    v.number(at + "prevalence"),
                    Partner.fromKey(v.text(at + "lead")),
                    v.number(at + "hours"),
                    v.number(at + "lead_time_days"),
                    v.bool(at + "in_person"),
                    NeedSpec.ExternalKind.valueOf(v.text(at + "external").toUpperCase(Locale.ROOT)),
                    v.number(at + "release_window_days"),
                    new NeedSpec.Arising(
                            v.number(at + "arising.at_admission"),
                            v.number(at + "arising.after_days"),
                            v.number(at + "arising.after_probability"),
                            v.number(at + "arising.per_year")),
                    v.bool(at + "requires_address")));
        }
        return new Needs(v.number("needs.correlation"), v.number("needs.lvb_hours_factor"),
                v.number("needs.report_days_mean"), domains);
    }

    private Aftercare.Recidive recidive() {
        Map<Basisvoorwaarde, Double> ratios = new EnumMap<>(Basisvoorwaarde.class);
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            ratios.put(b, v.number("aftercare.recidive.hazard_ratio." + b.key()));
        }
        return new Aftercare.Recidive(v.number("aftercare.recidive.baseline_2y"), ratios);
    }

    private Detentiefasering detentiefasering() {
        String at = "detentiefasering.";
        return new Detentiefasering(
                v.bool(at + "wet_straffen_en_beschermen"),
                new Detentiefasering.Verlof(
                        v.number(at + "verlof.min_stay_days"),
                        v.number(at + "verlof.served_share"),
                        v.number(at + "verlof.last_phase_days"),
                        v.number(at + "verlof.interval_days"),
                        v.number(at + "verlof.untargeted_use_probability")),
                new Detentiefasering.Vi(
                        v.number(at + "vi.min_stay_days"),
                        v.number(at + "vi.advice_hours"),
                        v.number(at + "vi.request_days_before_release"),
                        v.number(at + "vi.decision_days_before_release")));
    }

    private List<Region> regions() {
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < v.size("regions"); i++) {
            String at = "regions[" + i + "].";
            regions.add(new Region(v.text(at + "name"), v.number(at + "inflow_share"), v.number(at + "x_km"),
                    v.number(at + "y_km")));
        }
        return regions;
    }

    private List<Prison> prisons() {
        List<Prison> prisons = new ArrayList<>();
        for (int i = 0; i < v.size("prisons"); i++) {
            String at = "prisons[" + i + "].";
            prisons.add(new Prison(v.text(at + "name"), v.text(at + "region"), v.integer(at + "places"),
                    v.bool(at + "women")));
        }
        return prisons;
    }

    private Staffing staffing() {
        return new Staffing(
                Staffing.QueueDiscipline.valueOf(v.text("staffing.queue_discipline").toUpperCase(Locale.ROOT)),
                new Staffing.TimePressure(v.bool("staffing.time_pressure.enabled"),
                        v.number("staffing.time_pressure.half_backlog_days"),
                        v.number("staffing.time_pressure.min_share")),
                pool(Partner.CASEMANAGER), pool(Partner.GEMEENTE), pool(Partner.RECLASSERING),
                new Staffing.Absence(v.number("staffing.casemanager_absence.share"),
                        v.number("staffing.casemanager_absence.episode_days")));
    }

    private Staffing.PoolSpec pool(Partner partner) {
        String at = "staffing." + partner.key() + ".";
        return new Staffing.PoolSpec(v.number(at + "fte"), v.number(at + "productive_hours_per_week"),
                v.bool(at + "unlimited"));
    }

    private Activities activities() {
        return new Activities(hours("intake"), hours("plan"), hours("mdo"), hours("alignment"), hours("information"),
                v.number("activities.hours_cv"));
    }

    private Activities.Hours hours(String activity) {
        String at = "activities." + activity + ".";
        return new Activities.Hours(v.number(at + Partner.CASEMANAGER.key()), v.number(at + Partner.GEMEENTE.key()),
                v.number(at + Partner.RECLASSERING.key()));
    }

    private Cooperation cooperation() {
        String at = "cooperation.";
        return new Cooperation(
                v.number(at + "detection_probability"),
                v.number(at + "detection_probability_lvb"),
                v.number(at + "detection_time_elasticity"),
                v.number(at + "scil_share"),
                v.number(at + "information_loss_probability"),
                v.number(at + "gemeente_willingness"),
                v.number(at + "regie_clarity"),
                v.number(at + "regie_time_elasticity"),
                v.number(at + "regie_stall_days_mean"),
                v.bool(at + "absent_lead_loses_regie"),
                v.number(at + "distant_travel_hours"),
                v.number(at + "video_share"),
                v.number(at + "sudden_release_filing_probability"),
                v.number(at + "co_location"),
                v.number(at + "co_location_delay_factor"),
                v.number(at + "co_location_participation"),
                v.number(at + "work_process_variation_cv"),
                v.number(at + "transfer_plan_delay_days_mean"),
                v.number(at + "transfer_plan_loss_probability"));
    }
}
