package org.sezflow.proposal;

import java.util.Locale;

/** A code a form or the API gives for one of the submission's enums (country, language). */
final class Codes {

  private Codes() {}

  /** The constant the code names, in any case and with spaces around; null for none or an unknown code. */
  static <E extends Enum<E>> E parse(Class<E> type, String code) {
    if (code == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
