package nl.ketensim.model;

import java.util.function.Consumer;
import umontreal.ssj.rng.RandomStream;

/**
 * The replay of the past that gives the people detained at time 0: the survivors of a Poisson
 * stream of admissions over the longest possible stay before 0, which is exactly the stationary
 * population. To place each survivor with the occupancy they met, every admission of that stream
 * takes a place in time order and those released before 0 free it again at their release
 * ({@link PastReleases}); the persons already detained when the stream starts, one longest stay
 * before 0, are drawn from the stationary law itself ({@link AdmissionSampler#drawDetainedCount},
 * {@link AdmissionSampler#drawRemainingStayDays}) and placed at that moment. The number detained
 * is thus stationary at every moment of the replay. Only which PI holds those drawn at the start
 * is approximate (they were placed into empty PI's, not the occupancy they met), and they are
 * released before 0; in the basis, of the about 9,000 detained at the start about 40 are left when
 * a stay of 1,095 days before 0 begins and none at 0 (the expected number left t days after the
 * start is the inflow per day times E[(S - t)+] for a stay S).
 */
final class PastReplay {

    private final AdmissionSampler sampler;
    private final RandomStream arrivalStream;
    private final PrisonSystem prisons;
    private final double inflowPerDay;
    private final PastReleases past;
    /** Time of the next admission of the past (days). */
    private double next;

    /**
     * Starts the replay one longest stay before 0: draws the persons detained at that moment and
     * places them, then the time of the first admission of the past.
     *
     * @param sampler       draws the people of the past and places them in {@code prisons}
     * @param arrivalStream the stream of the interarrival times of the past
     * @param inflowPerDay  admissions per day
     */
    PastReplay(AdmissionSampler sampler, RandomStream arrivalStream, PrisonSystem prisons, double inflowPerDay) {
        this.sampler = sampler;
        this.arrivalStream = arrivalStream;
        this.prisons = prisons;
        this.inflowPerDay = inflowPerDay;
        double start = -sampler.maximumStay();
        this.past = new PastReleases(start, inflowPerDay);
        int detained = sampler.drawDetainedCount(inflowPerDay);
        for (int i = 0; i < detained; i++) {
            past.add(start + sampler.drawRemainingStayDays(), sampler.placePast());
        }
        this.next = start + Variates.exponential(1.0 / inflowPerDay, arrivalStream.nextDouble());
    }

    /**
     * Replays the admissions of the past before {@code until} and the releases at or before it, so
     * that the places then hold exactly those detained at {@code until}. Each person admitted who is
     * still detained at 0 is placed, given their whole course and handed to {@code detainedAtZero}.
     *
     * @param until days, at most 0 and not decreasing from one call to the next; the replay ends with 0
     */
    void replayUntil(double until, Consumer<Justitiabele> detainedAtZero) {
        while (next < until) {
            double t = next;
            double stayDays = sampler.drawStayDays(); // not the whole course for the many released before 0
            past.releaseUntil(t, prisons);
            if (t + stayDays > 0) {
                detainedAtZero.accept(sampler.admit(t, sampler.completeCourse()));
            } else {
                past.add(t + stayDays, sampler.placePast());
            }
            next += Variates.exponential(1.0 / inflowPerDay, arrivalStream.nextDouble());
        }
        past.releaseUntil(until, prisons);
    }
}
