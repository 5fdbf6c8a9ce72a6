package org.sezflow.proposal;

import java.util.Optional;

import org.sezflow.system.IdempotentRequests;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submissions through the REST API: validate, start the process with the reference as business
 * key, and answer a repeated request (same client, same Idempotency-Key or same own reference,
 * same body) with the first answer instead of a second proposal. The request's record, the
 * process start and the proposal's registration are one transaction, so a refused request leaves
 * nothing behind; the reference number is taken before it (see {@link ReferenceGenerator}).
 */
@Service
public class ApiSubmissions {

  /** @param replayed true when the request repeated an earlier one and nothing new was started */
  public record Result(String reference, boolean replayed) {}

  private final ProposalRegistration registration;
  private final ReferenceGenerator references;
  private final IdempotentRequests requests;
  private final ProposalProcess process;
  private final TransactionTemplate transaction;

  ApiSubmissions(ProposalRegistration registration, ReferenceGenerator references, IdempotentRequests requests,
      ProposalProcess process, PlatformTransactionManager transactions) {
    this.registration = registration;
    this.references = references;
    this.requests = requests;
    this.process = process;
    this.transaction = new TransactionTemplate(transactions);
  }

  public Result submit(String client, String idempotencyKey, String requestedReference, ProposalSubmission submission,
      String requestHash) {
    String key = idempotencyKey != null ? idempotencyKey
        : requestedReference != null ? "reference:" + requestedReference : null;
    boolean byHeader = idempotencyKey != null;
    if (key != null) {
      Optional<IdempotentRequests.Entry> earlier = requests.find(client, key);
      if (earlier.isPresent()) {
        return replay(earlier.get(), requestHash, byHeader);
      }
    }
    registration.validate(requestedReference, submission);
    String reference = requestedReference != null ? requestedReference : references.next();
    return transaction.execute(status -> {
      if (key != null) {
        try {
          requests.insert(client, key, requestHash, reference);
        } catch (DuplicateKeyException sameRequestMeanwhile) {
          // A concurrent twin committed first: give its answer and undo this attempt.
          status.setRollbackOnly();
          return replay(requests.find(client, key).orElseThrow(), requestHash, byHeader);
        }
      }
      process.start(reference, submission);
      return new Result(reference, false);
    });
  }

  private static Result replay(IdempotentRequests.Entry earlier, String requestHash, boolean byHeader) {
    if (!earlier.sameRequest(requestHash)) {
      throw byHeader
          ? new ProposalConflictException(IdempotentRequests.HEADER, IdempotentRequests.REUSED)
          : new ProposalConflictException("reference",
              "Reference " + earlier.proposalRef() + " was submitted with a different request");
    }
    return new Result(earlier.proposalRef(), true);
  }
}
