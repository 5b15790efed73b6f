package nl.ketensim.model;

/** Chooses which cases of a replication to observe, at their admission after time 0. */
@FunctionalInterface
public interface CaseTracer {

    /**
     * @param person the person just admitted and placed
     * @return the observer of this person's case, or {@link CaseObserver#NONE}
     */
    CaseObserver observe(PersonProfile person);
}
