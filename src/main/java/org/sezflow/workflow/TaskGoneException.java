package org.sezflow.workflow;

import java.util.List;

import org.sezflow.system.ProblemException;
import org.springframework.http.HttpStatus;

/** The task's process ended while the request read it (a withdrawal at the same moment): nothing was done. */
class TaskGoneException extends ProblemException {

  TaskGoneException(String taskId) {
    super(HttpStatus.CONFLICT, "concurrent-change", "Concurrent change",
        "Task " + taskId + " was closed by another request at the same time; nothing was done",
        List.of(new ProblemException.FieldProblem("taskId", "was closed by another request at the same time")));
  }
}
