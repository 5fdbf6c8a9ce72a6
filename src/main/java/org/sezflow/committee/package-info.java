/**
 * The JWG's and the JCC's sessions (issue 13). A proposal that is ready for a committee (JWG:
 * consultations complete; JCC: endorsed by the JWG, or deferred by the JCC) starts waiting for it
 * ({@code sez_committee_waiting}); the earliest scheduled session whose agenda cut-off has not
 * passed gathers it onto its agenda, and a session scheduled later gathers every proposal still
 * waiting. The secretariat adds a waiting proposal with a reason, or removes an item with a reason
 * (the proposal then goes to the next session), until it freezes the agenda. It records the
 * session's decisions, all of a request or none, and closes the session, which hands each decided
 * item back for delivery to its proposal. A proposal is on at most one open session of a committee
 * (the database's unique {@code open_key}); a withdrawn proposal leaves every open agenda. A wait
 * that no open agenda has taken up for more working days than the SLA allows is flagged once
 * ({@code sez_committee_wait_flag}, by the SLA sweep in {@code workflow}), and each committee's
 * waiting proposals are listed with their flags for the secretariat and the managers.
 *
 * <p>This package keeps the records and their rules, without the engine. The session's own process,
 * the proposal's wait for its session and the delivery of decisions by message correlation belong
 * to {@code workflow}; the API to a controller here.
 */
package org.sezflow.committee;
