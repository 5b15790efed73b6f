package nl.ketensim.report;

import java.awt.Color;
import java.util.List;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;

/**
 * The one place where chart colours are chosen. Based on the Okabe–Ito palette, which stays
 * distinguishable for the common kinds of colour blindness; the ten knelpunten need two more
 * colours than it has, so the two greys differ by lightness (and get a dark outline in bars).
 * Every chart uses {@link #of(Knelpunt)} for a knelpunt and {@link #of(Partner)} for a staff pool,
 * so a colour means the same thing in every figure.
 */
public final class Palette {

    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color BLACK = new Color(0x000000);
    public static final Color GREY = new Color(0x999999);
    public static final Color LIGHT_GREY = new Color(0xDDDDDD);

    /** Series colours in order, for series that are not knelpunten or pools (groups, scenarios). */
    public static final List<Color> SERIES = List.of(BLUE, ORANGE, BLUISH_GREEN, VERMILLION, SKY_BLUE,
            REDDISH_PURPLE, YELLOW, BLACK);

    private Palette() { }

    /** The fixed colour of a knelpunt. */
    public static Color of(Knelpunt knelpunt) {
        return switch (knelpunt) {
            case KORT_VERBLIJF -> YELLOW;
            case ONVERWACHT_ONTSLAG -> SKY_BLUE;
            case CAPACITEIT_CASEMANAGER -> BLUISH_GREEN;
            case CAPACITEIT_GEMEENTE -> ORANGE;
            case CAPACITEIT_RECLASSERING -> BLUE;
            case INFORMATIEDELING -> VERMILLION;
            case ONDUIDELIJKE_REGIE -> REDDISH_PURPLE;
            case REGIONALE_PLAATSING -> BLACK;
            case EXTERNE_VOORZIENING -> GREY;
            case JUSTITIABELE -> LIGHT_GREY;
        };
    }

    /** The colour of a knelpunt key; grey for an unknown key. */
    public static Color ofKnelpunt(String key) {
        Knelpunt k = Knelpunt.fromKey(key);
        return k == null ? GREY : of(k);
    }

    /** The colour of a staff pool: that of its capacity knelpunt. */
    public static Color of(Partner partner) {
        return of(Knelpunt.capacityOf(partner));
    }

    /** The i-th series colour, cycling. */
    public static Color series(int i) {
        return SERIES.get(Math.floorMod(i, SERIES.size()));
    }

    /** Viridis-like sequential scale for heat maps: t in [0, 1] from dark blue to yellow. */
    public static Color sequential(double t) {
        Color[] stops = {new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962),
            new Color(0xFDE725)};
        double x = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t)) * (stops.length - 1);
        int i = Math.min((int) Math.floor(x), stops.length - 2);
        double f = x - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
