package org.sezflow.proposal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A partner of the JV: its firm's name in Latin letters and, optionally, as the partner writes it
 * ({@code nameInOwnScript}: Chinese characters, Urdu), the language it reads SEZ Flow's mail and
 * papers in, and the e-mail address they go to.
 */
public record Partner(String name, PartnerCountry country, String registrationNo, BigDecimal equityPct,
    String nameInOwnScript, PartnerLanguage language, String email) {

  /** The equity held by the partners of one country, in percent. */
  public static BigDecimal equityOf(List<Partner> partners, PartnerCountry country) {
    return partners.stream().filter(p -> p.country() == country).map(Partner::equityPct)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * One line for officials: "Shaoxing Textiles / 绍兴纺织 (CN, USCC 91330600), 40 %; reads ZH at
   * trade@shaoxing.example.cn" (no address: given before partners named theirs).
   */
  public String summary() {
    return name + (nameInOwnScript == null ? "" : " / " + nameInOwnScript) + " (" + country + ", " + registrationNo
        + "), " + equityPct.stripTrailingZeros().toPlainString() + " %; reads " + language
        + (email == null ? "" : " at " + email);
  }
}
