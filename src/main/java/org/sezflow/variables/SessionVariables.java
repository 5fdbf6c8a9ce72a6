package org.sezflow.variables;

import java.util.Set;

import org.sezflow.committee.AgendaChange;
import org.sezflow.committee.Committee;

/**
 * Every process variable of {@code committee-session}, by name: the start form's fields, what
 * "Schedule session" sets for the tasks, the "Prepare agenda" and "Record decision" forms' fields.
 * A "Record decision" task shows its proposal under the names {@link ProcessVariables} gives them.
 */
public final class SessionVariables {

  private SessionVariables() {}

  public static final String PROCESS_KEY = "committee-session";
  /** Its "Prepare agenda" and "Record decision" user tasks, which the code looks up. */
  public static final String PREPARE_AGENDA_TASK = "PrepareAgenda";
  public static final String RECORD_DECISION_TASK = "RecordDecision";

  // "Close a committee session" (administrators): its start form's fields.
  public static final String CLOSE_PROCESS_KEY = "close-committee-session";
  public static final String SESSION_REFERENCE = "sessionReference";
  public static final String CLOSE_REASON = "closeReason";

  // The start form (Tasklist) or the API's body: the committee (JWG or JCC), the session's number
  // (empty: the next), its date and venue, and the cut-off date of its agenda.
  public static final String COMMITTEE = "committee";
  public static final String SESSION_NUMBER = "sessionNumber";
  public static final String SESSION_DATE = "sessionDate";
  public static final String VENUE = "venue";
  public static final String AGENDA_CUT_OFF = "agendaCutOff";

  // Set by "Schedule session": the session's record, how minutes cite it ("14th JCC") and the
  // committee's secretariat, the candidate group of every task.
  public static final String SESSION_ID = "sessionId";
  /** What a "Record decision" task decides: the JV proposal, or a zone enterprise's further extension. */
  public static final String AGENDA_MATTER = "agendaMatter";
  public static final String SESSION_CITATION = "sessionCitation";
  public static final String SECRETARIAT = "secretariat";

  // "Prepare agenda": the agenda as it is whenever the form is opened (read from the session's record
  // as the form loads, never stored: see PrepareAgendaForm), the items that may be taken off and the
  // waiting proposals that may be added (the options of its checklists), and the change (see AgendaChange).
  public static final String AGENDA_SUMMARY = "agendaSummary";
  public static final String AGENDA_ITEM_OPTIONS = "agendaItemOptions";
  public static final String WAITING_PROPOSAL_OPTIONS = "waitingProposalOptions";
  public static final String REMOVE_PROPOSAL_REFS = AgendaChange.REMOVE_PROPOSAL_REFS;
  public static final String REMOVE_REASON = AgendaChange.REMOVE_REASON;
  public static final String ADD_PROPOSAL_REFS = AgendaChange.ADD_PROPOSAL_REFS;
  public static final String ADD_REASON = AgendaChange.ADD_REASON;
  public static final String FREEZE_AGENDA = "freezeAgenda";
  /** The "Prepare agenda" task's output: whether the gateway after it goes on to "Freeze agenda". */
  public static final String FREEZE_REQUESTED = "freezeRequested";

  // "Freeze agenda": how many items the session decides; "Record decision": one per item.
  public static final String AGENDA_ITEMS = "agendaItems";
  public static final String ITEM_ID = "itemId";
  public static final String JWG_ITEM_DECISION = "jwgItemDecision";
  public static final String JCC_ITEM_DECISION = "jccItemDecision";
  public static final String MINUTES_REF = "minutesRef";
  /** The committee's reasons: required to send back, defer or reject. */
  public static final String DECISION_REASON = "decisionReason";

  /**
   * The variables a session's process keeps: what the model reads (the committee, whose forms hide
   * the other committee's choices; the date its deadlines count from; the session's record and
   * secretariat; the agenda's freeze and size; each decision task's item) and what Tasklist's task
   * cards show (the session's citation; a decision task's proposal, title and zone, task-local). What
   * a decision task shows beyond that its form loads from the records (forms' SessionItemForm).
   * The rest enters transient ({@link EnteringValues}): the start's number, venue and cut-off, and
   * each decision with its minutes and reasons go to the session's record. (An agenda change stays in
   * "Prepare agenda"'s own local variables, which the model declares so that each round starts empty.)
   */
  public static final Set<String> KEPT = Set.of(COMMITTEE, SESSION_DATE, SESSION_ID, SESSION_CITATION, SECRETARIAT,
      FREEZE_AGENDA, FREEZE_REQUESTED, AGENDA_ITEMS, ITEM_ID, ProcessVariables.PROPOSAL_REF,
      ProcessVariables.PROPOSAL_TITLE, ProcessVariables.ZONE_CODE);

  /** The "Record decision" form's field for the committee's decision (each shows only the committee's choices). */
  public static String decisionField(Committee committee) {
    return switch (committee) {
      case JWG -> JWG_ITEM_DECISION;
      case JCC -> JCC_ITEM_DECISION;
    };
  }
}
