package nl.ketensim.scenario;

import nl.ketensim.domain.Partner;

/**
 * Staff hours each activity of the werkstroomschema costs each partner. A partner with 0 hours
 * does not take part in that activity.
 *
 * @param intake    screening and integrale intake
 * @param plan      drawing up the D&R-plan
 * @param mdo       one MDO review
 * @param alignment pre-release alignment (warme overdracht)
 * @param information registering and sending the screening (casemanager) and taking it in and
 *                  acting on it (gemeente, reclassering)
 * @param hoursCv   coefficient of variation of the hours of any activity or task (log-normal
 *                  around the mean; 0 = deterministic)
 */
public record Activities(Hours intake, Hours plan, Hours mdo, Hours alignment, Hours information,
                         double hoursCv) {

    /**
     * Hours per partner for one activity (hours).
     */
    public record Hours(double casemanager, double gemeente, double reclassering) {

        /** The hours of one partner. */
        public double of(Partner partner) {
            return switch (partner) {
                case CASEMANAGER -> casemanager;
                case GEMEENTE -> gemeente;
                case RECLASSERING -> reclassering;
            };
        }
    }
}
