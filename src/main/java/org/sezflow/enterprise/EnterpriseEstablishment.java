package org.sezflow.enterprise;

import org.sezflow.proposal.ProposalAllotted;
import org.sezflow.system.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts each zone enterprise's monitoring: in the transaction of its allotment letter, and at
 * start-up for zone enterprises made before monitoring began (each in its own transaction; a node
 * that finds another node establishing the same one at once leaves it to that node).
 */
@Component
public class EnterpriseEstablishment implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(EnterpriseEstablishment.class);
  static final String STARTUP_ACTOR = Actors.APPLICATION;

  private final ZoneEnterprises enterprises;
  private final TransactionTemplate transactions;

  EnterpriseEstablishment(ZoneEnterprises enterprises, TransactionTemplate transactions) {
    this.enterprises = enterprises;
    this.transactions = transactions;
  }

  @EventListener
  void allotted(ProposalAllotted allotted) {
    enterprises.establish(allotted.reference(), allotted.step().actor());
  }

  @Override
  public void run(ApplicationArguments args) {
    establishUnmonitored();
  }

  /** Establishes every zone enterprise that has no record yet; returns how many this node established. */
  public int establishUnmonitored() {
    int established = 0;
    for (String reference : enterprises.unmonitored()) {
      try {
        if (Boolean.TRUE.equals(transactions.execute(status -> enterprises.establish(reference, STARTUP_ACTOR)))) {
          established++;
        }
      } catch (DataIntegrityViolationException anotherNode) {
        LOG.info("Zone enterprise {} was established by another node at the same time", reference);
      }
    }
    if (established > 0) {
      LOG.info("Monitoring started for {} zone enterprises allotted before it existed", established);
    }
    return established;
  }
}
