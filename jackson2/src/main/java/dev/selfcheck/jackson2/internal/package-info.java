/**
 * Serializers and deserializers of the Jackson 2 module, which hand the JSON text to the
 * library's own writers and readers.
 *
 * <p>Tier: internal. Nothing here is API; it may change in any release.
 */
package dev.selfcheck.jackson2.internal;
