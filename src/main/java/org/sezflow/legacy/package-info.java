/**
 * What exists only for running instances of older model versions: jv-proposal version 1.0 (its
 * "Review at JWG" and "Decide at JCC" tasks, the JCC decision by message, a deferral's timer; model
 * in {@code src/test/resources/legacy/}) and the versions before each "Reject proposal" task passed
 * its {@code rejectingStep} and before the SLA bean was named {@code slaPolicy}.
 *
 * <p>Removal condition: delete this package, the names and ids of {@link
 * org.sezflow.variables.OlderModels} and the code that reads them (each use names {@code OlderModels})
 * once no instance of those versions runs, that is when this query returns 0 in production:
 *
 * <pre>
 * SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_
 *  WHERE e.PARENT_ID_ IS NULL AND d.KEY_ = 'jv-proposal'
 *    AND d.VERSION_ &lt; (SELECT MIN(VERSION_) FROM ACT_RE_PROCDEF
 *                        WHERE KEY_ = 'jv-proposal' AND VERSION_TAG_ = '2.0')
 * </pre>
 *
 * (Version 2.0 is the first whose reject tasks pass {@code rejectingStep} and whose expressions name
 * {@code slaPolicy}; 2.1 and later have the same.) Cockpit's process definition view shows the same: instances per version.
 * Migrating those instances to 2.0 in Cockpit is the other way to meet the condition.
 */
package org.sezflow.legacy;
