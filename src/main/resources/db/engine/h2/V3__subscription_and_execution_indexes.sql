-- A message for a process instance (MessageTargets, and Camunda's correlation by instance): its
-- subscriptions by instance, which Camunda's schema does not index; and its executions by instance,
-- for which H2, preparing "PROC_INST_ID_ = ? and TENANT_ID_ is null", chose the index on TENANT_ID_
-- that every execution matches. With 3,000 zone enterprises monitored each cost 4 and 12 ms
-- (EnterpriseBenchmark).
CREATE INDEX SEZ_IDX_EVENT_SUBSCR_PROCINST ON ACT_RU_EVENT_SUBSCR (PROC_INST_ID_, EVENT_TYPE_, EVENT_NAME_);
CREATE INDEX SEZ_IDX_EXEC_PROCINST_TENANT ON ACT_RU_EXECUTION (PROC_INST_ID_, TENANT_ID_);
