package org.sezflow.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class LandAccountTest {

  private static BigDecimal acres(String value) {
    return new BigDecimal(value);
  }

  private final LandAccount account = new LandAccount(acres("100.00"), acres("30.00"), acres("20.00"));

  @Test
  void freeLandIsLeasableLessReservedAndAllocated() {
    assertThat(account.freeAcres()).isEqualByComparingTo("50");
  }

  @Test
  void reservingMovesFreeLandToReserved() {
    LandAccount after = account.reserve("Z", acres("50"));
    assertThat(after.reservedAcres()).isEqualByComparingTo("80");
    assertThat(after.freeAcres()).isEqualByComparingTo("0");
  }

  @Test
  void reservingMoreThanIsFreeIsRefused() {
    assertThatThrownBy(() -> account.reserve("Z", acres("50.01")))
        .isInstanceOf(InsufficientLandException.class)
        .hasMessageContaining("50.00 acres free")
        .satisfies(e -> assertThat(((InsufficientLandException) e).getErrors())
            .extracting(p -> p.field()).containsExactly("acres"));
  }

  @Test
  void allocatingMovesReservedToAllocated() {
    LandAccount after = account.allocate(acres("30"));
    assertThat(after.reservedAcres()).isEqualByComparingTo("0");
    assertThat(after.allocatedAcres()).isEqualByComparingTo("50");
    assertThat(after.freeAcres()).isEqualByComparingTo("50");
  }

  @Test
  void releasingOrAllocatingMoreThanIsReservedIsRefused() {
    assertThatThrownBy(() -> account.release(acres("30.01"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> account.allocate(acres("31"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void requestedAcresMustBePositiveWithTwoDecimalsAtMost() {
    assertThat(LandAccount.requireValidAcres(acres("12.5"))).isEqualTo(acres("12.50"));
    assertThatThrownBy(() -> LandAccount.requireValidAcres(null)).hasMessageContaining("acres is required");
    assertThatThrownBy(() -> LandAccount.requireValidAcres(acres("0"))).hasMessageContaining("greater than 0");
    assertThatThrownBy(() -> LandAccount.requireValidAcres(acres("-3"))).hasMessageContaining("greater than 0");
    assertThatThrownBy(() -> LandAccount.requireValidAcres(acres("1.005"))).hasMessageContaining("at most 2 decimals");
    assertThatThrownBy(() -> LandAccount.requireValidAcres(acres("1e9"))).hasMessageContaining("must not exceed");
  }
}
