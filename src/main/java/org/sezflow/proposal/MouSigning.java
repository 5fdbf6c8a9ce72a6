package org.sezflow.proposal;

import java.time.LocalDate;

/** The signing of the MoU between the partners, from Tasklist or from the e-signature system. */
public record MouSigning(String draftReference, LocalDate signedOn, MouVenue venue, String signatories,
    String witnesses) {}
