package org.sezflow.enterprise;

import java.util.List;
import java.util.Map;

/**
 * The {@code zone-enterprise} process as the enterprise services see it; implemented over Camunda
 * in the workflow package.
 */
public interface EnterpriseProcess {

  /** What the enterprise's system sends to the process over the API. */
  enum Message {
    MILESTONE_REPORTED,
    EXTENSION_REQUESTED,
    SHOW_CAUSE_ANSWERED,
    PROGRESS_REPORT_SUBMITTED,
    REPORT_QUERY_ANSWERED
  }

  /**
   * Starts the enterprise's process, with the reference as business key, as the application;
   * joins the caller's transaction. Returns the process instance's id.
   */
  String start(String reference);

  /** Whether the enterprise's process waits for this message now. */
  boolean awaits(String reference, Message message);

  /** Every message the enterprise's process waits for now (none once it ended). */
  List<Message> awaited(String reference);

  /** Delivers the message with its inputs (named as {@link EnterpriseFields} names them), as the application. */
  void signal(String reference, Message message, Map<String, Object> inputs);
}
