package nl.ketensim.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.model.PersonProfile;
import umontreal.ssj.rng.MRG32k3a;

/**
 * Selects dossiers as the Inspectie's dossierstudie does: each PI supplies {@code perPi} persons
 * released 6 to 24 months before the end of the run (drawn at random from the seed), and from all
 * supplied a greedy rule picks {@code select} for variety. Each step adds the candidate whose
 * attributes are rarest among those already picked: the score is the sum over the attributes PI,
 * age band, placed in the home region or not, number of needs (0-1, 2-3, 4+), toezicht, stay (up
 * to 3 months, 3-12, over 12) and legal status (huis van bewaring or sentenced) of
 * {@code 1/(1+n)}, n the number already picked with the candidate's value, plus the mean of that
 * over the candidate's needs; ties go to the candidate supplied first (PI's in turn, each in its
 * random order). The same candidates and seed give the same selection.
 */
public final class DossierSelection {

    /** Days in the window's bounds: 6 and 24 months. */
    static final double WINDOW_FROM_DAYS = 365.0 / 2;
    static final double WINDOW_TO_DAYS = 2 * 365.0;

    private static final long M1 = 4294967087L;
    private static final long M2 = 4294944443L;

    private DossierSelection() { }

    /** Whether {@code p} counts for a run ending at {@code endDay}: admitted after time 0, released in the window. */
    public static boolean inWindow(PersonProfile p, double endDay) {
        double release = p.releaseDay();
        return p.admissionDay() > 0 && release >= endDay - WINDOW_TO_DAYS && release <= endDay - WINDOW_FROM_DAYS;
    }

    /**
     * The dossiers each PI supplies: up to {@code perPi} per PI, in {@code prisons} order, each
     * PI's drawn at random without replacement from its candidates (by admission order) with a
     * stream seeded from {@code seed}.
     */
    public static Map<String, List<Dossier>> supplied(List<Dossier> candidates, List<String> prisons, int perPi,
                                                      long seed) {
        MRG32k3a stream = stream(seed);
        Map<String, List<Dossier>> supplied = new LinkedHashMap<>();
        for (String prison : prisons) {
            List<Dossier> pool = new ArrayList<>(candidates.stream()
                    .filter(d -> d.person().prison().equals(prison))
                    .sorted(java.util.Comparator.comparingInt(d -> d.person().number()))
                    .toList());
            List<Dossier> drawn = new ArrayList<>();
            while (drawn.size() < perPi && !pool.isEmpty()) {
                drawn.add(pool.remove(stream.nextInt(0, pool.size() - 1)));
            }
            supplied.put(prison, drawn);
        }
        return supplied;
    }

    /** The greedy max-variety choice of {@code select} among the supplied dossiers, in the order chosen. */
    public static List<Dossier> choose(Map<String, List<Dossier>> supplied, int select) {
        List<Dossier> order = new ArrayList<>();
        int longest = supplied.values().stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<Dossier> list : supplied.values()) {
                if (i < list.size()) {
                    order.add(list.get(i));
                }
            }
        }
        List<Dossier> chosen = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        while (chosen.size() < select && !order.isEmpty()) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < order.size(); i++) {
                double score = score(order.get(i).person(), counts);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            Dossier pick = order.remove(best);
            chosen.add(pick);
            for (String value : values(pick.person())) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        return chosen;
    }

    private static double score(PersonProfile p, Map<String, Integer> counts) {
        double score = 0;
        double needs = 0;
        for (String value : values(p)) {
            double rarity = 1.0 / (1 + counts.getOrDefault(value, 0));
            if (value.startsWith("need=")) {
                needs += rarity / p.needs().size();
            } else {
                score += rarity;
            }
        }
        return score + needs;
    }

    /** The attribute values the variety rule looks at, as {@code attribute=value}. */
    static List<String> values(PersonProfile p) {
        List<String> values = new ArrayList<>(List.of(
                "pi=" + p.prison(),
                "age=" + p.ageBand(),
                "home=" + p.inHomeRegion(),
                "needs=" + needsClass(p.needs().size()),
                "toezicht=" + p.toezicht(),
                "stay=" + stayClass(p.stayDays()),
                "hvb=" + p.hvb()));
        for (Basisvoorwaarde b : p.needs()) {
            values.add("need=" + b.key());
        }
        return values;
    }

    /** Number of needs as a class: 0-1, 2-3, 4+. */
    static String needsClass(int needs) {
        return needs <= 1 ? "0-1" : needs <= 3 ? "2-3" : "4+";
    }

    /** Length of stay as a class: up to 3 months, 3-12 months, over 12 months. */
    static String stayClass(double stayDays) {
        return stayDays <= 365.0 / 4 ? "<=3m" : stayDays <= 365.0 ? "3-12m" : ">12m";
    }

    /** The selection's own stream: independent of the model's streams, reproducible from the seed. */
    private static MRG32k3a stream(long seed) {
        long low = seed & 0xffffffffL;
        long high = seed >>> 32;
        synchronized (nl.ketensim.model.RandomStreams.class) { // the constructor moves SSJ's shared package seed
            MRG32k3a stream = new MRG32k3a();
            stream.setSeed(new long[] {low % M1, high % M1, 54321, low % M2, high % M2, 54321});
            return stream;
        }
    }

    /**
     * The scenario's PI matching {@code requested}: the same name, or "PI " and the name, ignoring
     * case; null when none.
     */
    public static String matchPrison(String requested, List<String> prisons) {
        String wanted = requested.trim().toLowerCase(Locale.ROOT);
        for (String prison : prisons) {
            String name = prison.toLowerCase(Locale.ROOT);
            if (name.equals(wanted) || name.equals("pi " + wanted)) {
                return prison;
            }
        }
        return null;
    }
}
