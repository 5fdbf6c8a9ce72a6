package org.sezflow.proposal;

/** Who holds a proposal, and so whose time passes: the government's (working days) or the sponsor's (days). */
public enum TimeHolder {
  GOVERNMENT,
  SPONSOR
}
