package org.sezflow.proposal;

/**
 * Published, in the transaction that records it, when a proposal's allotment letter makes it a
 * zone enterprise: the enterprise's monitoring starts in the same transaction, or neither happens.
 */
public record ProposalAllotted(String reference, StepContext step) {}
