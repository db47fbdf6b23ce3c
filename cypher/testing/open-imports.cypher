// Import transactions still open on the server, by the id in their metadata.
SHOW TRANSACTIONS YIELD transactionId, metaData, status
WHERE metaData.import IS NOT NULL
RETURN transactionId, metaData.import AS importId, metaData.rows AS rows, status
