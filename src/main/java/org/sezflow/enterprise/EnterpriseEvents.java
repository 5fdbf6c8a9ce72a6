package org.sezflow.enterprise;

import java.util.Optional;

import org.sezflow.system.IdempotentRequests;
import org.sezflow.system.ProblemException.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the enterprises' systems send: each request is checked on its own, then against the
 * enterprise under its lock (a message its process does not wait for is 409 naming its status),
 * then delivered to the process, whose step stores it; all in one transaction, so a refusal changes
 * nothing. With an Idempotency-Key, the same request again gets the first answer and changes
 * nothing; a different request under the key is 409.
 */
@Service
public class EnterpriseEvents {

  private final EnterpriseRecords records;
  private final EnterpriseProcess process;
  private final IdempotentRequests requests;
  private final TransactionTemplate transaction;

  EnterpriseEvents(EnterpriseRecords records, EnterpriseProcess process, IdempotentRequests requests,
      PlatformTransactionManager transactions) {
    this.records = records;
    this.process = process;
    this.requests = requests;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Returns whether the request repeated an earlier one (nothing new was done). */
  public boolean send(String reference, EnterpriseRequests request, String client, String idempotencyKey,
      String requestHash) {
    InvalidEnterpriseRequestException.throwIfAny(request.problems());
    return Boolean.TRUE.equals(transaction.execute(status -> {
      if (idempotencyKey != null) {
        Optional<IdempotentRequests.Entry> earlier = requests.find(client, idempotencyKey);
        if (earlier.isPresent()) {
          return replay(earlier.get(), requestHash);
        }
      }
      ZoneEnterprise enterprise = records.lock(reference);
      if (!process.awaits(reference, request.message())) {
        throw new EnterpriseConflictException("reference", "Zone enterprise " + reference + " is "
            + enterprise.status() + " and does not wait for " + describe(request.message()) + " now");
      }
      if (idempotencyKey != null) {
        try {
          requests.insert(client, idempotencyKey, requestHash, reference);
        } catch (DuplicateKeyException sameRequestMeanwhile) {
          status.setRollbackOnly();
          return replay(requests.find(client, idempotencyKey).orElseThrow(), requestHash);
        }
      }
      try {
        process.signal(reference, request.message(), request.inputs());
      } catch (InvalidEnterpriseRequestException refused) {
        throw new InvalidEnterpriseRequestException(refused.getErrors().stream()
            .map(p -> new FieldProblem(EnterpriseRequests.apiField(p.field()), p.message())).toList());
      } catch (EnterpriseConflictException refused) {
        // The step names its input; the client sent the body's field.
        FieldProblem problem = refused.getErrors().get(0);
        throw new EnterpriseConflictException(EnterpriseRequests.apiField(problem.field()), problem.message());
      }
      return false;
    }));
  }

  private static boolean replay(IdempotentRequests.Entry earlier, String requestHash) {
    if (!earlier.sameRequest(requestHash)) {
      throw new EnterpriseConflictException(IdempotentRequests.HEADER, IdempotentRequests.REUSED);
    }
    return true;
  }

  private static String describe(EnterpriseProcess.Message message) {
    return switch (message) {
      case MILESTONE_REPORTED -> "a milestone report";
      case EXTENSION_REQUESTED -> "an extension request";
      case SHOW_CAUSE_ANSWERED -> "an answer to a show-cause notice";
      case PROGRESS_REPORT_SUBMITTED -> "a progress report";
      case REPORT_QUERY_ANSWERED -> "an answer to a question on its progress report";
    };
  }
}
