package nl.ketensim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Language;
import nl.ketensim.results.Group;
import nl.ketensim.results.GroupDimension;
import nl.ketensim.results.MetricFamily;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;

/**
 * Basisvoorwaarden at release from {@code summary.csv}: the share of releases with a need and the
 * share released without the basisvoorwaarde (metrics {@code need_share.<bv>} and
 * {@code without_at_release.<bv>}), and the latter split by pairs of groups.
 */
final class BasisvoorwaardenCharts {

    /** The file name of the chart of a group dimension, e.g. {@code basisvoorwaarden_verblijf}. */
    static String groupFile(GroupDimension d) {
        return "basisvoorwaarden_" + d.key();
    }

    private BasisvoorwaardenCharts() { }

    static Optional<Figure> atRelease(Results r, Language l) {
        CiBarChart bars = new CiBarChart();
        String need = Labels.pick(l, "met behoefte", "with a need");
        String without = Labels.pick(l, "niet geregeld bij ontslag", "not arranged at release");
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            String category = b.label(l);
            r.find(Group.ALL, MetricFamily.NEED_SHARE.of(b)).ifPresent(s -> bars.add(need, category, s.estimate()));
            r.find(Group.ALL, MetricFamily.WITHOUT_AT_RELEASE.of(b)).ifPresent(s -> bars.add(without, category, s.estimate()));
        }
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        String title = Labels.pick(l, "Basisvoorwaarden bij ontslag", "Basisvoorwaarden (basic conditions) at release");
        JFreeChart chart = bars.buildShares(title, Labels.pick(l, "Basisvoorwaarde", "Basisvoorwaarde (basic condition)"),
                Labels.pick(l, "Aandeel van alle ontslagen (%)", "Share of all releases (%)"),
                PlotOrientation.VERTICAL, r, l);
        String caption = Labels.pick(l,
                "Aandeel van alle ontslagen justitiabelen met een behoefte op elke basisvoorwaarde, en aandeel bij wie "
                        + "die basisvoorwaarde bij ontslag niet geregeld is (het verschil is wat wel geregeld werd); "
                        + "gemiddelde over de replicaties met 95%-betrouwbaarheidsinterval.",
                "Share of all released justitiabelen with a need on each basisvoorwaarde, and share released without "
                        + "it arranged (the difference was arranged); mean over replications with 95% confidence "
                        + "interval.");
        return Optional.of(new Figure("basisvoorwaarden", title, bars.series(), caption, chart));
    }

    static List<Figure> byGroups(Results r, Language l) {
        List<Figure> figures = new ArrayList<>();
        for (GroupDimension d : GroupDimension.splits()) {
            byGroup(r, l, d.groups(), groupFile(d)).ifPresent(figures::add);
        }
        return figures;
    }

    private static Optional<Figure> byGroup(Results r, Language l, List<Group> groups, String file) {
        CiBarChart bars = new CiBarChart();
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            for (Group group : groups) {
                r.find(group, MetricFamily.WITHOUT_AT_RELEASE.of(b))
                        .ifPresent(s -> bars.add(group.label(l), b.label(l), s.estimate()));
            }
        }
        if (bars.series().size() < 2) {
            return Optional.empty();
        }
        String split = String.join(Labels.pick(l, " en ", " and "), groups.stream().map(g -> g.label(l)).toList());
        String title = Labels.pick(l, "Niet geregeld bij ontslag: ", "Not arranged at release: ") + split;
        JFreeChart chart = bars.buildShares(title, Labels.pick(l, "Basisvoorwaarde", "Basisvoorwaarde (basic condition)"),
                Labels.pick(l, "Aandeel ontslagen in de groep zonder basisvoorwaarde (%)",
                        "Share of the group's releases without it (%)"),
                PlotOrientation.VERTICAL, r, l);
        String caption = Labels.pick(l,
                "Aandeel ontslagen justitiabelen bij wie de basisvoorwaarde bij ontslag niet geregeld is, voor "
                        + split + "; gemiddelde met 95%-betrouwbaarheidsinterval.",
                "Share of released justitiabelen without the basisvoorwaarde arranged at release, for " + split
                        + "; mean with 95% confidence interval.");
        return Optional.of(new Figure(file, title, bars.series(), caption, chart));
    }

    static String ciNote(Language l) {
        return Labels.pick(l, "foutbalken: 95%-betrouwbaarheidsinterval", "error bars: 95% confidence interval");
    }
}
