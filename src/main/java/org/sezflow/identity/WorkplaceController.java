package org.sezflow.identity;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own workplace, for SEZ Flow's landing page (with the web app session) or any API user. */
@RestController
@Tag(name = "People", description = "Names of the users the records name")
class WorkplaceController {

  private final Workplace workplace;

  WorkplaceController(Workplace workplace) {
    this.workplace = workplace;
  }

  @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Who you are, the web apps your account opens and your open tasks (yours, your groups', overdue)")
  Workplace.View me(Authentication caller) {
    List<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    return workplace.of(caller.getName(), groups);
  }
}
