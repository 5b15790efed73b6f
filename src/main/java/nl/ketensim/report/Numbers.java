package nl.ketensim.report;

import java.text.NumberFormat;
import nl.ketensim.domain.Language;
import nl.ketensim.stats.IntervalEstimate;

/** Number formatting for report text: decimal comma in Dutch, point in English. */
final class Numbers {

    private Numbers() { }

    /** A share (0..1) as a percentage with one decimal, e.g. {@code 32,1%}. */
    static String percent(double share, Language l) {
        if (Double.isNaN(share)) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(ChartStyle.locale(l));
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(share * 100) + "%";
    }

    /** A number with sensible precision: whole from 100, else up to two decimals (three below 1). */
    static String number(double value, Language l) {
        if (Double.isNaN(value)) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(ChartStyle.locale(l));
        double abs = Math.abs(value);
        f.setMaximumFractionDigits(abs >= 100 ? 0 : abs >= 1 ? 2 : 3);
        return f.format(value);
    }

    /** "(95%-BI a–b)" / "(95% CI a–b)" for a share, or a note that there is no interval. */
    static String percentInterval(IntervalEstimate e, Language l) {
        if (!e.hasInterval()) {
            return Labels.pick(l, "(geen interval: één replicatie)", "(no interval: one replication)");
        }
        return Labels.pick(l, "(95%-BI ", "(95% CI ") + percent(e.low(), l) + "–" + percent(e.high(), l) + ")";
    }

    /** As {@link #percentInterval} for a plain number. */
    static String interval(IntervalEstimate e, Language l) {
        if (!e.hasInterval()) {
            return Labels.pick(l, "(geen interval: één replicatie)", "(no interval: one replication)");
        }
        return Labels.pick(l, "(95%-BI ", "(95% CI ") + number(e.low(), l) + "–" + number(e.high(), l) + ")";
    }

    /** "a – b" for table cells, empty without interval. */
    static String range(IntervalEstimate e, boolean share, Language l) {
        if (!e.hasInterval()) {
            return "";
        }
        return share ? percent(e.low(), l) + " – " + percent(e.high(), l) : number(e.low(), l) + " – " + number(e.high(), l);
    }
}
