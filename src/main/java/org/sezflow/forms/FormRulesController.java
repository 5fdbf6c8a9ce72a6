package org.sezflow.forms;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The forms' browser-side rules (see {@link FormRules}), for Tasklist's SEZ Flow script. */
@RestController
@Tag(name = "Forms", description = "Rules the forms declare for the browser")
class FormRulesController {

  private final FormRules rules;

  FormRulesController(FormRules rules) {
    this.rules = rules;
  }

  @GetMapping(path = "/api/v1/form-rules", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Per form field id, the custom properties the forms declare (notAfter, acresInZone)")
  Map<String, Map<String, String>> rules() {
    return rules.all();
  }
}
