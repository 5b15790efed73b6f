package nl.ketensim.report;

import java.util.List;
import java.util.Optional;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Language;
import nl.ketensim.results.Group;
import nl.ketensim.results.MetricFamily;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;

/**
 * A person's path from {@code summary.csv} (issue 10): the share without each basisvoorwaarde
 * before detention, at release, 4 and 13 weeks after; and the indicative two-year recidive by group.
 */
final class TrajectoryCharts {

    private TrajectoryCharts() { }

    static Optional<Figure> path(Results r, Language l) {
        CiBarChart bars = new CiBarChart();
        List<MetricFamily> stages = List.of(MetricFamily.WITHOUT_AT_ADMISSION, MetricFamily.WITHOUT_AT_RELEASE,
                MetricFamily.WITHOUT_AFTER_4W, MetricFamily.WITHOUT_AFTER_13W);
        List<String> names = List.of(Labels.pick(l, "vóór detentie", "before detention"),
                Labels.pick(l, "bij ontslag", "at release"), Labels.pick(l, "na 4 weken", "after 4 weeks"),
                Labels.pick(l, "na 13 weken", "after 13 weeks"));
        for (int i = 0; i < stages.size(); i++) {
            String stage = names.get(i);
            for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
                r.find(Group.ALL, stages.get(i).of(b)).ifPresent(s -> bars.add(stage, b.label(l), s.estimate()));
            }
        }
        if (bars.series().size() < 2) {
            return Optional.empty();
        }
        String title = Labels.pick(l, "Basisvoorwaarden van vóór detentie tot 13 weken na ontslag",
                "Basisvoorwaarden from before detention to 13 weeks after release");
        JFreeChart chart = bars.buildShares(title, Labels.pick(l, "Basisvoorwaarde", "Basisvoorwaarde (basic condition)"),
                Labels.pick(l, "Aandeel van alle ontslagen zonder (%)", "Share of all releases without it (%)"),
                PlotOrientation.VERTICAL, r, l);
        String caption = Labels.pick(l,
                "Aandeel van alle ontslagen justitiabelen zonder de basisvoorwaarde: vlak vóór detentie (de "
                        + "toestand buiten), bij ontslag (na wat detentie kostte en de keten regelde), en 4 en 13 weken "
                        + "na ontslag (met nazorg); gemiddelde met 95%-betrouwbaarheidsinterval.",
                "Share of all released justitiabelen without the basisvoorwaarde: just before detention (the state "
                        + "outside), at release (after what detention cost and the chain arranged), and 4 and 13 weeks "
                        + "after release (with nazorg); mean with 95% confidence interval.");
        return Optional.of(new Figure("pad_basisvoorwaarden", title, bars.series(), caption, chart));
    }

    static Optional<Figure> recidive(Results r, Language l) {
        CiBarChart bars = new CiBarChart();
        String series = Labels.pick(l, "recidive 2 jaar (indicatief)", "2-year recidive (indicative)");
        for (Group group : Group.values()) {
            r.find(group, MetricFamily.RECIDIVE_2Y_INDICATIEF.of())
                    .ifPresent(s -> bars.add(series, group.label(l), s.estimate()));
        }
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        String title = Labels.pick(l, "Recidive binnen 2 jaar per groep — indicatief",
                "Recidive within 2 years by group — indicative (indicatief)");
        JFreeChart chart = bars.buildShares(title, Labels.pick(l, "Groep", "Group"),
                Labels.pick(l, "Aandeel ontslagen (%, indicatief)", "Share of releases (%, indicative)"),
                PlotOrientation.HORIZONTAL, r, l);
        String caption = Labels.pick(l,
                "Indicatief: verwachte recidive binnen 2 jaar uit een proportioneel-hazardmodel op de "
                        + "basisvoorwaarden die 4 weken na ontslag ontbreken; de basiskans is gekalibreerd op ~47% "
                        + "(WODC), de hazardratio's zijn schattingen (README, Indicative recidive). Geen voorspelling.",
                "Indicative: expected recidive within 2 years from a proportional-hazards model on the "
                        + "basisvoorwaarden missing 4 weeks after release; the baseline is calibrated to ~47% (WODC), the "
                        + "hazard ratios are estimates (README, Indicative recidive). Not a forecast.");
        // One series: no legend, so the figure names none.
        return Optional.of(new Figure("recidive_indicatief", title, List.of(), caption, chart));
    }
}
