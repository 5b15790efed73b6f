/**
 * The closed vocabulary of the domain (basisvoorwaarden, knelpunten, chain partners), shared by
 * scenario, model and output, with Dutch and English labels.
 */
package nl.ketensim.domain;
