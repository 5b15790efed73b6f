package nl.ketensim.scenario;

/**
 * Detentiefasering: re-integratieverlof and voorwaardelijke invrijheidstelling (VI) under the
 * regime in force (README, "Verlof and VI").
 *
 * @param wetStraffenEnBeschermen the Wet straffen en beschermen applies (in force since 1 July
 *                                2021): verlof only once a D&amp;R-plan is made, always used for the
 *                                plan's in-person tasks; VI after a decision with a reclassering
 *                                advice. Without it, the regime before: verlof by time served, VI by
 *                                law with an advice only for persons under toezicht
 * @param verlof                  when re-integratieverlof is possible and what it is used for
 * @param vi                      which stays end in VI and what its advice costs
 */
public record Detentiefasering(boolean wetStraffenEnBeschermen, Verlof verlof, Vi vi) {

    /**
     * Re-integratieverlof: possible for a known release date after a stay of at least
     * {@code minStayDays}, from the later of {@code servedShare} of the stay served and
     * {@code lastPhaseDays} before release, then every {@code intervalDays} until release.
     *
     * @param minStayDays              shortest stay with verlof (days)
     * @param servedShare              share of the stay served before the first verlof (0..1)
     * @param lastPhaseDays            verlof only in this last part of the stay (days)
     * @param intervalDays             days between two verloven (days; &gt; 0)
     * @param untargetedUseProbability without the Wet straffen en beschermen, probability that a
     *                                 verlof not tied to a plan is used for an in-person task
     */
    public record Verlof(double minStayDays, double servedShare, double lastPhaseDays, double intervalDays,
                         double untargetedUseProbability) { }

    /**
     * Voorwaardelijke invrijheidstelling at release after a stay of at least {@code minStayDays}
     * with a known release date, and the reclassering advice that precedes the decision.
     *
     * @param minStayDays               shortest stay that ends in VI (days)
     * @param adviceHours               reclassering hours of one VI advice (hours)
     * @param requestDaysBeforeRelease  the advice is requested this long before release (days)
     * @param decisionDaysBeforeRelease the decision, the advice's deadline, this long before release (days)
     */
    public record Vi(double minStayDays, double adviceHours, double requestDaysBeforeRelease,
                     double decisionDaysBeforeRelease) { }
}
