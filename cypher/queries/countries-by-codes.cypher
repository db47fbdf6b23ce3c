// Countries by ISO code.
UNWIND $keys AS key
MATCH (c:Country {code: key})
RETURN key, c {.*} AS value
