package org.sezflow.proposal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.sezflow.system.PakistanTime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies of the proposal API, as an external system (the investor portal) sends them. */
final class ProposalRequests {

  private ProposalRequests() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The Smart SEZ imaging JV (Neusoft Medical Systems with Dynamic Engineering Automation). */
  static ObjectNode imagingJv(String zoneCode, int acres) {
    ObjectNode body = NODES.objectNode();
    body.put("title", "Sino-Pakistan Advanced Imaging Technologies");
    body.put("sector", "medical imaging");
    body.put("smartSezRequested", true);
    body.put("zoneCode", zoneCode);
    body.put("acresRequested", acres);
    body.put("investmentUsd", 45_000_000);
    body.put("fdiSharePct", 49);
    body.put("jobsPlanned", 650);
    body.put("powerDemandMw", 4.5);
    body.put("waterDemandM3PerDay", 300);
    body.put("sponsorName", "Dynamic Engineering Automation");
    body.put("sponsorEmail", "projects@dea.example.pk");
    body.put("sponsorPhone", "+92 51 1234567");
    ArrayNode partners = body.putArray("partners");
    partners.add(partner("Dynamic Engineering Automation (Pvt) Ltd", "PK", "SECP 0123456", 51)
        .put("nameInOwnScript", "ڈائنامک انجینئرنگ آٹومیشن").put("language", "UR"));
    partners.add(partner("Neusoft Medical Systems Co., Ltd. 东软医疗", "CN", "USCC 91210100604608172K", 49)
        .put("nameInOwnScript", "东软医疗系统股份有限公司").put("language", "ZH")
        .put("email", "cpec@neusoftmedical.example.cn"));
    return body;
  }

  /** A textiles JV (eligible in RSEZ and AIIC, which list textiles). */
  static ObjectNode textilesJv(String zoneCode, int acres) {
    ObjectNode body = imagingJv(zoneCode, acres);
    body.put("title", "Faisalabad-Shaoxing Denim Mills");
    body.put("sector", "textiles");
    body.put("smartSezRequested", false);
    return body;
  }

  static ObjectNode partner(String name, String country, String registrationNo, int equityPct) {
    ObjectNode partner = NODES.objectNode();
    partner.put("name", name);
    partner.put("country", country);
    partner.put("registrationNo", registrationNo);
    partner.put("equityPct", equityPct);
    partner.put("language", "EN");
    partner.put("email", "partners@" + country.toLowerCase(java.util.Locale.ROOT) + ".example.com");
    return partner;
  }

  static ObjectNode mouSigned(LocalDate signedOn, String venue) {
    ObjectNode body = NODES.objectNode();
    body.put("signedOn", signedOn.toString());
    body.put("venue", venue);
    body.put("signatories",
        "Liu Wei, Vice President, Neusoft Medical Systems\nAhmed Raza, CEO, Dynamic Engineering Automation");
    body.put("witnesses", "Secretary BOI\nCounsellor, Embassy of the PRC");
    body.put("draftReference", "BOI/MOU/2026/17");
    return body;
  }

  static ObjectNode jccDecision(String decision, LocalDate nextSessionOn) {
    ObjectNode body = NODES.objectNode();
    body.put("decision", decision);
    body.put("minutes", "Minutes of the JCC session, item 7: " + decision);
    if (nextSessionOn != null) {
      body.put("nextSessionOn", nextSessionOn.toString());
    }
    return body;
  }

  static ObjectNode clarificationAnswered(String response) {
    ObjectNode body = NODES.objectNode();
    body.put("response", response);
    return body;
  }

  static ObjectNode withdrawal(String reason) {
    ObjectNode body = NODES.objectNode();
    if (reason != null) {
      body.put("reason", reason);
    }
    return body;
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }

  /** A client's own reference that no other test or run uses (3 to 40 capitals, digits, dashes). */
  static String uniqueReference(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
  }

  static String uniqueKey() {
    return "key-" + UUID.randomUUID();
  }

  /** Dates of signings and letters are dates in Pakistan. */
  static LocalDate today() {
    return LocalDate.now(PakistanTime.ZONE);
  }
}
