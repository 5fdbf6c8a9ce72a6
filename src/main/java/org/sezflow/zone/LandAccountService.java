package org.sezflow.zone;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of zone land accounts. Each operation runs in one transaction that first locks
 * the zone row (SELECT ... FOR UPDATE), so concurrent requests on one zone, from any node, are
 * applied one after another and can neither lose an update nor over-allocate. Each change is
 * written to the zone's event log in the same transaction.
 */
@Service
public class LandAccountService {

  private final ZoneRepository zones;
  private final LandHoldingRepository holdings;
  private final ZoneEventLog eventLog;
  private final Clock clock;

  LandAccountService(ZoneRepository zones, LandHoldingRepository holdings, ZoneEventLog eventLog, Clock clock) {
    this.zones = zones;
    this.holdings = holdings;
    this.eventLog = eventLog;
    this.clock = clock;
  }

  /**
   * Reserves land for a proposal. Refused when the zone has less free land, or when the proposal
   * already holds land (release it first to move to another zone or area). A refusal writes
   * nothing, so it does not doom the caller's transaction: a process catches it and goes on.
   */
  @Transactional(noRollbackFor = InsufficientLandException.class)
  public LandAccount reserve(String zoneCode, String proposalRef, BigDecimal acres, ZoneChangeCause cause) {
    BigDecimal requested = LandAccount.requireValidAcres(acres);
    requireProposalRef(proposalRef);
    LandAccount account = lock(zoneCode);
    Optional<LandHolding> existing = holdings.findForUpdate(proposalRef);
    existing.filter(LandHolding::isHeld).ifPresent(held -> {
      throw new LandHoldingConflictException(proposalRef, "already holds " + held.acres().toPlainString()
          + " acres (" + held.status() + ") in zone " + held.zoneCode());
    });
    LandAccount after = account.reserve(zoneCode, requested);
    zones.updateLandAccount(zoneCode, after);
    LandHolding holding = new LandHolding(proposalRef, zoneCode, requested, LandHoldingStatus.RESERVED, null);
    if (existing.isPresent()) {
      holdings.update(holding, clock.instant());
    } else {
      holdings.insert(holding, clock.instant());
    }
    eventLog.append(zoneCode, ZoneEventType.LAND_RESERVED, requested, after, cause, null);
    return after;
  }

  /**
   * Gives back whatever land a proposal holds: its reservation, or its plot if allocated (an
   * allocation revoked before the enterprise is established). Idempotent: a proposal that holds
   * nothing (never reserved, or already released) changes nothing and gets an empty result.
   */
  @Transactional
  public Optional<LandHolding> release(String proposalRef, ZoneChangeCause cause) {
    requireProposalRef(proposalRef);
    Optional<LandHolding> seen = holdings.find(proposalRef).filter(LandHolding::isHeld);
    if (seen.isEmpty()) {
      return Optional.empty();
    }
    String zoneCode = seen.get().zoneCode();
    LandAccount account = lock(zoneCode);
    // Re-read under the zone lock: a concurrent release may have won the race.
    Optional<LandHolding> current = holdings.findForUpdate(proposalRef).filter(LandHolding::isHeld);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    LandHolding held = current.get();
    boolean allocated = held.status() == LandHoldingStatus.ALLOCATED;
    LandAccount after = allocated ? account.revokeAllocation(held.acres()) : account.release(held.acres());
    zones.updateLandAccount(zoneCode, after);
    holdings.update(held.withStatus(LandHoldingStatus.RELEASED), clock.instant());
    eventLog.append(zoneCode, ZoneEventType.LAND_RELEASED, held.acres(), after, cause,
        allocated ? "allocation of plot " + held.plotNumber() + " revoked" : "reservation released");
    return Optional.of(held);
  }

