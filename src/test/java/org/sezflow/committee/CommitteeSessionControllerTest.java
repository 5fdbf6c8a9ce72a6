package org.sezflow.committee;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sezflow.identity.ApiSecuritySlice;
import org.sezflow.identity.Groups;
import org.sezflow.system.JsonConfigAccess;
import org.sezflow.system.ProblemException.FieldProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * /api/v1/committee-sessions in a web slice: the controller over mocked services and process, the
 * API's security chain ({@link ApiSecuritySlice}) and problem JSON. Who may read, schedule and
 * decide; a secretariat acting for the other committee refused before anything is checked or
 * started; the typed bodies and each bad field named. {@code CommitteeSessionLifecycleTest} runs
 * the same requests against the whole application.
 */
@Tag("slice")
@WebMvcTest(CommitteeSessionController.class)
@Import({ApiSecuritySlice.class, JsonConfigAccess.class})
class CommitteeSessionControllerTest {

  static final LocalDate DATE = LocalDate.of(2026, 12, 10);
  static final CommitteeSession JCC_14 = new CommitteeSession(5, Committee.JCC, 14, DATE, "Islamabad",
      DATE.minusDays(10), SessionStatus.AGENDA_FROZEN, "pi-5", "jcc.secretary", Instant.parse("2026-11-02T05:00:00Z"),
      Instant.parse("2026-12-01T05:00:00Z"), null, null, null, null);
  static final String SCHEDULE = """
      {"committee": "JCC", "date": "2026-12-10", "venue": "Islamabad", "agendaCutOff": "2026-11-30"}""";
  static final String DECISIONS = """
      {"decisions": [{"itemId": 41, "decision": "APPROVE", "minutesRef": "14th JCC minutes, item 3"},
                     {"itemId": 42, "decision": "DEFER", "minutesRef": "14th JCC minutes, item 4",
                      "reason": "The committee's reasons"}]}""";

  @Autowired
  MockMvc mvc;

  @MockitoBean
  SessionViews views;

  @MockitoBean
  SessionAgendas agendas;

  @MockitoBean
  SessionChecks checks;

  @MockitoBean
  SessionProcess process;

  @MockitoBean
  CommitteeWaits waits;

  @MockitoBean
  IdentityService identityService;

  @Test
  void officialsAndManagersReadTheSessionsExternalSystemsDoNot() throws Exception {
    when(views.list(Committee.JCC)).thenReturn(List.of(SessionJson.SessionSummary.of(JCC_14)));
    mvc.perform(as(get("/api/v1/committee-sessions").param("committee", "JCC"), Groups.SEZ_MANAGERS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].reference").value("JCC-14"))
        .andExpect(jsonPath("$[0].citation").value("14th JCC"))
        .andExpect(jsonPath("$[0].status").value("AGENDA_FROZEN"));
    when(views.view(5)).thenReturn(new SessionJson.SessionView(SessionJson.SessionSummary.of(JCC_14), List.of()));
    mvc.perform(as(get("/api/v1/committee-sessions/5"), Groups.BOI_PMU))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.session.date").value("2026-12-10"));
    mvc.perform(as(get("/api/v1/committee-sessions"), Groups.EXTERNAL_SYSTEMS))
        .andExpect(status().isForbidden())
        .andExpect(header().string(HttpHeaders.CONTENT_TYPE, Matchers.startsWith("application/problem+json")));
    mvc.perform(as(get("/api/v1/committee-sessions").param("committee", "ICC"), Groups.SEZ_AUTHORITY))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("committee"))
        .andExpect(jsonPath("$.errors[0].message").value("must be one of [JWG, JCC]"));
    mvc.perform(get("/api/v1/committee-sessions")).andExpect(status().isUnauthorized());
  }

  @Test
  void secretariatsAndManagersSeeWhoWaitsForTheCommitteeAndWhichWaitsTheSweepFlagged() throws Exception {
    when(waits.waiting(Committee.JCC)).thenReturn(List.of(
        new WaitingProposal("SEZ-2026-0007", Instant.parse("2026-10-01T05:00:00Z"), 42, null, true,
            Instant.parse("2026-10-30T05:15:00Z")),
        new WaitingProposal("SEZ-2026-0042", Instant.parse("2026-11-20T05:00:00Z"), 6,
            new WaitingProposal.OnAgenda(5, "JCC-14", 41), false, null)));
    for (String group : List.of(Groups.JCC_SECRETARIAT, Groups.SEZ_MANAGERS, Groups.BOI_PMU)) {
      mvc.perform(as(get("/api/v1/committee-sessions/waiting").param("committee", "JCC"), group))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.length()").value(2))
          .andExpect(jsonPath("$[0].proposalRef").value("SEZ-2026-0007"))
          .andExpect(jsonPath("$[0].since").value("2026-10-01T05:00:00Z"))
          .andExpect(jsonPath("$[0].workingDaysWaited").value(42))
          .andExpect(jsonPath("$[0].agenda").value(Matchers.nullValue()))
          .andExpect(jsonPath("$[0].flagged").value(true))
          .andExpect(jsonPath("$[0].flaggedAt").value("2026-10-30T05:15:00Z"))
          .andExpect(jsonPath("$[1].agenda.sessionId").value(5))
          .andExpect(jsonPath("$[1].agenda.sessionReference").value("JCC-14"))
          .andExpect(jsonPath("$[1].agenda.itemId").value(41))
          .andExpect(jsonPath("$[1].flagged").value(false))
          .andExpect(jsonPath("$[1].flaggedAt").value(Matchers.nullValue()));
    }
  }

