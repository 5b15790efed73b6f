package nl.ketensim.scenario;

/**
 * Continuation of open work after release.
 *
 * @param followUpDays              the status after release is measured this many days later (days)
 * @param continuationWarm          probability (0..1) that a need still open at release is arranged
 *                                  by the follow-up date after a warme overdracht
 * @param continuationCold          the same without a warme overdracht
 */
public record Aftercare(double followUpDays, double continuationWarm, double continuationCold) { }
