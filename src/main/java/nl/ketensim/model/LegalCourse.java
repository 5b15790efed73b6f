package nl.ketensim.model;

/**
 * A person's legal status at admission and how the stay ends, drawn at admission.
 *
 * @param hvb            entered in voorlopige hechtenis (huis van bewaring), else sentenced
 * @param stayDays       length of the whole stay (days): the sentence, the days in remand, or the days
 *                       in remand followed by the remaining sentence
 * @param suddenRelease  the release date is not known in advance
 * @param transfer       the conviction and transfer to a gevangenis; null when none
 */
record LegalCourse(boolean hvb, double stayDays, boolean suddenRelease, Transfer transfer) { }
