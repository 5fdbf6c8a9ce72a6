package org.sezflow.proposal;

import java.time.Duration;

import org.sezflow.zone.PipelineStage;

/** A proposal left a stage after this long: published with the transaction that moved it. */
public record StageLeft(String reference, PipelineStage stage, Duration duration) {}
