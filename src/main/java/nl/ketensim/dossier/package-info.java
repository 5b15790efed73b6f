/**
 * Simulated dossiers: the timelines of single justitiabelen recorded through the model's
 * {@link nl.ketensim.model.CaseObserver} hooks, selected as the Inspectie selects dossiers, and
 * written as text, CSV and HTML.
 */
package nl.ketensim.dossier;
