package org.sezflow.committee;

/** How a proposal came onto an agenda: gathered because it waited for the committee, or added by the secretariat with a reason. */
public enum ItemOrigin {
  GATHERED, ADDED
}