  @Test
  void theWaitingListNeedsAKnownCommitteeAndAReader() throws Exception {
    for (String committee : List.of("ICC", "jcc", "")) {
      mvc.perform(as(get("/api/v1/committee-sessions/waiting").param("committee", committee), Groups.SEZ_MANAGERS))
          .andExpect(status().isBadRequest())
          .andExpect(header().string(HttpHeaders.CONTENT_TYPE, Matchers.startsWith("application/problem+json")))
          .andExpect(jsonPath("$.errors[0].field").value("committee"));
    }
    mvc.perform(as(get("/api/v1/committee-sessions/waiting").param("committee", "ICC"), Groups.SEZ_MANAGERS))
        .andExpect(jsonPath("$.errors[0].message").value("must be one of [JWG, JCC]"));
    mvc.perform(as(get("/api/v1/committee-sessions/waiting"), Groups.JWG_SECRETARIAT))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("committee"))
        .andExpect(jsonPath("$.errors[0].message").value("is required"));
    mvc.perform(as(get("/api/v1/committee-sessions/waiting").param("committee", "JWG"), Groups.EXTERNAL_SYSTEMS))
        .andExpect(status().isForbidden())
        .andExpect(header().string(HttpHeaders.CONTENT_TYPE, Matchers.startsWith("application/problem+json")));
    mvc.perform(get("/api/v1/committee-sessions/waiting").param("committee", "JWG"))
        .andExpect(status().isUnauthorized());
    verifyNoInteractions(waits);
  }

  @Test
  void theCommitteesSecretariatSchedulesASessionThroughItsProcess() throws Exception {
    when(process.mayActFor(Committee.JCC)).thenReturn(true);
    when(process.schedule(Committee.JCC, null, DATE, "Islamabad", DATE.minusDays(10))).thenReturn(5L);
    when(views.view(5)).thenReturn(new SessionJson.SessionView(SessionJson.SessionSummary.of(JCC_14), List.of()));
    mvc.perform(as(post("/api/v1/committee-sessions"), Groups.JCC_SECRETARIAT).contentType(MediaType.APPLICATION_JSON)
        .content(SCHEDULE))
        .andExpect(status().isCreated())
        .andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/committee-sessions/5"))
        .andExpect(jsonPath("$.session.reference").value("JCC-14"));
    verify(checks).schedule(Committee.JCC, null, DATE, "Islamabad", DATE.minusDays(10));
  }

  @Test
  void anotherCommitteesSecretariatAndOtherOfficialsCannotSchedule() throws Exception {
    when(process.mayActFor(Committee.JCC)).thenReturn(false);
    mvc.perform(as(post("/api/v1/committee-sessions"), Groups.JWG_SECRETARIAT).contentType(MediaType.APPLICATION_JSON)
        .content(SCHEDULE))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.errors[0].field").value("committee"))
        .andExpect(jsonPath("$.detail", Matchers.containsString("jcc-secretariat")));
    for (String group : List.of(Groups.BOI_PMU, Groups.SEZ_AUTHORITY, Groups.SEZ_MANAGERS, Groups.EXTERNAL_SYSTEMS)) {
      mvc.perform(as(post("/api/v1/committee-sessions"), group).contentType(MediaType.APPLICATION_JSON)
          .content(SCHEDULE)).andExpect(status().isForbidden());
    }
    verify(process, never()).schedule(any(), any(), any(), any(), any());
    verifyNoInteractions(checks);
  }

  @Test
  void aBadScheduleIsNamedAndStartsNothing() throws Exception {
    when(process.mayActFor(any())).thenReturn(true);
    expectBadSchedule("{\"committee\": \"ICC\", \"date\": \"2026-12-10\", \"venue\": \"x\", "
        + "\"agendaCutOff\": \"2026-11-30\"}", "committee");
    expectBadSchedule(SCHEDULE.replace("}", ", \"chair\": \"Minister\"}"), "chair");
    expectBadSchedule(SCHEDULE.replace("2026-12-10", "2026-13-10"), "date");
    expectBadSchedule(SCHEDULE.replace("\"committee\"", "\"number\": \"14\", \"committee\""), "number");
    expectBadSchedule(SCHEDULE.replace("\"Islamabad\"", "42"), "venue");
    doThrow(new SessionProblems.Invalid(List.of(new FieldProblem("agendaCutOff", "must not be after the session's "
        + "date")))).when(checks).schedule(any(), any(), any(), any(), any());
    expectBadSchedule(SCHEDULE, "agendaCutOff");
    doThrow(new SessionProblems.Conflict("number", "The JCC already has a session numbered 14")).when(checks)
        .schedule(any(), any(), any(), any(), any());
    mvc.perform(as(post("/api/v1/committee-sessions"), Groups.JCC_SECRETARIAT).contentType(MediaType.APPLICATION_JSON)
        .content(SCHEDULE)).andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("number"));
    verify(process, never()).schedule(any(), any(), any(), any(), any());
  }

  @Test
  void theSessionsDecisionsGoToItsProcessAllTogether() throws Exception {
    when(agendas.session(5)).thenReturn(JCC_14);
    when(process.mayActFor(Committee.JCC)).thenReturn(true);
    when(views.view(5)).thenReturn(new SessionJson.SessionView(SessionJson.SessionSummary.of(JCC_14), List.of()));
    List<SessionDecision> decisions = List.of(new SessionDecision(41, "APPROVE", "14th JCC minutes, item 3", null),
        new SessionDecision(42, "DEFER", "14th JCC minutes, item 4", "The committee's reasons"));
    mvc.perform(as(post("/api/v1/committee-sessions/5/decisions"), Groups.JCC_SECRETARIAT)
        .contentType(MediaType.APPLICATION_JSON).content(DECISIONS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.session.id").value(5));
    verify(checks).decisions(5, decisions);
    verify(process).recordDecisions(JCC_14, decisions);
  }

  @Test
  void decisionsAreRefusedBeforeTheProcessIsTouched() throws Exception {
    when(agendas.session(5)).thenReturn(JCC_14);
    when(agendas.session(6)).thenThrow(new SessionProblems.NotFound(6));
    when(process.mayActFor(Committee.JCC)).thenReturn(false);
    mvc.perform(as(post("/api/v1/committee-sessions/5/decisions"), Groups.JWG_SECRETARIAT)
        .contentType(MediaType.APPLICATION_JSON).content(DECISIONS)).andExpect(status().isForbidden());
    mvc.perform(as(post("/api/v1/committee-sessions/5/decisions"), Groups.SEZ_MANAGERS)
        .contentType(MediaType.APPLICATION_JSON).content(DECISIONS)).andExpect(status().isForbidden());
    verifyNoInteractions(checks);

    when(process.mayActFor(Committee.JCC)).thenReturn(true);
    mvc.perform(as(post("/api/v1/committee-sessions/6/decisions"), Groups.JCC_SECRETARIAT)
        .contentType(MediaType.APPLICATION_JSON).content(DECISIONS))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:sezflow:problem:session-not-found"));
    mvc.perform(as(post("/api/v1/committee-sessions/5/decisions"), Groups.JCC_SECRETARIAT)
        .contentType(MediaType.APPLICATION_JSON).content("{\"decisions\": [{\"decision\": \"APPROVE\", "
            + "\"minutesRef\": \"M\"}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("decisions[0].itemId"));
    mvc.perform(as(post("/api/v1/committee-sessions/5/decisions"), Groups.JCC_SECRETARIAT)
        .contentType(MediaType.APPLICATION_JSON).content(DECISIONS.replace("\"minutesRef\"", "\"minutes\"")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("decisions[0].minutes"));
    doThrow(new SessionProblems.Invalid(List.of(new FieldProblem("decisions[1].decision", "must be one of "
        + "[APPROVE, DEFER, REJECT] for the JCC")))).when(checks).decisions(anyLong(), any());
    mvc.perform(as(post("/api/v1/committee-sessions/5/decisions"), Groups.JCC_SECRETARIAT)
        .contentType(MediaType.APPLICATION_JSON).content(DECISIONS))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("decisions[1].decision"));
    doThrow(new SessionProblems.Conflict("itemId", "Item 41 is decided already (APPROVE)")).when(checks)
        .decisions(anyLong(), any());
    mvc.perform(as(post("/api/v1/committee-sessions/5/decisions"), Groups.JCC_SECRETARIAT)
        .contentType(MediaType.APPLICATION_JSON).content(DECISIONS))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:sezflow:problem:session-conflict"));
    verify(process, never()).recordDecisions(any(), any());
  }

  private void expectBadSchedule(String body, String field) throws Exception {
    mvc.perform(as(post("/api/v1/committee-sessions"), Groups.JCC_SECRETARIAT).contentType(MediaType.APPLICATION_JSON)
        .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value(field));
  }

  private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String group) {
    return request.header(HttpHeaders.AUTHORIZATION, ApiSecuritySlice.basic(group));
  }
}
