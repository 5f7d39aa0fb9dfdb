/**
 * Implementation of the codec: parsing with limits and source positions, schema validation,
 * mapping between JSON trees and the model.
 *
 * <p>Tier: internal. Nothing here is API; it may change in any release.
 */
package dev.selfcheck.schema.internal;
