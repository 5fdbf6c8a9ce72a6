package org.sezflow.workflow;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.sezflow.committee.Committee;
import org.sezflow.engine.EngineCallers;
import org.sezflow.engine.EngineCallers.Caller;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Who acts for a committee: its secretariat's members and the engine's administrators. What no
 * Camunda authorization can say (a session's committee is a variable of one process definition) is
 * checked here, for every door: the start of a session in Tasklist, in {@code /engine-rest} and
 * through the API. With no user (the engine itself, the application's own jobs) there is no one to check.
 */
@Component
class SessionAccess {

  private final ProcessEngine engine;

  SessionAccess(@Lazy ProcessEngine engine) {
    this.engine = engine;
  }

  boolean mayActFor(Committee committee) {
    Caller caller = EngineCallers.current(engine.getIdentityService());
    return caller == null || EngineCallers.isAdmin(engine) || caller.groupIds().contains(committee.secretariat());
  }

  /** Whether the calling user is an administrator (with no user, the engine or the application, there is no one to check). */
  boolean isAdministrator() {
    return EngineCallers.current(engine.getIdentityService()) == null || EngineCallers.isAdmin(engine);
  }

  void requireAdministrator() {
    if (!isAdministrator()) {
      String user = EngineCallers.current(engine.getIdentityService()).userId();
      throw new AuthorizationException("User '" + user + "' may not close a committee session: only administrators "
          + "close a session that cannot close by itself");
    }
  }

  void requireActFor(Committee committee) {
    if (!mayActFor(committee)) {
      String user = EngineCallers.current(engine.getIdentityService()).userId();
      throw new AuthorizationException("User '" + user + "' may not act for the " + committee + ": only its "
          + "secretariat (" + committee.secretariat() + ") schedules its sessions and records their decisions");
    }
  }
}
