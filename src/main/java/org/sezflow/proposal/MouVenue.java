package org.sezflow.proposal;

public enum MouVenue {
  ONLINE,
  IN_PERSON,
  /** For example online in Pakistan and in person in China, as for the Smart SEZ imaging JV. */
  BOTH
}
