/**
 * Panels of respondents: the responses of several respondents to one questionnaire version, scored
 * each and described (route 1), combined answer by answer and scored once (route 2), with the
 * agreement of the respondents, results per group and a ranked workshop agenda.
 *
 * <p>Tier: public API. Start with {@link dev.selfcheck.panel.Panel} and
 * {@link dev.selfcheck.panel.PanelAnalysis}.
 */
package dev.selfcheck.panel;
