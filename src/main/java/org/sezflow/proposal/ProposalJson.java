package org.sezflow.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sezflow.zone.LandHolding;
import org.sezflow.zone.PipelineStage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of the proposal API. */
final class ProposalJson {

  private ProposalJson() {}

  @JsonIgnoreProperties(ignoreUnknown = false)
  @Schema(description = "A JV proposal as an external system submits it")
  record ProposalRequest(
      @Schema(description = "The client's own reference (optional); the same reference twice with the same body "
          + "is one proposal", example = "PORTAL-2026-0042") String reference,
      @Schema(example = "Sino-Pakistan Advanced Imaging Technologies",
          requiredMode = Schema.RequiredMode.REQUIRED) String title,
      @Schema(description = "One of the known sectors (see Sectors)", example = "medical imaging",
          requiredMode = Schema.RequiredMode.REQUIRED) String sector,
      @Schema(example = "true") Boolean smartSezRequested,
      @Schema(example = "AIIC", requiredMode = Schema.RequiredMode.REQUIRED) String zoneCode,
      @Schema(description = "> 0, at most 2 decimals, not above the zone's leasable area", example = "25",
          requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal acresRequested,
      @Schema(example = "45000000", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal investmentUsd,
      @Schema(description = "Share of foreign direct investment, %", example = "49",
          requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal fdiSharePct,
      @Schema(example = "650", requiredMode = Schema.RequiredMode.REQUIRED) Integer jobsPlanned,
      @Schema(example = "4.5") BigDecimal powerDemandMw,
      @Schema(example = "300") BigDecimal waterDemandM3PerDay,
      @Schema(example = "Dynamic Engineering Automation",
          requiredMode = Schema.RequiredMode.REQUIRED) String sponsorName,
      @Schema(example = "projects@dea.example.pk", requiredMode = Schema.RequiredMode.REQUIRED) String sponsorEmail,
      @Schema(example = "+92 51 1234567") String sponsorPhone,
      @Schema(description = "2 to 6 partners, at least one PK and one CN, equity adding up to 100",
          requiredMode = Schema.RequiredMode.REQUIRED) List<PartnerRequest> partners) {

    ProposalSubmission toSubmission() {
      return new ProposalSubmission(title, sector, Boolean.TRUE.equals(smartSezRequested), zoneCode, acresRequested,
          investmentUsd, fdiSharePct, jobsPlanned, powerDemandMw, waterDemandM3PerDay, sponsorName, sponsorEmail,
          sponsorPhone,
          partners == null ? null : partners.stream().map(p -> p == null ? null : p.toPartner()).toList());
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = false)
  record PartnerRequest(
      @Schema(example = "Neusoft Medical Systems Co., Ltd.") String name,
      @Schema(description = "PK, CN or OTHER", example = "CN") String country,
      @Schema(description = "SECP number for Pakistani firms, unified social credit code for Chinese firms",
          example = "USCC 91210100604608172K") String registrationNo,
      @Schema(example = "49") BigDecimal equityPct,
      @Schema(description = "The firm's name as it writes it (Chinese characters, Urdu), on its papers; optional",
          example = "东软医疗系统股份有限公司") String nameInOwnScript,
      @Schema(description = "The language the partner reads SEZ Flow's mail and papers in: EN, ZH or UR",
          example = "ZH") String language,
      @Schema(description = "Where SEZ Flow's mail to the partner goes",
          example = "cpec@neusoftmedical.example.cn") String email) {

    Partner toPartner() {
      PartnerCountry parsed = null;
      if (country != null) {
        try {
          parsed = PartnerCountry.valueOf(country);
        } catch (IllegalArgumentException unknown) {
          parsed = null;
        }
      }
      return new Partner(name, parsed, registrationNo, equityPct, nameInOwnScript, PartnerLanguage.parse(language),
          email);
    }
  }

  /**
   * A proposal as the API shows it: its submission's fields (flat, as submitted), its progress and
   * where it stands with the committee it waits for.
   */
  record ProposalView(
      String reference,
      @JsonUnwrapped ProposalSubmission submission,
      @Schema(example = "SCREENING") PipelineStage stage,
      @Schema(example = "IN_PROGRESS") ProposalStatus status,
      EligibilityView eligibility, List<TaskView> openTasks, CommitteeView committee, LandView land, MouSigning mou,
      AllotmentView allotment, List<DecisionView> decisions, Instant submittedAt, Instant stageEnteredAt,
      Instant updatedAt, Instant closedAt, ClocksView clocks) {}

  @Schema(description = "Who the proposal's time was spent with, from its submission until it closed (or now): "
      + "each day after the day of submission counts for whoever held the proposal when the day began (midnight, "
      + "Pakistan time); the sponsor holds it from the PMU's clarification request until the answer (or the "
      + "proposal's end), the government the rest of the time")
  record ClocksView(
      @Schema(description = "Working days (Monday to Friday, less public holidays) with the government",
          example = "12") int governmentWorkingDays,
      @Schema(description = "Days (every day of the week) with the sponsor, answering clarifications",
          example = "5") int sponsorDays,
      @Schema(description = "Who holds the proposal now; null once it is closed",
          example = "GOVERNMENT") TimeHolder withNow) {

    static ClocksView of(ProposalClocks clocks) {
      return new ClocksView(clocks.governmentWorkingDays(), clocks.sponsorDays(), clocks.withNow());
    }
  }

  @Schema(description = "Where the proposal stands with the committee it waits for (null: it waits for none): on the "
      + "agenda of an open session, whose date is the deadline (due), or of none yet (session, agendaItemId and due "
      + "null)")
  record CommitteeView(
      @Schema(description = "JWG or JCC", example = "JCC") String committee,
      Instant waitingSince, CommitteeSessionView session,
      @Schema(example = "42") Long agendaItemId,
      @Schema(description = "The session's date", example = "2026-12-10") LocalDate due,
      @Schema(example = "On the agenda of the 14th JCC, 2026-12-10 in Islamabad") String note) {

    static CommitteeView of(CommitteeStandings.Standing standing) {
      CommitteeStandings.Session s = standing.session();
      if (s == null) {
        return new CommitteeView(standing.committee(), standing.waitingSince(), null, null, null,
            "No " + standing.committee() + " session scheduled for it yet");
      }
      String note = standing.decision() != null
          ? "Decided at the " + s.citation() + ": " + standing.decision() + "; handed over when the session closes"
          : "On the " + ("SCHEDULED".equals(s.status()) ? "" : "frozen ") + "agenda of the " + s.citation() + ", "
              + s.date() + " in " + s.venue();
      return new CommitteeView(standing.committee(), standing.waitingSince(), new CommitteeSessionView(s.id(),
          s.reference(), s.citation(), s.date(), s.venue(), s.status()), standing.agendaItemId(), s.date(), note);
    }
  }

  @Schema(description = "A committee's session, named as the sessions' API names it")
  record CommitteeSessionView(long id,
      @Schema(example = "JCC-14") String reference,
      @Schema(example = "14th JCC") String citation,
      LocalDate date, String venue,
      @Schema(description = "SCHEDULED, AGENDA_FROZEN, HELD or CLOSED", example = "SCHEDULED") String status) {}

  record EligibilityView(Boolean eligible, String reason, String incentives) {}

  record TaskView(String id, String name, String candidateGroup, String assignee, Instant created, Instant due,
      int priority) {}

  record LandView(String zoneCode, BigDecimal acres, String status, String plotNumber) {

    static LandView of(LandHolding holding) {
      return new LandView(holding.zoneCode(), holding.acres(), holding.status().name(), holding.plotNumber());
    }
  }

  record AllotmentView(String plotNumber, String letterNo, LocalDate letterDate, LocalDate constructionDeadline) {}

  record DecisionView(String step, String outcome, String reason, String decidedBy, Instant decidedAt) {}

  @Schema(description = "One step of a proposal's life: a process step (start, end, who), a decision "
      + "(who decided what), a change to the zone record, or a stretch of time with one side (source clock: "
      + "outcome GOVERNMENT or SPONSOR, detail the days it counts, ended null while it lasts), or a change to its "
      + "place on a committee's agenda (source agenda: outcome GATHERED, ADDED, REMOVED, WITHDRAWN or the session's "
      + "decision)")
  record TimelineEntry(
      @Schema(description = "process, decision, zone, clock or agenda", example = "process") String source,
      @Schema(example = "Screen proposal") String step,
      Instant started, Instant ended,
      @Schema(example = "pmu") String actor,
      @Schema(example = "ACCEPT") String outcome,
      String detail) {}

  record PageView(List<ProposalView> items, int page, int size, long total) {}

  /** The OpenAPI page's example submission; the benchmark's REST load sends variations of it. */
  static final String EXAMPLE_REQUEST = """
      {
        "title": "Sino-Pakistan Advanced Imaging Technologies",
        "sector": "medical imaging",
        "smartSezRequested": true,
        "zoneCode": "AIIC",
        "acresRequested": 25,
        "investmentUsd": 45000000,
        "fdiSharePct": 49,
        "jobsPlanned": 650,
        "powerDemandMw": 4.5,
        "waterDemandM3PerDay": 300,
        "sponsorName": "Dynamic Engineering Automation",
        "sponsorEmail": "projects@dea.example.pk",
        "sponsorPhone": "+92 51 1234567",
        "partners": [
          {"name": "Dynamic Engineering Automation (Pvt) Ltd", "country": "PK", "registrationNo": "SECP 0123456",
           "equityPct": 51, "language": "EN", "email": "partners@dea.example.pk"},
          {"name": "Neusoft Medical Systems Co., Ltd.", "country": "CN", "registrationNo": "USCC 91210100604608172K",
           "equityPct": 49, "nameInOwnScript": "东软医疗系统股份有限公司", "language": "ZH",
           "email": "cpec@neusoftmedical.example.cn"}
        ]
      }""";

  static final String EXAMPLE_MOU_SIGNED = """
      {"signedOn": "2026-11-27", "venue": "BOTH",
       "signatories": "Liu Wei, Neusoft Medical Systems\\nAhmed Raza, Dynamic Engineering Automation",
       "witnesses": "Secretary BOI"}""";
}
