/**
 * Zone enterprises: what follows the allotment letter. Each enterprise's milestones (sub-lease,
 * construction start, commercial operations) with their deadlines, its extensions, the show-cause
 * notice after a default and the SEZ authority's decision on it, up to graduation from monitoring
 * or cancellation, which gives the plot back to the zone. The records here are the enterprise's
 * one home; the {@code zone-enterprise} process (see {@link org.sezflow.enterprise.EnterpriseProcess})
 * carries its reference and the decisions its gateways read.
 */
package org.sezflow.enterprise;
