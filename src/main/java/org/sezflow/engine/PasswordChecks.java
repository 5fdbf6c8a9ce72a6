package org.sezflow.engine;

/**
 * Who may try a password now: the engine's identity provider asks before it checks one and reports
 * each result (implemented by the login throttle, which keeps the failures in the database).
 */
public interface PasswordChecks {

  /** The client (remote address) of the request being served. */
  String currentClient();

  boolean refuses(String client, String userId);

  void failed(String client, String userId);

  void succeeded(String client, String userId);

  /** An administrator's password reset lifts the account's blocks. */
  void unlock(String userId);
}
