package org.sezflow.system;

import java.util.Collections;

/** Bind markers for an IN list: {@code "?, ?, ?"}. */
public final class SqlPlaceholders {

  private SqlPlaceholders() {}

  public static String of(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("An IN list needs at least one value");
    }
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
