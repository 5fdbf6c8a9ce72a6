package org.sezflow.proposal;

import org.sezflow.system.Paging;
import org.sezflow.zone.KnownZone;
import org.sezflow.zone.PipelineStage;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The search's query parameters, each optional: filters (null: any) and the page. A bean, not a
 * record: Spring binds each property on its own, so a value of the wrong type and a value out of
 * range in the same request are reported together.
 */
class ProposalQuery {

  @Parameter(example = "AIIC")
  @KnownZone
  private String zone;

  @Parameter(description = "A pipeline stage", example = "SCREENING")
  private PipelineStage stage;

  @Parameter(description = "IN_PROGRESS, ZONE_ENTERPRISE, REJECTED, LAPSED or WITHDRAWN")
  private ProposalStatus status;

  @Parameter(description = "From 0")
  @Min(value = 0, message = Paging.PAGE_RANGE)
  @Max(value = Paging.MAX_PAGE, message = Paging.PAGE_RANGE)
  private int page = 0;

  @Parameter(description = "1 to 100")
  @Min(value = 1, message = Paging.SIZE_RANGE)
  @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_RANGE)
  private int size = 20;

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public PipelineStage getStage() {
    return stage;
  }

  public void setStage(PipelineStage stage) {
    this.stage = stage;
  }

  public ProposalStatus getStatus() {
    return status;
  }

  public void setStatus(ProposalStatus status) {
    this.status = status;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public int getSize() {
    return size;
  }

  public void setSize(int size) {
    this.size = size;
  }
}
