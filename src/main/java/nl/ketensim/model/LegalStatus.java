package nl.ketensim.model;

import nl.ketensim.scenario.Cooperation;
import nl.ketensim.scenario.Population;
import umontreal.ssj.rng.RandomStream;

/**
 * Draws a person's {@link LegalCourse}: sentenced at admission (a stay from the sentence histogram),
 * or voorlopige hechtenis (days in remand from its own histogram) that ends by schorsing before
 * trial, by release at trial, or by conviction to a remaining sentence (the sentence histogram again)
 * served after a transfer to a gevangenis. Whether the release comes suddenly depends on that
 * stage. Every draw takes {@link #UNIFORMS} uniforms from the stream whatever the outcome, so that
 * scenarios compared under common random numbers stay in step; the replay of the past before time 0
 * takes only the {@link #STAY_UNIFORMS} of a stay for those released before 0.
 */
final class LegalStatus {

    /** Uniforms per draw: status, sentence, remand, conviction, stage, sudden release, plan delay, plan loss. */
    static final int UNIFORMS = 8;
    /** The first uniforms of a draw, all its length of stay depends on: status, sentence, remand, conviction. */
    static final int STAY_UNIFORMS = 4;
    /** Uniforms of a length-biased stay: kind of stay, which part of a convicted stay is biased, the two parts. */
    static final int LENGTH_BIASED_UNIFORMS = 4;

    private final Population population;
    private final Cooperation cooperation;
    private final StayDistribution sentences;
    private final StayDistribution remands;
    private final double[] u = new double[UNIFORMS];
    private final double[] v = new double[LENGTH_BIASED_UNIFORMS];

    LegalStatus(Population population, Cooperation cooperation) {
        this.population = population;
        this.cooperation = cooperation;
        this.sentences = new StayDistribution(population.stayDays());
        this.remands = new StayDistribution(population.hvbStayDays());
    }

    /** Draws the legal course of one admission from {@code stream}. */
    LegalCourse draw(RandomStream stream) {
        stream.nextArrayOfDouble(u, 0, UNIFORMS);
        return courseOfLastDraw();
    }

    /**
     * Draws only the first {@link #STAY_UNIFORMS} uniforms of a course from {@code stream} (status,
     * sentence, remand, conviction) and returns the length of that stay (days): all the replay of the
     * past needs for the many released before time 0, without the other uniforms and the objects of a
     * course. {@link #completeCourse} draws the rest for one detained at time 0.
     */
    double drawStayDays(RandomStream stream) {
        stream.nextArrayOfDouble(u, 0, STAY_UNIFORMS);
        return stayOfLastDraw();
    }

    /**
     * Draws the remaining uniforms of the course whose stay {@link #drawStayDays} drew, in the order
     * {@link #draw} takes them, and returns that course.
     */
    LegalCourse completeCourse(RandomStream stream) {
        stream.nextArrayOfDouble(u, STAY_UNIFORMS, UNIFORMS - STAY_UNIFORMS);
        return courseOfLastDraw();
    }

    /**
     * Draws a whole stay (days) in proportion to its length, density {@code s f(s) / E[S]}: the stay of
     * a person found detained at a random moment of the steady state ({@link #LENGTH_BIASED_UNIFORMS}
     * uniforms). The kinds of stay (sentenced; voorlopige hechtenis ended before or at trial; remand
     * plus a remaining sentence) weigh by share times mean stay; a remand-plus-sentence stay is biased
     * in one part, the remand with probability its share of the mean, the other part drawn as usual,
     * which gives exactly the length bias of their sum.
     */
    double drawLengthBiasedStay(RandomStream stream) {
        stream.nextArrayOfDouble(v, 0, LENGTH_BIASED_UNIFORMS);
        double sentence = sentences.mean();
        double remand = remands.mean();
        double hvb = population.hvbShare();
        double convicted = population.hvbConvictionShare();
        double sentencedWeight = (1 - hvb) * sentence;
        double releasedWeight = hvb * (1 - convicted) * remand;
        double total = sentencedWeight + releasedWeight + hvb * convicted * (remand + sentence);
        double pick = v[0] * total;
        if (pick < sentencedWeight) {
            return sentences.lengthBiasedInverse(v[2]);
        }
        if (pick < sentencedWeight + releasedWeight) {
            return remands.lengthBiasedInverse(v[2]);
        }
        return v[1] * (remand + sentence) < remand
                ? remands.lengthBiasedInverse(v[2]) + sentences.inverse(v[3])
                : remands.inverse(v[3]) + sentences.lengthBiasedInverse(v[2]);
    }

    /** The legal course of the last draw ({@link #draw} or {@link #completeCourse}). */
    private LegalCourse courseOfLastDraw() {
        double stayDays = stayOfLastDraw();
        boolean suddenAtSentenceEnd = u[5] < population.suddenReleaseShareSentenced();
        if (!hvb()) {
            return new LegalCourse(false, stayDays, suddenAtSentenceEnd, null);
        }
        if (convicted()) {
            Transfer transfer = new Transfer(remands.inverse(u[2]),
                    Variates.exponential(cooperation.transferPlanDelayDaysMean(), u[6]),
                    u[7] < cooperation.transferPlanLossProbability(), Double.NaN, Double.NaN);
            return new LegalCourse(true, stayDays, suddenAtSentenceEnd, transfer);
        }
        boolean schorsing = u[4] < population.hvbSchorsingShare();
        double sudden = schorsing ? population.suddenReleaseShareSchorsing() : population.suddenReleaseShareTrial();
        return new LegalCourse(true, stayDays, u[5] < sudden, null);
    }

    /**
     * The whole stay of the last draw (days): the sentence; or the days in remand, followed when
     * convicted by the remaining sentence.
     */
    private double stayOfLastDraw() {
        if (!hvb()) {
            return sentences.inverse(u[1]);
        }
        double remand = remands.inverse(u[2]);
        return convicted() ? remand + sentences.inverse(u[1]) : remand;
    }

    /** Whether the last draw entered in voorlopige hechtenis. */
    private boolean hvb() {
        return u[0] < population.hvbShare();
    }

    /** Whether the last draw, in voorlopige hechtenis, is convicted and transferred. */
    private boolean convicted() {
        return u[3] < population.hvbConvictionShare();
    }
}
