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
 * scenarios compared under common random numbers stay in step.
 */
final class LegalStatus {

    /** Uniforms per draw: status, sentence, remand, conviction, stage, sudden release, plan delay, plan loss. */
    static final int UNIFORMS = 8;

    private final Population population;
    private final Cooperation cooperation;
    private final StayDistribution sentences;
    private final StayDistribution remands;
    private final double[] u = new double[UNIFORMS];

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
     * Draws the uniforms of one admission from {@code stream}, as {@link #draw} does, but returns only
     * the length of its stay (days): all the replay of the past needs for the many released before
     * time 0, without the objects of a course. {@link #courseOfLastDraw} gives the rest of that draw.
     */
    double drawStayDays(RandomStream stream) {
        stream.nextArrayOfDouble(u, 0, UNIFORMS);
        return stayOfLastDraw();
    }

    /** The legal course of the last draw ({@link #draw} or {@link #drawStayDays}). */
    LegalCourse courseOfLastDraw() {
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
        double sentence = sentences.inverse(u[1]);
        if (!hvb()) {
            return sentence;
        }
        double remand = remands.inverse(u[2]);
        return convicted() ? remand + sentence : remand;
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
