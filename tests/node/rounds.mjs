// One round of every export with valid, invalid and hostile values: what a long-running page
// does. Shared by tests/node/memory.test.mjs and `make bench`.
const full = { name: "Jan D'Hondt", organization: 'Brouwerij Het Anker NV', street: 'Guido Gezellelaan 49', city: 'Mechelen', postalCode: '2800', country: 'BE', email: 'info@hetanker.be', phone: '+32 15 28 71 41', vat: 'BE 0403.170.701' };
const bad = { ...full, name: 'Jan D’Hondt 😀', postalCode: 'B-280', email: 'info@gmial.com', phone: '0475', vat: 'BE0403170702' };
const huge = 'x'.repeat(5000);

/** 8 calls per round. */
export function makeRound(lib) {
  return (i) => {
    lib.validateRegistrant(i % 2 ? full : bad, { lang: ['en', 'nl', 'fr', 'de'][i % 4] });
    lib.validateRegistrant({ postalCode: String(i % 10000), country: 'BE' }, { only: ['postalCode'] });
    lib.checkAuthCode(i % 3 ? '123 456 789 012 345' : `12${i}`);
    lib.validateDomainName(i % 2 ? 'Café.be' : 'hőtel');
    lib.validateNameservers({ domain: 'café.be', nameservers: [{ host: 'ns1.café.be', ips: ['193.190.198.10', '2a02:2c40::80:15'] }, 'ns2.p.net'] });
    lib.decideContactChange(full, { ...full, organization: i % 2 ? 'Duvel Moortgat NV' : 'Brouwerij Het Ankker NV' });
    lib.checkTransfer({ authCode: '123456789012345', statuses: ['clientTransferProhibited'] });
    lib.validateRegistrant(i % 5 ? null : { name: huge });
  };
}
