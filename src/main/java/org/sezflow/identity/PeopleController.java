package org.sezflow.identity;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/**
 * The names behind the user ids that records carry (who decided, who claimed), for the pages that
 * show them. Officials, managers and administrators only: external systems learn no official's name.
 */
@RestController
@Tag(name = "People", description = "Names of the users the records name")
class PeopleController {

  private final People people;

  PeopleController(People people) {
    this.people = people;
  }

  @GetMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Name and group of each user id (at most 100), as people read them")
  Map<String, People.Person> find(
      @RequestParam(name = "id") @Size(min = 1, max = People.MAX_IDS, message = "must name from 1 to "
          + People.MAX_IDS + " users") List<String> ids) {
    return people.find(ids);
  }
}
