-- Overdue tasks are escalated by a sweep that runs every 15 minutes; a task is escalated once.
CREATE UNIQUE INDEX ux_sez_task_escalation_task ON sez_task_escalation (task_id);
