package nl.ketensim.model;

/**
 * The transfer of a person convicted from voorlopige hechtenis to a gevangenis, drawn at admission
 * (docs/model.md, "Legal status and transfer"). The new PI is chosen by the {@link PlacementRule}
 * with the places free at the transfer; a new casemanager takes over.
 *
 * @param afterDays      days after admission of the conviction and transfer (the days in remand)
 * @param planDelayDays  days after the transfer at which the D&amp;R-plan and the information reach the
 *                       new casemanager
 * @param planLost       they never arrive: the new casemanager makes the plan again
 * @param regimeDraw     uniform of the new placement's national-regime choice ({@link PlacementRule})
 * @param choiceDraw     uniform choosing among the PI's with room at the transfer
 */
record Transfer(double afterDays, double planDelayDays, boolean planLost, double regimeDraw, double choiceDraw) {

    /** The same transfer with the placement uniforms drawn at admission. */
    Transfer placedBy(double regime, double choice) {
        return new Transfer(afterDays, planDelayDays, planLost, regime, choice);
    }
}
