package nl.ketensim.model;

import java.util.function.DoubleConsumer;
import umontreal.ssj.simevents.Simulator;

/**
 * An activity of the werkstroomschema that costs hours of several partners (plan, MDO,
 * alignment): one work item per taking part partner, submitted at once, each waiting in its own
 * pool; the activity is done when its last part is done.
 */
final class JointActivity {

    private final DoubleConsumer onDone;
    private final Case owner;
    private int outstanding;

    /**
     * @param owner  the case the activity belongs to; parts become obsolete when it is released
     * @param onDone called with the completion time (days) when the last part is done
     */
    JointActivity(Case owner, DoubleConsumer onDone) {
        this.owner = owner;
        this.onDone = onDone;
    }

    /** Adds a part of {@code hours} at {@code pool}; call {@link #close} after the last part. */
    void addPart(Simulator sim, StaffPool pool, double hours, double deadline) {
        outstanding++;
        pool.submit(new Part(sim, hours, deadline));
    }

    /** Marks that all parts were added; completes at once when there were none. */
    void close(double now) {
        if (outstanding == 0) {
            onDone.accept(now);
        }
    }

    private final class Part extends WorkItem {

        Part(Simulator sim, double hours, double deadline) {
            super(sim, hours, deadline);
        }

        @Override
        protected boolean obsolete() {
            return owner.isReleased();
        }

        @Override
        protected void completed() {
            if (--outstanding == 0 && !owner.isReleased()) {
                onDone.accept(simulator().time());
            }
        }
    }
}
