package org.sezflow.labels;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The labels of SEZ Flow's codes, for the pages and plugins that show them (any API user). */
@RestController
@Tag(name = "Labels", description = "The words people read for the API's codes")
class LabelController {

  @GetMapping(path = "/api/v1/labels", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Every code's label, per category: stage, status, step, outcome, zoneEvent, group, ...")
  ResponseEntity<Map<String, Map<String, String>>> labels() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(Labels.all());
  }
}
