package org.sezflow.workflow;

import static org.sezflow.variables.ProcessVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.sezflow.system.PakistanTime;

/** Realistic process variables for each step, as Tasklist's forms would submit them. */
final class ProposalFixtures {

  private ProposalFixtures() {}

  /** The Smart SEZ imaging JV (Neusoft Medical Systems with Dynamic Engineering Automation). */
  static Map<String, Object> imagingJv(String zoneCode, double acres) {
    Map<String, Object> v = new HashMap<>();
    v.put(PROPOSAL_TITLE, "Sino-Pakistan Advanced Imaging Technologies");
    v.put(SECTOR, "medical imaging");
    v.put(SMART_SEZ_REQUESTED, true);
    v.put(ZONE_CODE, zoneCode);
    v.put(ACRES_REQUESTED, acres);
    v.put(INVESTMENT_USD, 45_000_000L);
    v.put(FDI_SHARE_PCT, 49.0);
    v.put(JOBS_PLANNED, 650L);
    v.put(POWER_DEMAND_MW, 4.5);
    v.put(WATER_DEMAND_M3_PER_DAY, 300L);
    v.put(SPONSOR_NAME, "Dynamic Engineering Automation");
    v.put(SPONSOR_EMAIL, "projects@dea.example.pk");
    v.put(SPONSOR_PHONE, "+92 51 1234567");
    v.put(partnerName(1), "Dynamic Engineering Automation (Pvt) Ltd");
    v.put(partnerCountry(1), "PK");
    v.put(partnerRegistrationNo(1), "SECP 0123456");
    v.put(partnerEquityPct(1), 51.0);
    v.put(partnerLanguage(1), "EN");
    v.put(partnerEmail(1), "partners@dea.example.pk");
    v.put(partnerName(2), "Neusoft Medical Systems Co., Ltd. 东软医疗");
    v.put(partnerCountry(2), "CN");
    v.put(partnerRegistrationNo(2), "USCC 91210100604608172K");
    v.put(partnerEquityPct(2), 49.0);
    v.put(partnerNameInOwnScript(2), "东软医疗系统股份有限公司");
    v.put(partnerLanguage(2), "ZH");
    v.put(partnerEmail(2), "cpec@neusoftmedical.example.cn");
    return v;
  }

  /** A textiles JV, eligible in any zone listing textiles (RSEZ, AIIC). */
  static Map<String, Object> textilesJv(String zoneCode, double acres) {
    Map<String, Object> v = imagingJv(zoneCode, acres);
    v.put(PROPOSAL_TITLE, "Faisalabad-Shaoxing Denim Mills");
    v.put(SECTOR, "textiles");
    v.put(SMART_SEZ_REQUESTED, false);
    return v;
  }

  static Map<String, Object> screening(String decision, String reason) {
    return Map.of(SCREENING_DECISION, decision, SCREENING_REASON, reason);
  }

  static Map<String, Object> mouPrepared() {
    return Map.of(MOU_DRAFT_REFERENCE, "BOI/MOU/2026/17", MOU_PLANNED_ON, today().plusDays(10).toString());
  }

  static Map<String, Object> mouSigned() {
    return Map.of(
        MOU_SIGNED_ON, today().toString(),
        MOU_VENUE, "BOTH",
        MOU_SIGNATORIES,
        "Liu Wei, Vice President, Neusoft Medical Systems\nAhmed Raza, CEO, Dynamic Engineering Automation",
        MOU_WITNESSES, "Secretary BOI\nCounsellor, Embassy of the PRC");
  }

  static Map<String, Object> ministryOpinion(String opinion) {
    return Map.of(MINISTRY_OPINION, opinion, MINISTRY_COMMENTS, "No objection from the ministry's side");
  }

  static Map<String, Object> allotmentLetter() {
    return Map.of(ALLOTMENT_LETTER_NO, "SEZA/ALT/2026/0042", ALLOTMENT_LETTER_DATE, today().toString());
  }

  static LocalDate today() {
    return LocalDate.now(PakistanTime.ZONE);
  }
}
