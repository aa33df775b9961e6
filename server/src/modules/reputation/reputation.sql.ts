/**
 * Platform reputation flags of an IP and an e-mail domain (SQL expressions of type text), as
 * select-list items `tor_exit`, `hosting` and `disposable_listed`.
 */
export const reputationFlags = (ip: string, domain: string) => `
  (${ip} is not null and exists (select 1 from reputation_entry
     where kind = 'TOR_EXIT' and value::inet = (${ip})::inet)) as tor_exit,
  (${ip} is not null and exists (select 1 from reputation_entry
     where kind = 'HOSTING_NETWORK' and (${ip})::inet <<= value::inet)) as hosting,
  (${domain} is not null and exists (select 1 from reputation_entry
     where kind = 'DISPOSABLE_DOMAIN' and value = ${domain})) as disposable_listed`;
