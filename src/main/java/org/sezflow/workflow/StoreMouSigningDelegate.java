package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sezflow.forms.TaskInputRules;
import org.sezflow.proposal.MouSigning;
import org.sezflow.proposal.MouVenue;
import org.sezflow.proposal.ProposalReads;
import org.sezflow.proposal.ProposalSteps;
import org.sezflow.variables.CurrentStep;
import org.sezflow.variables.VariableValues;
import org.springframework.stereotype.Component;

/**
 * "Store MoU signing": stores the signing, whether the PMU entered it in Tasklist or the
 * e-signature system sent it as the MouSigned message, and sends the proposal to the JWG.
 */
@Component
public class StoreMouSigningDelegate implements JavaDelegate {

  /** The task whose form the e-signature system's values must meet. */
  static final String SIGNING_TASK = "RecordMouSigning";

  private final ProposalSteps proposals;
  private final ProposalReads reads;
  private final TaskInputRules inputRules;

  StoreMouSigningDelegate(ProposalSteps proposals, ProposalReads reads, TaskInputRules inputRules) {
    this.proposals = proposals;
    this.reads = reads;
    this.inputRules = inputRules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inputRules.checkEventFor(execution, SIGNING_TASK);
    String reference = CurrentStep.reference(execution);
    // The draft prepared in "Prepare MoU" is on the record; the e-signature system may name it too.
    String draft = VariableValues.string(execution, MOU_DRAFT_REFERENCE);
    MouSigning signing = new MouSigning(
        draft != null ? draft : reads.get(reference).mouDraftReference(),
        VariableValues.date(execution, MOU_SIGNED_ON),
        venue(VariableValues.string(execution, MOU_VENUE)),
        VariableValues.string(execution, MOU_SIGNATORIES),
        VariableValues.string(execution, MOU_WITNESSES));
    proposals.recordMouSigning(reference, signing, CurrentStep.of(execution));
  }

  private static MouVenue venue(String value) {
    if (value == null) {
      return null;
    }
    try {
      return MouVenue.valueOf(value.strip().toUpperCase());
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
