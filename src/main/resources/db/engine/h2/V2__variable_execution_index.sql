-- An execution's variables (select ... from ACT_RU_VARIABLE where EXECUTION_ID_ = ? and TASK_ID_ is
-- null): prepared with a parameter, H2 chose the index on TASK_ID_, which every execution variable
-- matches, and scanned them all. With 3,000 zone enterprises monitored that was 11 ms a read and a
-- third of the lifecycles' throughput (EnterpriseBenchmark); one index on both columns serves it.
CREATE INDEX SEZ_IDX_VAR_EXEC_TASK ON ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_);
