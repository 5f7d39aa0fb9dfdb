/**
 * The architecture rules every selfcheck module holds, as one JUnit contract that each module's
 * {@code ArchitectureTest} extends (build-only, not published).
 */
package dev.selfcheck.architecture;
