package org.sezflow.system;

/**
 * What makes a text fit to store and show: well-formed Unicode (no unpaired surrogate, which no
 * valid UTF-8 can carry) and no control characters but tab, and line breaks where lines are allowed.
 */
public final class Texts {

  private Texts() {}

  /** Why the text is not fit to store, or null when it is. */
  public static String problem(String text, boolean multiline) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return "must be valid Unicode text (it holds an unpaired surrogate)";
      }
      if (Character.isLowSurrogate(c)) {
        return "must be valid Unicode text (it holds an unpaired surrogate)";
      }
      if (Character.isISOControl(c) && c != '\t' && !(multiline && (c == '\n' || c == '\r'))) {
        return multiline ? "must not contain control characters" : "must be one line without control characters";
      }
    }
    return null;
  }
}
