-- A message for a process instance (MessageTargets, and Camunda's correlation by instance) reads its
-- subscriptions by instance, which Camunda's schema does not index: without this, every message
-- read the subscriptions of every monitored zone enterprise.
CREATE INDEX SEZ_IDX_EVENT_SUBSCR_PROCINST ON ACT_RU_EVENT_SUBSCR (PROC_INST_ID_, EVENT_TYPE_, EVENT_NAME_);
