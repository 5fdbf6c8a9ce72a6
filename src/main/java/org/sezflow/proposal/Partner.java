package org.sezflow.proposal;

import java.math.BigDecimal;
import java.util.List;

public record Partner(String name, PartnerCountry country, String registrationNo, BigDecimal equityPct) {

  /** The equity held by the partners of one country, in percent. */
  public static BigDecimal equityOf(List<Partner> partners, PartnerCountry country) {
    return partners.stream().filter(p -> p.country() == country).map(Partner::equityPct)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** One line for officials: "Dynamic Engineering Automation (PK, SECP 0123456), 40 %". */
  public String summary() {
    return name + " (" + country + ", " + registrationNo + "), " + equityPct.stripTrailingZeros().toPlainString()
        + " %";
  }
}
