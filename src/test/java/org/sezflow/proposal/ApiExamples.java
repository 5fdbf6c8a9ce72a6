package org.sezflow.proposal;

/** The API's documented examples, for tests outside this package. */
public final class ApiExamples {

  private ApiExamples() {}

  /** The example body of POST /api/v1/proposals, as the OpenAPI page shows it. */
  public static String submission() {
    return ProposalJson.EXAMPLE_REQUEST;
  }
}
