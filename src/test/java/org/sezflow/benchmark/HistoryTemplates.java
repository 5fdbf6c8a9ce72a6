package org.sezflow.benchmark;

import static org.sezflow.variables.ProcessVariables.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.sezflow.zone.PipelineStage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ended proposals of every outcome, driven through the real application, whose rows
 * {@link HistoryCopies} copies to make years of history: allocated (a batch of happy-path
 * lifecycles through one JWG and one JCC session), rejected at screening, withdrawn by its
 * sponsor after the MoU was drafted, and lapsed when the MoU deadline passed unsigned.
 */
final class HistoryTemplates {

  /** One ended proposal to copy: its reference, its process instance and how it ended. */
  record Template(String reference, String processInstanceId, PipelineStage outcome) {}

  private HistoryTemplates() {}

  static List<Template> drive(ProcessEngine engine, JdbcTemplate jdbc, int port, String portalAuthorization)
      throws Exception {
    Lifecycles lifecycles = new Lifecycles(engine, 0.01);
    List<String> instances = new ArrayList<>(lifecycles.app(0, 3, () -> {}).processInstanceIds());

    String rejected = lifecycles.start("AIIC");
    lifecycles.complete(rejected, new Lifecycles.Step("ScreenProposal", Lifecycles.PMU, Map.of(SCREENING_DECISION,
        "REJECT", SCREENING_REASON, "The sector is not listed by the zone"), 1));
    instances.add(rejected);

    String withdrawn = lifecycles.start("DSEZ");
    List<Lifecycles.Step> steps = Lifecycles.toCommittees(Lifecycles.today());
    lifecycles.complete(withdrawn, steps.get(0));
    lifecycles.complete(withdrawn, steps.get(1));
    HttpResponse<String> withdrawal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
        "http://localhost:" + port + "/api/v1/proposals/" + reference(jdbc, withdrawn) + "/events/withdrawal"))
        .header("Authorization", portalAuthorization).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"The Chinese partner left the venture\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    if (withdrawal.statusCode() != 200) {
      throw new IllegalStateException("Withdrawal: " + withdrawal.statusCode() + " " + withdrawal.body());
    }
    instances.add(withdrawn);

    String lapsed = lifecycles.start("RSEZ");
    lifecycles.complete(lapsed, steps.get(0));
    lifecycles.complete(lapsed, steps.get(1));
    Job deadline = engine.getManagementService().createJobQuery().processInstanceId(lapsed).timers().singleResult();
    engine.getManagementService().executeJob(deadline.getId());
    instances.add(lapsed);

    List<Template> templates = new ArrayList<>();
    for (String instance : instances) {
      Map<String, Object> row = jdbc.queryForMap("SELECT reference, stage FROM sez_proposal "
          + "WHERE process_instance_id = ?", instance);
      if (engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).finished()
          .count() != 1) {
        throw new IllegalStateException("Template " + row + " has not ended");
      }
      templates.add(new Template((String) row.get("reference"), instance,
          PipelineStage.valueOf((String) row.get("stage"))));
    }
    return templates;
  }

  private static String reference(JdbcTemplate jdbc, String processInstanceId) {
    return jdbc.queryForObject("SELECT reference FROM sez_proposal WHERE process_instance_id = ?", String.class,
        processInstanceId);
  }
}
