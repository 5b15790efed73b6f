/**
 * The re-integration chain on SSJ: one {@link nl.ketensim.model.ChainSimulation} per replication
 * with its own {@link umontreal.ssj.simevents.Simulator} and named random streams
 * ({@link nl.ketensim.model.RandomStreams}).
 *
 * <p>Each justitiabele is a {@code Case} (its own release event) that passes the werkstroomschema:
 * intake (norm 10 days), D&amp;R-plan (norm 4 weeks), an MDO every 6 weeks, work on each need,
 * pre-release alignment (warme overdracht) and release. Staff time is taken from
 * {@link nl.ketensim.model.StaffPool}s (casemanagers per PI, gemeente and reclassering per
 * region) where work waits when all staff are busy. Stretches that use no shared resource
 * (information delay, regie stall, distance, release window, lead time, external supply) are
 * time stamps on a {@code NeedTask}, not events; at release, a missed need is attributed to the
 * stretch it was in (descriptive knelpunt). Outcomes are aggregated as the run goes
 * ({@code OutcomeCollector}), so memory does not grow with simulated time.
 *
 * <p>A replication's output is a {@link nl.ketensim.results.ReplicationResult}.
 *
 * <p>Time is in days; staff work in hours; staff in FTE.
 */
package nl.ketensim.model;
