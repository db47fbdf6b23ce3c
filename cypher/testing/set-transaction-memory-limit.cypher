// Sets the database's per-transaction memory limit (a dynamic setting); "0" lifts it.
CALL dbms.setConfigValue('db.memory.transaction.max', $limit)