  /**
   * Turns a proposal's reservation into an allocation of the zone's next numbered plot
   * (reserved down, allocated up). Returns the allocated holding with its plot number.
   */
  @Transactional
  public LandHolding allocate(String proposalRef, ZoneChangeCause cause) {
    requireProposalRef(proposalRef);
    LandHolding seen = holdings.find(proposalRef)
        .orElseThrow(() -> new LandHoldingConflictException(proposalRef, "holds no land to allocate"));
    LandAccount account = lock(seen.zoneCode());
    LandHolding held = holdings.findForUpdate(proposalRef)
        .filter(h -> h.status() == LandHoldingStatus.RESERVED && h.zoneCode().equals(seen.zoneCode()))
        .orElseThrow(() -> new LandHoldingConflictException(proposalRef,
            "has no reservation to allocate (" + seen.status() + " in zone " + seen.zoneCode() + ")"));
    LandAccount after = account.allocate(held.acres());
    zones.updateLandAccount(held.zoneCode(), after);
    String plotNumber = zones.takeFreedPlot(held.zoneCode()).orElseGet(() -> zones.nextPlotNumber(held.zoneCode()));
    LandHolding allocated = new LandHolding(proposalRef, held.zoneCode(), held.acres(), LandHoldingStatus.ALLOCATED,
        plotNumber);
    holdings.update(allocated, clock.instant());
    eventLog.append(held.zoneCode(), ZoneEventType.LAND_ALLOCATED, held.acres(), after, cause, "plot " + plotNumber);
    return allocated;
  }

  /**
   * Gives a cancelled zone enterprise's plot back to its zone: allocated down, free up, and the plot
   * number freed for the zone's next allocation. Only an allocated plot is given back, once: a
   * second return, or a return of land that is only reserved, is refused and changes nothing.
   */
  @Transactional
  public LandHolding returnPlot(String proposalRef, ZoneChangeCause cause) {
    requireProposalRef(proposalRef);
    LandHolding seen = holdings.find(proposalRef)
        .orElseThrow(() -> new LandHoldingConflictException(proposalRef, "holds no land to give back"));
    LandAccount account = lock(seen.zoneCode());
    LandHolding held = holdings.findForUpdate(proposalRef)
        .filter(h -> h.status() == LandHoldingStatus.ALLOCATED && h.zoneCode().equals(seen.zoneCode()))
        .orElseThrow(() -> new LandHoldingConflictException(proposalRef,
            "holds no allocated plot to give back (" + seen.status() + " in zone " + seen.zoneCode() + ")"));
    LandAccount after = account.revokeAllocation(held.acres());
    zones.updateLandAccount(held.zoneCode(), after);
    holdings.update(held.withStatus(LandHoldingStatus.RELEASED), clock.instant());
    zones.freePlot(held.zoneCode(), held.plotNumber(), clock.instant());
    eventLog.append(held.zoneCode(), ZoneEventType.LAND_RETURNED, held.acres(), after, cause,
        "plot " + held.plotNumber() + " returned to the zone");
    return held;
  }

  /** Changes a zone's leasable area (a planning assumption replaced by a surveyed figure). */
  @Transactional
  public LandAccount changeLeasableArea(String zoneCode, BigDecimal leasableAcres, ZoneChangeCause cause) {
    BigDecimal leasable = LandAccount.requireValidAcres(leasableAcres);
    LandAccount account = lock(zoneCode);
    BigDecimal committed = account.reservedAcres().add(account.allocatedAcres());
    if (leasable.compareTo(committed) < 0) {
      throw new InvalidLandRequestException("leasableAcres", "must not be below the "
          + committed.toPlainString() + " acres already reserved or allocated in zone " + zoneCode);
    }
    LandAccount after = new LandAccount(leasable, account.reservedAcres(), account.allocatedAcres());
    zones.updateLandAccount(zoneCode, after);
    eventLog.append(zoneCode, ZoneEventType.LEASABLE_AREA_CHANGED, leasable, after, cause,
        "leasable area " + account.leasableAcres().toPlainString() + " -> " + leasable.toPlainString());
    return after;
  }

  @Transactional(readOnly = true)
  public Optional<LandHolding> holding(String proposalRef) {
    return holdings.find(proposalRef);
  }

  /** The land each of these proposals holds or held, by proposal reference; those with none are left out. */
  @Transactional(readOnly = true)
  public Map<String, LandHolding> holdings(List<String> proposalRefs) {
    return holdings.findAll(proposalRefs).stream()
        .collect(Collectors.toMap(LandHolding::proposalRef, holding -> holding));
  }

  private LandAccount lock(String zoneCode) {
    return zones.lockLandAccount(zoneCode).orElseThrow(() -> new ZoneNotFoundException(zoneCode));
  }

  private static void requireProposalRef(String proposalRef) {
    if (proposalRef == null || proposalRef.isBlank()) {
      throw new InvalidLandRequestException("proposalRef", "is required");
    }
    if (proposalRef.length() > 40) {
      throw new InvalidLandRequestException("proposalRef", "must be at most 40 characters");
    }
  }
}
