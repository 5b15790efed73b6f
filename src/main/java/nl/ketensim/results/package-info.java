/**
 * What a replication measured, independent of the engine that measured it: the result records
 * ({@link nl.ketensim.results.Metric}, {@link nl.ketensim.results.SeriesPoint},
 * {@link nl.ketensim.results.ReplicationResult}) and the typed names in them, declared once: the
 * population groups, each in a {@link nl.ketensim.results.GroupDimension}
 * ({@link nl.ketensim.results.Group}); the metric families with their unit and Dutch and English
 * labels ({@link nl.ketensim.results.MetricFamily}), whose parts range over a
 * {@link nl.ketensim.results.Dimension} (a domain vocabulary, or names from scenario data); and the
 * names built from them and parsed back from files ({@link nl.ketensim.results.MetricName}). A
 * label may quote a scenario value ({@link nl.ketensim.results.ScenarioValues}). The model writes
 * these; experiment, stats, output and report read them without depending on the model or SSJ.
 */
package nl.ketensim.results;
