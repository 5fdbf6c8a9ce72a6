package org.sezflow.proposal;

import java.util.List;

/**
 * The sectors a proposal may name: every target sector of the CPEC zones, plus the Smart SEZ
 * sectors that no zone lists yet (health, AI, medical imaging). Whether a sector fits a zone is
 * decided by the eligibility table (processes/jv-eligibility.dmn), not here.
 */
public final class Sectors {

  private Sectors() {}

  public static final List<String> ALL = List.of(
      "apparel", "automobile", "building materials", "cement", "ceramics", "chemicals", "chromite",
      "cold storage", "cooking oil", "electrical appliances", "electronics", "engineering", "farm machinery",
      "food processing", "fruit processing", "furniture", "garments", "halal food", "information technology",
      "light manufacturing", "logistics", "marble", "minerals", "mixed industries", "motorbike assembly", "pharma",
      "printing and packaging", "services", "steel", "textiles",
      "health", "artificial intelligence", "medical imaging");

  public static boolean isKnown(String sector) {
    return sector != null && ALL.contains(sector);
  }
}
