package org.sezflow.system;

/** The API's pages: their limits, and what a request outside them is told (constants, for bean validation). */
public final class Paging {

  private Paging() {}

  public static final int MAX_PAGE = 1_000_000;
  public static final int MAX_SIZE = 100;
  public static final String PAGE_RANGE = "must be a whole number from 0 to " + MAX_PAGE;
  public static final String SIZE_RANGE = "must be a whole number from 1 to " + MAX_SIZE;
}
