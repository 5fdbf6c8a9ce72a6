package org.sezflow.proposal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sezflow.proposal.ProposalJson.CommitteeView;
import org.sezflow.proposal.ProposalJson.ProposalView;
import org.sezflow.system.ConcurrentChangeException;
import org.sezflow.zone.PipelineStage;
import org.sezflow.zone.ZoneRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The proposal API's HTTP layer alone (no engine, no database): typed query parameters and event
 * bodies, and the problem JSON each mistake gets. Runs in seconds; the whole-application tests
 * (ProposalApiTest, BadInputCorpusTest) prove the same doors end to end.
 */
@Tag("slice")
@WebMvcTest(controllers = ProposalController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(org.sezflow.system.JsonConfigAccess.class)
class ProposalControllerSliceTest {

  @Autowired
  MockMvc mvc;

  @MockitoBean
  ApiSubmissions intake;

  @MockitoBean
  ProposalEvents events;

  @MockitoBean
  ProposalReads proposals;

  @MockitoBean
  ProposalViews views;

  @MockitoBean
  ZoneRegistry zones;

  @Test
  void searchPassesTypedFiltersAndDefaultsToTheService() throws Exception {
    when(zones.exists("AIIC")).thenReturn(true);
    when(proposals.search("AIIC", PipelineStage.MOU, ProposalStatus.IN_PROGRESS, 0, 20))
        .thenReturn(new ProposalPage(List.of(), 0, 20, 0));
    mvc.perform(get("/api/v1/proposals").param("zone", "AIIC").param("stage", "MOU").param("status", "IN_PROGRESS"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(20))
        .andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void everyBadSearchParameterIsNamedAtOnce() throws Exception {
    mvc.perform(get("/api/v1/proposals").param("zone", "XYZ").param("stage", "FOO").param("status", "DONE")
        .param("page", "-1").param("size", "abc"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field",
            Matchers.containsInAnyOrder("zone", "stage", "status", "page", "size")))
        .andExpect(jsonPath("$.errors[?(@.field == 'stage')].message",
            Matchers.contains(Matchers.startsWith("must be one of [SUBMITTED"))))
        .andExpect(jsonPath("$.errors[?(@.field == 'zone')].message",
            Matchers.contains("unknown zone code 'XYZ'")));
    verifyNoInteractions(proposals);
  }

  @Test
  void anEventGoesToTheServiceAsItsTypedBody() throws Exception {
    mvc.perform(post("/api/v1/proposals/JV-2026-000001/events/withdrawal").contentType(MediaType.APPLICATION_JSON)
        .content("{\"reason\": \"The Chinese partner left the venture\"}"))
        .andExpect(status().isOk());
    verify(events).send("JV-2026-000001", new ProposalEvent.Withdrawal("The Chinese partner left the venture"));
  }

  /**
   * A race the client lost (the database's lock wait or deadlock, the engine's optimistic lock,
   * raw or wrapped in the engine's persistence exception, a row of the same process deleted by
   * another node) is 409 with Retry-After: the same request may succeed when sent again.
   */
  @Test
  void aLostRaceIsAConflictWithAHintToRetry() throws Exception {
    List<RuntimeException> races = List.of(
        new org.springframework.dao.CannotAcquireLockException("Lock wait timeout exceeded"),
        new org.camunda.bpm.engine.OptimisticLockingException(
            "ENGINE-03005 Execution was updated by another transaction"),
        new org.camunda.bpm.engine.ProcessEnginePersistenceException("ENGINE-03083 flush failed",
            new java.sql.SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)),
        // The engine's flush finding a row another node's change of the same process deleted meanwhile.
        new org.camunda.bpm.engine.ProcessEnginePersistenceException("ENGINE-03004 flush failed",
            new java.sql.SQLIntegrityConstraintViolationException("Cannot add or update a child row: a foreign key "
                + "constraint fails (ACT_FK_EVENT_EXEC)", "23000", 1452)),
        new ConcurrentChangeException("JV-2026-000001"));
    for (RuntimeException race : races) {
      org.mockito.Mockito.doThrow(race).when(events).send(eq("JV-2026-000001"), any());
      mvc.perform(post("/api/v1/proposals/JV-2026-000001/events/withdrawal").contentType(MediaType.APPLICATION_JSON)
          .content("{\"reason\": \"The Chinese partner left the venture\"}"))
          .andExpect(status().isConflict())
          .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Retry-After",
              "1"))
          .andExpect(jsonPath("$.type").value("urn:sezflow:problem:concurrent-change"));
    }
  }

  /** A key given twice in a body is 400 naming it, not a 500 or one of the two kept silently. */
  @Test
  void aKeyGivenTwiceIsNamed() throws Exception {
    mvc.perform(post("/api/v1/proposals/JV-2026-000001/events/withdrawal").contentType(MediaType.APPLICATION_JSON)
        .content("{\"reason\": \"gone\", \"reason\": 42}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    verifyNoInteractions(events);
  }

  @Test
  void theJccDecisionEventIsRetiredWith410NamingWhatReplacedIt() throws Exception {
    mvc.perform(post("/api/v1/proposals/JV-2026-000001/events/jcc-decision").contentType(MediaType.APPLICATION_JSON)
        .content("{\"decision\": \"APPROVE\", \"minutes\": \"Item 7 of the 14th JCC\"}"))
        .andExpect(status().isGone())
        .andExpect(jsonPath("$.type").value("urn:sezflow:problem:event-retired"))
        .andExpect(jsonPath("$.errors[0].field").value("type"))
        .andExpect(jsonPath("$.detail", Matchers.containsString("/api/v1/committee-sessions/{id}/decisions")));
    mvc.perform(post("/api/v1/proposals/JV-2026-000001/events/jcc-decision"))
        .andExpect(status().isGone());
    verifyNoInteractions(events);
  }

  @Test
  void aFieldTheEventDoesNotHaveIsNamed() throws Exception {
    mvc.perform(post("/api/v1/proposals/JV-2026-000001/events/withdrawal").contentType(MediaType.APPLICATION_JSON)
        .content("{\"reason\": \"no longer needed\", \"decision\": \"APPROVE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("decision"))
        .andExpect(jsonPath("$.errors[0].message", Matchers.startsWith("is not a known field (fields: [reason]")));
    verify(events, never()).send(any(), any());
  }

  @Test
  void aNumberWhereAnEventWantsTextIsATypeError() throws Exception {
    mvc.perform(post("/api/v1/proposals/JV-2026-000001/events/withdrawal").contentType(MediaType.APPLICATION_JSON)
        .content("{\"reason\": 42}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"))
        .andExpect(jsonPath("$.errors[0].message").value("has the wrong type"));
    verify(events, never()).send(any(), any());
  }

  @Test
  void anUnknownEventTypeIs404AndNotJsonIs415() throws Exception {
    mvc.perform(post("/api/v1/proposals/JV-2026-000001/events/approval").contentType(MediaType.APPLICATION_JSON)
        .content("{}"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:sezflow:problem:event-type-not-found"));
    mvc.perform(post("/api/v1/proposals/JV-2026-000001/events/withdrawal").contentType(MediaType.TEXT_PLAIN)
        .content("reason"))
        .andExpect(status().isUnsupportedMediaType());
    verify(events, never()).send(eq("JV-2026-000001"), any());
  }

  @Test
  void aProposalShowsWhereItStandsWithItsCommitteeAndNullWhenItWaitsForNone() throws Exception {
    CommitteeStandings.Session session = new CommitteeStandings.Session(3, "JCC-14", "14th JCC",
        LocalDate.of(2026, 12, 10), "Islamabad", "SCHEDULED");
    when(views.view("JV-2026-000001")).thenReturn(viewWith(CommitteeView.of(new CommitteeStandings.Standing("JCC",
        Instant.parse("2026-11-20T06:00:00Z"), session, 42L, null))));
    when(views.view("JV-2026-000002")).thenReturn(viewWith(null));

    mvc.perform(get("/api/v1/proposals/JV-2026-000001"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.committee.committee").value("JCC"))
        .andExpect(jsonPath("$.committee.waitingSince").value("2026-11-20T06:00:00Z"))
        .andExpect(jsonPath("$.committee.session.id").value(3))
        .andExpect(jsonPath("$.committee.session.reference").value("JCC-14"))
        .andExpect(jsonPath("$.committee.session.citation").value("14th JCC"))
        .andExpect(jsonPath("$.committee.session.date").value("2026-12-10"))
        .andExpect(jsonPath("$.committee.session.venue").value("Islamabad"))
        .andExpect(jsonPath("$.committee.session.status").value("SCHEDULED"))
        .andExpect(jsonPath("$.committee.agendaItemId").value(42))
        .andExpect(jsonPath("$.committee.due").value("2026-12-10"))
        .andExpect(jsonPath("$.committee.note").value("On the agenda of the 14th JCC, 2026-12-10 in Islamabad"));
    mvc.perform(get("/api/v1/proposals/JV-2026-000002"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.committee").hasJsonPath())
        .andExpect(jsonPath("$.committee").value(Matchers.nullValue()));
  }

  private static ProposalView viewWith(CommitteeView committee) {
    return new ProposalView("JV-2026-000001", null, PipelineStage.JCC_DECISION, ProposalStatus.IN_PROGRESS, null,
        List.of(), committee, null, null, null, List.of(), null, null, null, null, null);
  }
}
