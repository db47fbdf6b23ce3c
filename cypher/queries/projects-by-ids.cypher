// Projects by id (the properties the API exposes).
UNWIND $keys AS key
MATCH (p:Project {id: key})
RETURN key, p {.id, .code, .name, .acronym, .aliases, .kind, .status, .isFlagship, .flagshipSince,
               .startDate, .endDate, .durationMonths, .totalBudgetEur, .euContributionEur,
               .partnerCount, .countryCount, .place, .summary} AS value
