/**
 * The selfcheck document format: JSON Schemas for questionnaires and responses, and a codec that
 * reads JSON and YAML into the model and writes canonical JSON.
 *
 * <p>Tier: public API. Start with {@link dev.selfcheck.schema.QuestionnaireCodec}.
 */
package dev.selfcheck.schema;
