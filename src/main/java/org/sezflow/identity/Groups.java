package org.sezflow.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sezflow.committee.Committee;
import org.sezflow.labels.Labels;

/** The Camunda groups SEZ Flow's processes and APIs refer to. */
public final class Groups {

  private Groups() {}

  public static final String BOI_PMU = "boi-pmu";
  /** The committees' secretariats, whose ids the committees name (see {@link Committee#secretariat()}). */
  public static final String JWG_SECRETARIAT = Committee.JWG.secretariat();
  public static final String JCC_SECRETARIAT = Committee.JCC.secretariat();
  public static final String SEZ_AUTHORITY = "sez-authority";
  public static final String SEZ_MANAGERS = "sez-managers";
  public static final String EXTERNAL_SYSTEMS = "external-systems";

  /** Camunda's administrators' group, created with full rights by the Camunda starter. */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /** The officials' groups: each works on the tasks it is the candidate group of, in Tasklist. */
  public static final List<String> OFFICIALS = List.of(BOI_PMU, JWG_SECRETARIAT, JCC_SECRETARIAT, SEZ_AUTHORITY);

  /** Groups whose members may call the application's API. */
  public static final List<String> API_USERS = List.of(BOI_PMU, JWG_SECRETARIAT, JCC_SECRETARIAT, SEZ_AUTHORITY,
      SEZ_MANAGERS, EXTERNAL_SYSTEMS, CAMUNDA_ADMIN);

  /** Groups whose members may submit proposals through the application's API. */
  public static final List<String> PROPOSAL_SUBMITTERS = List.of(EXTERNAL_SYSTEMS, BOI_PMU, CAMUNDA_ADMIN);

  /** Groups whose members may send a proposal's events (MoU signed, JCC decision, ...) through the API. */
  public static final List<String> EVENT_SENDERS = List.of(EXTERNAL_SYSTEMS, CAMUNDA_ADMIN);

  /**
   * Groups whose members may schedule committee sessions and record their decisions through the
   * API: each secretariat for its own committee only, which the API checks (administrators for both).
   */
  public static final List<String> SESSION_SECRETARIATS = List.of(JWG_SECRETARIAT, JCC_SECRETARIAT, CAMUNDA_ADMIN);

  /** Groups whose members may read the committees' sessions and agendas through the API. */
  public static final List<String> SESSION_READERS = List.of(BOI_PMU, JWG_SECRETARIAT, JCC_SECRETARIAT,
      SEZ_AUTHORITY, SEZ_MANAGERS, CAMUNDA_ADMIN);

  /**
   * Groups whose members may read zone enterprises through the API: the enterprises' systems (which
   * send their reports as {@link #EVENT_SENDERS}), the SEZ authority that monitors them, the PMU and
   * the managers who evaluate them.
   */
  public static final List<String> ENTERPRISE_READERS = List.of(EXTERNAL_SYSTEMS, SEZ_AUTHORITY, BOI_PMU, SEZ_MANAGERS,
      CAMUNDA_ADMIN);

  /** Groups who see health details (database, engine, job executor) and metrics. */
  public static final List<String> OPERATORS = List.of(SEZ_MANAGERS, CAMUNDA_ADMIN);

  /** Group id to display name (the names are in {@link Labels}). */
  public static final Map<String, String> ALL;

  static {
    Map<String, String> all = new LinkedHashMap<>();
    for (String group : List.of(BOI_PMU, JWG_SECRETARIAT, JCC_SECRETARIAT, SEZ_AUTHORITY, SEZ_MANAGERS,
        EXTERNAL_SYSTEMS)) {
      all.put(group, Labels.of("group", group));
    }
    ALL = Collections.unmodifiableMap(all);
  }
}
