package org.sezflow.proposal;

import java.util.List;

/** One page of proposals, newest first. */
public record ProposalPage(List<Proposal> items, int page, int size, long total) {}
